// The advertiser's inbox: the files opened so far (claim packages and claims CSV files, kept
// in the workspace's `packages` store with the verdict they got) and the decisions recorded
// (`decisions`, one per claim id). Opening a package: the worker unpacks it with fflate and
// hashes every entry with WebCrypto; check_package judges the list. Nothing here decides a
// rule: the core does, the page keeps what it said.
import type { CoreClient } from '../../core/client.ts';
import { ClaimsError } from '../../core/errors.ts';
import type { Claim, DecisionRecord, Issue } from '../../core/types.ts';
import type { DecisionStored, OpenedFile, PackageRecord } from '../../store/schema.ts';
import type { Workspace } from '../../store/workspace.ts';
import { proofIssuesOf } from './proofCheck.ts';

export const MANIFEST_NAME = 'claims.json';

/** One claim received, where it came from, and its proofs' statuses. */
export interface ReceivedClaim {
  /** The file it came from (the packages store's key) and its place in it. */
  fileKey: string;
  index: number;
  fileName: string;
  claim: Claim;
  proofs: OpenedFile['proofs'];
  /** check_package's proof errors for this claim (a proof missing or not matching its digest): proofCheck.ts. */
  proofIssues: Issue[];
}

const now = (): string => new Date().toISOString();
const newKey = (): string => crypto.randomUUID();

export async function listFiles(workspace: Workspace): Promise<PackageRecord[]> {
  const all = await workspace.guard(() => workspace.db.getAll('packages'));
  return all.sort((a, b) => a.opened_at.localeCompare(b.opened_at));
}

export async function listDecisions(workspace: Workspace): Promise<Map<string, DecisionStored>> {
  const all = await workspace.guard(() => workspace.db.getAll('decisions'));
  return new Map(all.map((d) => [d.claim_id, d]));
}

/** Every claim of every opened file, in the order the files were opened. */
export function receivedClaims(files: readonly PackageRecord[]): ReceivedClaim[] {
  return files.flatMap((file) => (file.opened?.claims ?? []).map((claim, index) => ({
    fileKey: file.key, index, fileName: file.name, claim,
    proofs: (file.opened?.proofs ?? []).filter((p) => p.claim_id === (claim.id ?? null)),
    proofIssues: proofIssuesOf(file.opened?.issues ?? [], index),
  })));
}

/** What opening gave: a new record, or the record of the same file opened before. */
export type OpenOutcome = { record: PackageRecord; again: boolean };

async function digestOf(core: CoreClient, file: Blob, signal?: AbortSignal): Promise<string> {
  const { digests } = await core.task('sha256', { blobs: [file] }, signal ? { signal } : {});
  return digests[0] ?? '';
}

async function sameFile(workspace: Workspace, sha256: string): Promise<PackageRecord | undefined> {
  return (await listFiles(workspace)).find((f) => f.opened?.sha256 === sha256);
}

/**
 * Opens a claim package: unpacks it in the worker (limits checked while inflating: unzip.ts),
 * hashes each entry, lets check_package judge the list, keeps the ZIP and the verdict. A ZIP
 * that cannot be read is a ClaimsError (client.zip_unreadable or package.too_large), a
 * stopped one client.cancelled. `onProgress` gets the ZIP's bytes read.
 */
export async function openPackage(core: CoreClient, workspace: Workspace, file: File,
  onProgress?: (done: number, total: number) => void, signal?: AbortSignal): Promise<OpenOutcome> {
  const sha256 = await digestOf(core, file, signal);
  const before = await sameFile(workspace, sha256);
  if (before) return { record: before, again: true };
  const unpacked = await core.task('unzip', { zip: file }, { ...(onProgress ? { onProgress } : {}), ...(signal ? { signal } : {}) });
  // The first claims.json is the manifest; a second copy goes to check_package as an entry,
  // which it calls unexpected, like any other same-named copy.
  const manifestAt = unpacked.entries.findIndex((e) => e.name === MANIFEST_NAME);
  const manifestEntry = unpacked.entries[manifestAt];
  const manifest = manifestEntry ? new TextDecoder().decode(await manifestEntry.data.arrayBuffer()) : null;
  const entries = unpacked.entries.filter((_, i) => i !== manifestAt).map(({ name, size, sha256: digest }) => ({ name, size, sha256: digest }));
  const checked = await core.call('check_package', { manifest, entries, unpacked_bytes: unpacked.unpacked_bytes });
  const opened: OpenedFile = {
    sha256, package: checked.package, claims: checked.claims, proofs: checked.proofs, entries,
    unpacked_bytes: unpacked.unpacked_bytes, issues: checked.issues,
  };
  const record: PackageRecord = { key: newKey(), rev: 0, name: file.name, opened_at: now(), zip: file, kind: 'zip', opened };
  return { record: await workspace.writeRevisioned('packages', record), again: false };
}

