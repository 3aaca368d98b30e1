// Sending claims, in the worker: which of the chosen claims can go (ready, sent or asked
// for more information, and without errors on the as-of day), the file itself — a claim
// package (build_package, the proofs' bytes from the workspace, a ZIP by fflate), the claims
// CSV, or a network's bulk file (export_network_csv) — and, once the page has the file,
// the claims marked as sent.
import type { Claim, Issue, IsoDate } from '../../../core/types.ts';
import type { TaskContext } from '../../../core/tasks.ts';
import { zipEntries } from '../../../core/files.ts';
import type { ClaimRecord, SendFormat } from '../../../store/schema.ts';
import type { ClaimRow, SendExclusion, SendOptions, SendResult } from './protocol.ts';
import type { ClaimIndex } from './claimIndex.ts';
import { writeClaimsCsv } from './csvColumns.ts';

const MAX_LISTED = 200;
const SENDABLE = new Set(['ready', 'sent', 'info_requested']);

function exclusion(row: ClaimRow): SendExclusion | null {
  if (row.state === 'accepted' || row.state === 'declined') return 'answered';
  if (row.state === 'needs_proof') return 'needs_proof';
  if (!SENDABLE.has(row.state)) return 'draft';
  if (row.errors > 0) return 'has_errors';
  return null;
}

/** The claim as it goes out: filed on the sending day unless it says otherwise. */
const asSent = (claim: Claim, asOf: IsoDate): Claim => (claim.filed_on ? claim : { ...claim, filed_on: asOf });

const FILE_NAMES: Record<SendFormat, (asOf: IsoDate, publisher: string) => string> = {
  package: (asOf, publisher) => `claim-package-${publisher ? `${publisher}-` : ''}${asOf}.zip`,
  csv: (asOf) => `claims-${asOf}.csv`,
  awin: (asOf) => `awin-claims-${asOf}.csv`,
  impact: (asOf) => `impact-claims-${asOf}.csv`,
};

/** The index of the claim an issue path names ("/claims/3/order/date" → 3). */
const claimIndexOf = (path: string): number | null => {
  const m = /^\/claims\/(\d+)(\/|$)/.exec(path);
  return m ? Number(m[1]) : null;
};

const safeName = (s: string): string => s.replace(/[^\w.-]+/g, '_').slice(0, 40);

export async function build(context: TaskContext, index: ClaimIndex, options: SendOptions): Promise<SendResult> {
  const workspace = await context.workspace();
  const rows = await index.rows(context, options.as_of);
  const byKey = new Map(rows.map((r) => [r.key, r]));
  const chosen = options.keys ? options.keys.map((k) => byKey.get(k)).filter((r): r is ClaimRow => r !== undefined) : rows.filter((r) => r.state === 'ready');
  const publisher = await workspace.getSetting('publisher');
  const result: SendResult = {
    file: null, name: FILE_NAMES[options.format](options.as_of, safeName(publisher.id)), included: [], excluded: [], excluded_count: 0,
    issues: [], unmapped: [], missing_proofs: [], no_publisher: false,
  };
  const exclude = (row: ClaimRow, why: SendExclusion) => {
    result.excluded_count += 1;
    if (result.excluded.length < MAX_LISTED) result.excluded.push({ key: row.key, id: row.claim.id ?? null, why, codes: row.codes });
  };
  let going: ClaimRow[] = [];
  for (const row of chosen) {
    const why = exclusion(row);
    if (why) exclude(row, why);
    else going.push(row);
  }
  const claimsOf = (list: ClaimRow[]) => list.map((r) => asSent(r.claim, options.as_of));
  const note = (list: ClaimRow[], issues: Issue[]) => {
    for (const issue of issues) {
      const i = claimIndexOf(issue.path);
      const row = i === null ? undefined : list[i];
      result.issues.push({ key: row?.key ?? null, id: row?.claim.id ?? null, issue });
    }
  };
  /** Claims with an error issue are left out; the rest go on. */
  const leaveOut = (list: ClaimRow[], issues: Issue[]): ClaimRow[] => {
    const bad = new Set(issues.filter((i) => i.severity === 'error').map((i) => claimIndexOf(i.path)).filter((i): i is number => i !== null));
    list.forEach((row, i) => { if (bad.has(i)) exclude(row, 'left_out'); });
    return list.filter((_, i) => !bad.has(i));
  };

  switch (options.format) {
    case 'package': {
      if (!publisher.id) { result.no_publisher = true; return result; }
      let built = await context.call('build_package', { created_on: options.as_of, publisher: packagePublisher(publisher), claims: claimsOf(going) });
      note(going, built.issues);
      if (built.issues.some((i) => i.severity === 'error')) {
        going = leaveOut(going, built.issues);
        built = await context.call('build_package', { created_on: options.as_of, publisher: packagePublisher(publisher), claims: claimsOf(going) });
      }
      if (!going.length) return result;
      const proofs: { name: string; data: Blob }[] = [];
      for (const entry of built.entries) {
        const proof = await workspace.getProof(entry.sha256);
        if (proof) proofs.push({ name: entry.name, data: proof.blob });
        else {
          const owner = going.find((r) => r.claim.attachments?.some((a) => a.sha256 === entry.sha256));
          const attachment = owner?.claim.attachments?.find((a) => a.sha256 === entry.sha256);
          result.missing_proofs.push({ id: owner?.claim.id ?? null, name: attachment?.name ?? entry.name });
        }
      }
      if (result.missing_proofs.length) return result;
      result.file = await zipEntries([{ name: 'claims.json', data: new TextEncoder().encode(built.manifest), compress: true }, ...proofs], context.progress);
      break;
    }
    case 'csv': {
      if (!going.length) return result;
      result.file = new Blob([writeClaimsCsv(claimsOf(going), options.delimiter ?? ',')], { type: 'text/csv;charset=utf-8' });
      break;
    }
    case 'awin':
    case 'impact': {
      if (!going.length) return result;
      const ids = (await workspace.getSetting('network_ids'))[options.format] ?? {};
      const exported = await context.call('export_network_csv', {
        format: options.format, as_of: options.as_of, claims: claimsOf(going), network_ids: ids,
        ...(options.format === 'impact' && options.utc_offset ? { utc_offset: options.utc_offset } : {}),
        ...(options.format === 'impact' && options.response_days !== undefined ? { response_days: options.response_days } : {}),
      });
      note(going, exported.issues);
      going = leaveOut(going, exported.issues);
      result.unmapped = [...new Set(going.map((r) => r.claim.advertiser?.id ?? '').filter((id) => id && !(id in ids)))].sort();
      if (exported.rows > 0) result.file = new Blob([exported.csv], { type: 'text/csv;charset=utf-8' });
      break;
    }
  }
  result.included = result.file ? going.map((r) => r.key) : [];
  return result;
}

const packagePublisher = (p: { id: string; name: string }) => (p.name ? { id: p.id, name: p.name } : { id: p.id });

/** The claims in a file the page now has: status sent, filed on the sending day unless they say otherwise. */
export async function mark(context: TaskContext, index: ClaimIndex, input: { keys: string[]; format: SendFormat; file: string; as_of: IsoDate }): Promise<{ marked: number; before: ClaimRecord[] }> {
  const workspace = await context.workspace();
  const { before, after } = await workspace.updateClaims(input.keys, (record) => (SENDABLE.has(record.status)
    ? { ...record, status: 'sent', claim: asSent(record.claim, input.as_of), sent: { on: input.as_of, via: input.format, file: input.file } }
    : null));
  index.changed(after.map((r) => r.key));
  return { marked: after.length, before };
}
