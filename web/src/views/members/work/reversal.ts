// Reversing applied entries: each becomes a relative adjustment of the opposite change, on
// the same member, linked to the entry it reverses. The core's apply_adjustments previews
// it like any other credit or debit, so a member whose balance would go below zero gets
// the ledger's usual issue (ledger.insufficient_balance) unless negative balances are allowed.
// Pure: shared by the reverse page and the history (which entry reversed which).
import type { Adjustment } from '../../../core/types.ts';
import type { LedgerRecord } from '../../../store/schema.ts';

/** "-10.00" → "10.00", "5" → "-5", a zero stays unsigned: exact, on the text. */
export function negate(amount: string): string {
  if (amount.startsWith('-')) return amount.slice(1);
  return /^[0.]*$/.test(amount) ? amount : `-${amount}`;
}

/** Which record reversed which: reversed id → the record that reversed it. */
export function reversals(history: readonly LedgerRecord[]): Map<number, LedgerRecord> {
  const by = new Map<number, LedgerRecord>();
  for (const r of history) if (r.reverses !== undefined) by.set(r.reverses, r);
  return by;
}

/** The entries applied together with `record` (one adjustment of one apply): itself included, in order. */
export function sameAdjustment(history: readonly LedgerRecord[], record: LedgerRecord): LedgerRecord[] {
  return history
    .filter((r) => r.applied_at === record.applied_at && r.entry.adjustment === record.entry.adjustment)
    .sort((a, b) => (a.id ?? 0) - (b.id ?? 0));
}

/** The adjustments that reverse these records, one each, in order (adjustment i reverses records[i]). */
export function reversingAdjustments(records: readonly LedgerRecord[], comment: string): Adjustment[] {
  return records.map(({ entry }) => ({
    target: { member: entry.member },
    mode: 'relative',
    amount: negate(entry.delta),
    comment,
    ...(entry.reference ? { reference: entry.reference } : {}),
  }));
}
