// The first page kept one claim draft in localStorage (key below): its form values by JSON
// Pointer and its attachments' metadata (not their bytes). On the first start of the
// application that draft becomes a claim of the workspace, so nobody loses it, and the
// key is removed.
import type { Attachment, Claim } from '../core/types.ts';
import { withValue } from '../ui/pointer.ts';
import type { Workspace } from './workspace.ts';

export const LEGACY_DRAFT_KEY = 'cashback-claims:claim-draft:v1';
const BOOLEAN_PATHS = new Set(['/order/completed_online', '/order/returned']);

/** The claim a legacy draft held, or null when the text is not such a draft. */
export function claimFromLegacyDraft(text: string): Claim | null {
  let draft: unknown;
  try {
    draft = JSON.parse(text);
  } catch {
    return null;
  }
  if (typeof draft !== 'object' || draft === null) return null;
  const { fields, attachments } = draft as { fields?: unknown; attachments?: unknown };
  if (typeof fields !== 'object' || fields === null) return null;
  let claim: Claim = {};
  const values = fields as Record<string, unknown>;
  const tracked = values['/reason'] === 'wrong_amount' || values['/reason'] === 'declined';
  for (const [path, value] of Object.entries(values)) {
    if (typeof value !== 'string' || value === '' || !path.startsWith('/')) continue;
    if (path.startsWith('/tracked/') && !tracked) continue;
    claim = withValue(claim, path, BOOLEAN_PATHS.has(path) ? value === 'true' : value);
  }
  if (Array.isArray(attachments)) {
    const kept = attachments.filter((a): a is Attachment => typeof a === 'object' && a !== null
      && typeof a.name === 'string' && typeof a.sha256 === 'string' && typeof a.media_type === 'string'
      && typeof a.size === 'number' && typeof a.kind === 'string');
    if (kept.length) claim.attachments = kept.map(({ name, media_type, size, sha256, kind }) => ({ name, media_type, size, sha256, kind }));
  }
  return claim;
}

/** Moves a legacy draft into the workspace (once); returns whether there was one. */
export async function importLegacyDraft(workspace: Workspace, storage: Storage | undefined = globalThis.localStorage): Promise<boolean> {
  let text: string | null = null;
  try {
    text = storage?.getItem(LEGACY_DRAFT_KEY) ?? null;
  } catch {
    return false; // storage disabled: nothing to move
  }
  if (text === null) return false;
  const claim = claimFromLegacyDraft(text);
  if (claim && Object.keys(claim).length) await workspace.saveClaim(workspace.newClaim(claim));
  storage?.removeItem(LEGACY_DRAFT_KEY);
  return Boolean(claim);
}