/** A package the worker refused to unpack, as a verdict to show (the file is not kept). */
export function unreadablePackage(e: unknown): Issue {
  if (e instanceof ClaimsError) return { severity: 'error', code: e.code, path: e.path, message: e.message };
  return { severity: 'error', code: 'client.task_failed', path: '', message: String(e).slice(0, 200) };
}

/** Opens a claims CSV file (spec section 8's columns) with import_claims_csv. */
export async function openClaimsCsv(core: CoreClient, workspace: Workspace, file: File,
  defaults: { publisher_id?: string; currency?: string }): Promise<OpenOutcome> {
  const sha256 = await digestOf(core, file);
  const before = await sameFile(workspace, sha256);
  if (before) return { record: before, again: true };
  const csv = await file.text();
  const result = await core.call('import_claims_csv', { csv, ...(defaults.publisher_id || defaults.currency ? { defaults } : {}) });
  const opened: OpenedFile = {
    sha256, package: null, claims: result.claims ?? [], proofs: [], entries: [], unpacked_bytes: file.size, issues: result.issues,
  };
  const record: PackageRecord = { key: newKey(), rev: 0, name: file.name, opened_at: now(), zip: file, kind: 'csv', opened };
  return { record: await workspace.writeRevisioned('packages', record), again: false };
}

/** A proof entry's bytes, unpacked from the stored package in the worker. */
export async function proofBytes(core: CoreClient, record: PackageRecord, entry: string): Promise<Blob | null> {
  const { entries } = await core.task('unzip', { zip: record.zip, names: [entry] });
  return entries.find((e) => e.name === entry)?.data ?? null; // the first copy: the one judged
}

/** A decision as the conversions file and the review queue take it. */
export const decisionRecords = (decisions: Iterable<DecisionStored>): DecisionRecord[] => [...decisions].map((d) => d.decision);

/**
 * Writes decisions in one transaction (all or none), then tells the other views and tabs
 * once. Returns what was there before, for an undo.
 */
export async function recordDecisions(workspace: Workspace, next: Omit<DecisionStored, 'rev' | 'updated_at'>[]): Promise<Map<string, DecisionStored | undefined>> {
  const previous = new Map<string, DecisionStored | undefined>();
  await workspace.guard(async () => {
    const tx = workspace.db.transaction('decisions', 'readwrite');
    for (const d of next) {
      const current = await tx.store.get(d.claim_id);
      if (!previous.has(d.claim_id)) previous.set(d.claim_id, current);
      await tx.store.put({ ...d, rev: (current?.rev ?? 0) + 1, updated_at: now() });
    }
    await tx.done;
  });
  workspace.announce('decisions', next.length === 1 ? next[0]?.claim_id ?? null : null);
  return previous;
}

/** Puts back what recordDecisions replaced (the undo). */
export async function restoreDecisions(workspace: Workspace, previous: Map<string, DecisionStored | undefined>): Promise<void> {
  await workspace.guard(async () => {
    const tx = workspace.db.transaction('decisions', 'readwrite');
    for (const [claimId, record] of previous) {
      const current = await tx.store.get(claimId);
      if (record) await tx.store.put({ ...record, rev: (current?.rev ?? 0) + 1 });
      else await tx.store.delete(claimId);
    }
    await tx.done;
  });
  workspace.announce('decisions', null);
}

/** Removes an opened file (the caller offers an undo by writing it back). */
export async function removeFile(workspace: Workspace, record: PackageRecord): Promise<void> {
  await workspace.remove('packages', record.key);
}
