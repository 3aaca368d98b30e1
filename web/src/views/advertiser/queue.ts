// The review queue's rows, filters and sort orders (pure: unit-tested in Node). A row is a
// received claim with the core's verdict (validate_claims), its queue entry (review_queue:
// respond-by, days left, overdue, auto decision) and the decision recorded, if any.
import type { ClaimReason, ClaimVerdict, IsoDate, QueueEntry } from '../../core/types.ts';
import type { DecisionStored } from '../../store/schema.ts';
import type { ReceivedClaim } from './inbox.ts';
import { compareMoney } from './money.ts';
import { str } from './show.ts';

export interface QueueRow {
  /** Position in the inbox's claims (the verdict and queue arrays use it too). */
  at: number;
  received: ReceivedClaim;
  verdict: ClaimVerdict | undefined;
  /** null: resolved (accepted or declined), not in the queue. */
  entry: QueueEntry | null;
  decision: DecisionStored | undefined;
  errors: number;
  warnings: number;
}

export type RowState = 'open' | 'waiting' | 'decided';

// No queue entry: either the claim was accepted or declined (decided), or review_queue
// could not queue it (an id that is not a string: its claim.invalid error) — that one is
// still to answer, and the check column shows why.
const resolved = (row: QueueRow): boolean =>
  row.decision?.decision.decision === 'accept' || row.decision?.decision.decision === 'decline';

export const stateOf = (row: QueueRow): RowState =>
  row.entry === null ? (resolved(row) ? 'decided' : 'open') : row.entry.waiting_on === 'publisher' ? 'waiting' : 'open';

export interface QueueFilter {
  state: 'all' | RowState;
  check: 'all' | 'errors' | 'warnings' | 'clean';
  reason: 'all' | ClaimReason;
  deadline: 'all' | 'overdue' | 'week' | 'none';
  file: string;
  /** Order amount at least / at most (canonical decimals; the order's own currency). */
  minAmount?: string | undefined;
  maxAmount?: string | undefined;
  /** Orders at least this many days old on the as-of day. */
  minAge?: number | undefined;
  text?: string | undefined;
}

export const DEFAULT_FILTER: QueueFilter = { state: 'open', check: 'all', reason: 'all', deadline: 'all', file: 'all' };

export type SortKey = 'deadline' | 'claim' | 'amount' | 'age' | 'reason' | 'check' | 'payout';
export interface Sort { key: SortKey; descending: boolean }
export const DEFAULT_SORT: Sort = { key: 'deadline', descending: false };

export function buildRows(claims: readonly ReceivedClaim[], verdicts: readonly ClaimVerdict[], queue: readonly (QueueEntry | null)[],
  decisions: ReadonlyMap<string, DecisionStored>): QueueRow[] {
  return claims.map((received, at) => {
    const verdict = verdicts[at];
    const errors = verdict?.issues.filter((i) => i.severity === 'error').length ?? 0;
    return {
      at, received, verdict, entry: queue[at] ?? null,
      decision: typeof received.claim.id === 'string' ? decisions.get(received.claim.id) : undefined,
      errors, warnings: (verdict?.issues.length ?? 0) - errors,
    };
  });
}

/** A calendar day as a UTC time, or NaN when it is not a day that exists ("2026-02-30"). */
function dayTime(iso: IsoDate): number {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(iso)) return NaN;
  const t = Date.parse(`${iso}T00:00:00Z`);
  return !Number.isNaN(t) && new Date(t).toISOString().slice(0, 10) === iso ? t : NaN;
}

/** Whole days from an ISO date to another (calendar days), or null when either is not a real day. */
export function daysBetween(from: IsoDate, to: IsoDate): number | null {
  const a = dayTime(from);
  const b = dayTime(to);
  return Number.isNaN(a) || Number.isNaN(b) ? null : Math.round((b - a) / 86_400_000);
}

export function matches(row: QueueRow, f: QueueFilter, asOf: IsoDate): boolean {
  const c = row.received.claim;
  if (f.state !== 'all' && stateOf(row) !== f.state) return false;
  if (f.check === 'errors' && row.errors === 0) return false;
  if (f.check === 'warnings' && row.warnings === 0) return false;
  if (f.check === 'clean' && row.errors + row.warnings > 0) return false;
  if (f.reason !== 'all' && c.reason !== f.reason) return false;
  if (f.file !== 'all' && row.received.fileKey !== f.file) return false;
  const daysLeft = row.entry?.days_left ?? null;
  if (f.deadline === 'overdue' && !row.entry?.overdue) return false;
  if (f.deadline === 'week' && (daysLeft === null || daysLeft < 0 || daysLeft > 7)) return false;
  if (f.deadline === 'none' && row.entry?.respond_by) return false;
  if (f.minAmount && compareMoney(c.order?.amount, f.minAmount) < 0) return false;
  if (f.maxAmount && (!c.order?.amount || compareMoney(c.order.amount, f.maxAmount) > 0)) return false;
  if (f.minAge !== undefined) {
    const age = c.order?.date ? daysBetween(c.order.date, asOf) : null;
    if (age === null || age < f.minAge) return false;
  }
  if (f.text) {
    const needle = f.text.trim().toLowerCase();
    const hay = [c.id, c.order?.id, c.member_ref, c.publisher?.id, c.publisher?.name].map(str).filter(Boolean).join(' ').toLowerCase();
    if (needle && !hay.includes(needle)) return false;
  }
  return true;
}

const text = (a: unknown, b: unknown): number => (str(a) ?? '').localeCompare(str(b) ?? '', 'en');

/** Rows without the value sort last whichever the direction. */
function compare(a: QueueRow, b: QueueRow, key: SortKey): number {
  const ca = a.received.claim;
  const cb = b.received.claim;
  switch (key) {
    case 'deadline': {
      const x = a.entry?.respond_by ?? null;
      const y = b.entry?.respond_by ?? null;
      if (x === null || y === null) return x === y ? 0 : x === null ? 1 : -1;
      return x.localeCompare(y);
    }
    case 'claim': return text(ca.id, cb.id);
    case 'amount': return compareMoney(ca.order?.amount, cb.order?.amount);
    case 'payout': return compareMoney(ca.expected_payout, cb.expected_payout);
    case 'age': return text(ca.order?.date, cb.order?.date); // oldest order first
    case 'reason': return text(ca.reason, cb.reason);
    case 'check': return (b.errors - a.errors) || (b.warnings - a.warnings);
  }
}

const missing = (row: QueueRow, key: SortKey): boolean =>
  key === 'deadline' ? !row.entry?.respond_by : key === 'amount' ? !row.received.claim.order?.amount
    : key === 'payout' ? !row.received.claim.expected_payout : key === 'age' ? !row.received.claim.order?.date : false;

export function sortRows(rows: readonly QueueRow[], sort: Sort): QueueRow[] {
  return [...rows].sort((a, b) => {
    const ma = missing(a, sort.key);
    const mb = missing(b, sort.key);
    if (ma !== mb) return ma ? 1 : -1;
    const d = compare(a, b, sort.key);
    return (sort.descending ? -d : d) || a.at - b.at;
  });
}
