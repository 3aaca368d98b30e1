// The advertiser's answers, in the worker: its conversions file read by
// import_decisions_csv, each decision matched to a claim of the workspace by claim id
// (a sent claim, or one waiting for more information, before any other), shown to the user,
// then applied: the status, the answer (payout, decline reason) and, when the advertiser
// wrote one, its message in the claim's thread.
import type { IsoDate } from '../../../core/types.ts';
import type { TaskContext } from '../../../core/tasks.ts';
import type { ClaimRecord, ClaimStatus } from '../../../store/schema.ts';
import type { AnswerRow, AnswersApplied, AnswersPreview } from './protocol.ts';
import type { ClaimIndex } from './claimIndex.ts';

const NEXT: Record<AnswerRow['decision'], ClaimStatus> = { accept: 'accepted', decline: 'declined', request_info: 'info_requested' };
const AWAITING = new Set<ClaimStatus>(['sent', 'info_requested']);

let current: { id: number; rows: AnswerRow[] } | null = null;
let nextId = 1;

export async function read(context: TaskContext, index: ClaimIndex, input: { file: Blob; name: string }): Promise<AnswersPreview> {
  current = null;
  const csv = await input.file.text();
  const result = await context.call('import_decisions_csv', { csv });
  const records = await index.records(context);
  const byId = new Map<string, ClaimRecord[]>();
  for (const record of records.values()) {
    const id = record.claim.id;
    if (id) byId.set(id, [...(byId.get(id) ?? []), record]);
  }
  const counts = { accept: 0, decline: 0, request_info: 0, problems: 0 };
  const rows = result.decisions.map((d): AnswerRow => {
    const all = byId.get(d.claim_id) ?? [];
    const awaiting = all.filter((r) => AWAITING.has(r.status));
    const candidates = awaiting.length ? awaiting : all;
    const record = candidates.length === 1 ? candidates[0] : undefined;
    const problem = candidates.length === 0 ? 'unknown' : candidates.length > 1 ? 'ambiguous' : null;
    if (problem) counts.problems += 1;
    else counts[d.decision] += 1;
    return {
      claim_id: d.claim_id, key: record?.key ?? null, current: record?.status ?? null, next: problem ? null : NEXT[d.decision],
      decision: d.decision, payout: d.payout ?? null,
      currency: record ? (record.claim.payout_currency ?? record.claim.order?.currency ?? null) : null,
      decline_reason: d.decline_reason ?? null, message: d.message ?? null, problem,
    };
  });
  current = { id: nextId++, rows };
  return { session: current.id, file: input.name, rows, counts, issues: result.issues };
}

export async function apply(context: TaskContext, index: ClaimIndex, input: { session: number; as_of: IsoDate }): Promise<AnswersApplied> {
  if (!current || current.id !== input.session) throw new Error('This file is no longer open: pick it again.');
  // The last answer for a claim counts (a file may answer a claim twice).
  const last = new Map<string, AnswerRow>();
  for (const row of current.rows) if (row.key && !row.problem) last.set(row.key, row);
  const workspace = await context.workspace();
  const { before, after } = await workspace.updateClaims([...last.keys()], (record) => {
    const row = last.get(record.key);
    if (!row || !row.next) return null;
    const answer: NonNullable<ClaimRecord['answer']> = {
      decision: row.decision, on: input.as_of, payout: row.payout,
      ...(row.currency ? { currency: row.currency } : {}),
      decline_reason: row.decline_reason, message: row.message,
    };
    const same = record.status === row.next && record.answer?.decision === answer.decision && record.answer.payout === answer.payout
      && record.answer.message === answer.message && record.answer.decline_reason === answer.decline_reason;
    if (same) return null; // the same file read twice changes nothing
    const messages = row.message
      ? [...(record.claim.messages ?? []), { from: 'advertiser' as const, on: input.as_of, text: row.message }]
      : record.claim.messages;
    return { ...record, status: row.next, answer, claim: { ...record.claim, ...(messages ? { messages } : {}) } };
  });
  index.changed(after.map((r) => r.key));
  return { applied: after.length, accepted: after.filter((r) => r.status === 'accepted').length, before };
}
