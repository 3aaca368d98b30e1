// Proof files for many claims at once, in the worker: each dropped file goes to the claim
// whose order id its name holds (proofMatch.ts), among the claims that still need proof
// (or the ones the page names). A file over its program's size limit is not read at all.
// Attaching reads the first bytes for the media type (sniff_media_type, never the name),
// hashes the file (SHA-256, WebCrypto), keeps its bytes, adds it to the claim, and marks
// claims that are then free of errors ready to send.
import type { Attachment, IsoDate } from '../../../core/types.ts';
import type { TaskContext } from '../../../core/tasks.ts';
import { sha256Hex } from '../../../core/files.ts';
import { headBase64 } from '../../../core/client.ts';
import { policyFor } from '../../../store/defaults.ts';
import type { ClaimRecord } from '../../../store/schema.ts';
import { guessKind, maxProofBytes } from '../claimFields.ts';
import type { ProofMatch, ProofsAttached } from './protocol.ts';
import type { ClaimIndex } from './claimIndex.ts';
import { matchName, orderIndex } from './proofMatch.ts';
import { OPEN_STATES } from './listQuery.ts';

export async function matchFiles(
  context: TaskContext, index: ClaimIndex, input: { names: { name: string; size: number }[]; keys: string[] | null; as_of: IsoDate },
): Promise<{ matches: ProofMatch[]; candidates: number }> {
  const rows = await index.rows(context, input.as_of);
  const wanted = input.keys ? new Set(input.keys) : null;
  const candidates = rows.filter((r) => (wanted ? wanted.has(r.key) : OPEN_STATES.has(r.state) && r.codes.includes('proof.required')));
  const byKey = new Map(candidates.map((r) => [r.key, r]));
  const orders = orderIndex(candidates.map((r) => ({ key: r.key, orderId: r.claim.order?.id })));
  const policies = await (await context.workspace()).getSetting('policies');
  const matches = input.names.map(({ name, size }, file): ProofMatch => {
    const found = matchName(name, orders);
    const base = { file, name, size, claim_key: null, claim_id: null, order_id: null, max_bytes: null };
    if ('problem' in found) return { ...base, problem: found.problem };
    const row = byKey.get(found.key);
    const max = maxProofBytes(policyFor(policies, row?.claim.advertiser?.id));
    return {
      ...base, claim_key: found.key, claim_id: row?.claim.id ?? null, order_id: row?.claim.order?.id ?? null,
      problem: size > max ? 'too_large' : null, max_bytes: max,
    };
  });
  return { matches, candidates: candidates.length };
}

export async function attach(context: TaskContext, index: ClaimIndex, input: { files: Blob[]; matches: ProofMatch[]; as_of: IsoDate }): Promise<ProofsAttached> {
  const workspace = await context.workspace();
  const out: ProofsAttached = { attached: 0, claims: 0, ready: 0, skipped: [], before: [] };
  const added = new Map<string, Attachment[]>();
  let done = 0;
  for (const match of input.matches) {
    const file = input.files[match.file];
    context.progress?.(done++, input.matches.length);
    if (!file || !match.claim_key || match.problem) {
      out.skipped.push({ name: match.name, problem: match.problem ?? 'no_match' });
      continue;
    }
    try {
      const head = new Uint8Array(await file.slice(0, 64).arrayBuffer());
      const { media_type } = await context.call('sniff_media_type', { head: headBase64(head) });
      const sha256 = await sha256Hex(await file.arrayBuffer());
      await workspace.putProof({ sha256, blob: file, media_type, size: file.size, name: match.name });
      added.set(match.claim_key, [...(added.get(match.claim_key) ?? []), { name: match.name, media_type, size: file.size, sha256, kind: guessKind(media_type) }]);
      out.attached += 1;
    } catch {
      out.skipped.push({ name: match.name, problem: 'unreadable' });
    }
  }
  const keys = [...added.keys()];
  const attached = await workspace.updateClaims(keys, (record) => ({
    ...record, claim: { ...record.claim, attachments: [...(record.claim.attachments ?? []), ...(added.get(record.key) ?? [])] },
  }));
  out.before = attached.before;
  out.claims = attached.after.length;
  index.changed(keys);
  // Drafts that now have no error are ready to send.
  const rows = await index.rows(context, input.as_of);
  const nowReady = new Set(rows.filter((r) => added.has(r.key) && r.status === 'draft' && r.errors === 0).map((r) => r.key));
  if (nowReady.size) {
    const marked = await workspace.updateClaims([...nowReady], (record: ClaimRecord) => (record.status === 'draft' ? { ...record, status: 'ready' } : null));
    out.ready = marked.after.length;
    index.changed([...nowReady]);
  }
  context.progress?.(input.matches.length, input.matches.length);
  return out;
}
