// The claims list's rules, kept pure so that Node tests cover them: a claim's state as the
// list shows it, which claims a filter keeps, and how a column sorts. The worker applies
// them to every claim of the workspace (claimIndex.ts); the page only gets one page.
import type { ClaimVerdict, Issue } from '../../../core/types.ts';
import type { ClaimStatus } from '../../../store/schema.ts';
import type { ClaimFilter, ClaimRow, ClaimSort, ClaimSortKey, ClaimState, ImportRowState } from './protocol.ts';

const onlyProofMissing = (issues: readonly Issue[]): boolean => {
  const errors = issues.filter((i) => i.severity === 'error');
  return errors.length > 0 && errors.every((i) => i.code === 'proof.required');
};

/** A draft whose only errors are "proof required" is shown as needing proof; other statuses as they are. */
export function claimState(status: ClaimStatus, verdict: Pick<ClaimVerdict, 'issues'> | null): ClaimState {
  if (status === 'draft' && verdict && onlyProofMissing(verdict.issues)) return 'needs_proof';
  return status;
}

/** A CSV row: good, good but for its proof (a CSV carries none), or to fix. */
export function importRowState(verdict: Pick<ClaimVerdict, 'issues' | 'valid'>): ImportRowState {
  if (verdict.valid) return 'ready';
  return onlyProofMissing(verdict.issues) ? 'needs_proof' : 'to_fix';
}

/** States still on the publisher's side (not sent, not answered for good). */
export const OPEN_STATES: ReadonlySet<ClaimState> = new Set(['draft', 'needs_proof', 'ready', 'info_requested']);

/** The distinct codes of a verdict's issues, errors first. */
export function issueCodes(issues: readonly Issue[]): string[] {
  const errors = issues.filter((i) => i.severity === 'error').map((i) => i.code);
  const warnings = issues.filter((i) => i.severity === 'warning').map((i) => i.code);
  return [...new Set([...errors, ...warnings])];
}

/** The text a search looks in, lower-cased. */
export function searchText(row: Pick<ClaimRow, 'claim'>): string {
  const c = row.claim;
  return [c.id, c.member_ref, c.order?.id, c.advertiser?.id, c.advertiser?.name, c.comment]
    .filter((v): v is string => typeof v === 'string').join('\n').toLowerCase();
}

/** Whether a row passes the filter; `text` is its searchText (computed once per claim). */
export function matches(row: ClaimRow, text: string, filter: ClaimFilter): boolean {
  if (filter.state && row.state !== filter.state) return false;
  if (filter.advertiser !== undefined && (row.claim.advertiser?.id ?? '') !== filter.advertiser) return false;
  if (filter.reason && row.claim.reason !== filter.reason) return false;
  if (filter.late && !row.late) return false;
  const words = (filter.search ?? '').toLowerCase().split(/\s+/).filter(Boolean);
  return words.every((w) => text.includes(w));
}

/**
 * Compares two canonical decimal strings ("120.00", "-3", "0.5") by value, without floating
 * point; text that is not a decimal sorts after every number, then as text.
 */
export function compareDecimal(a: string | undefined, b: string | undefined): number {
  const pa = parseDecimal(a);
  const pb = parseDecimal(b);
  if (!pa || !pb) return pa ? -1 : pb ? 1 : (a ?? '') < (b ?? '') ? -1 : (a ?? '') > (b ?? '') ? 1 : 0;
  if (pa.negative !== pb.negative) return pa.negative ? -1 : 1;
  const sign = pa.negative ? -1 : 1;
  if (pa.int.length !== pb.int.length) return sign * (pa.int.length - pb.int.length);
  if (pa.int !== pb.int) return sign * (pa.int < pb.int ? -1 : 1);
  const width = Math.max(pa.frac.length, pb.frac.length);
  const fa = pa.frac.padEnd(width, '0');
  const fb = pb.frac.padEnd(width, '0');
  return fa === fb ? 0 : sign * (fa < fb ? -1 : 1);
}

function parseDecimal(s: string | undefined): { negative: boolean; int: string; frac: string } | null {
  const m = s === undefined ? null : /^(-?)(\d+)(?:\.(\d+))?$/.exec(s);
  if (!m) return null;
  const int = (m[2] ?? '').replace(/^0+(?=\d)/, '');
  const frac = (m[3] ?? '').replace(/0+$/, '');
  return { negative: m[1] === '-' && (int !== '0' || frac !== ''), int, frac };
}

const collator = new Intl.Collator('en', { numeric: true, sensitivity: 'base' });
const text = (a: string | undefined, b: string | undefined): number => {
  if (!a || !b) return a ? -1 : b ? 1 : 0; // empty values last
  return collator.compare(a, b);
};

const STATE_ORDER: Record<ClaimState, number> = { draft: 0, needs_proof: 1, ready: 2, info_requested: 3, sent: 4, accepted: 5, declined: 6 };

const COMPARATORS: Record<ClaimSortKey, (a: ClaimRow, b: ClaimRow) => number> = {
  updated: (a, b) => (a.updated_at < b.updated_at ? -1 : a.updated_at > b.updated_at ? 1 : 0),
  id: (a, b) => text(a.claim.id, b.claim.id),
  state: (a, b) => STATE_ORDER[a.state] - STATE_ORDER[b.state],
  member: (a, b) => text(a.claim.member_ref, b.claim.member_ref),
  advertiser: (a, b) => text(a.claim.advertiser?.id, b.claim.advertiser?.id),
  order: (a, b) => text(a.claim.order?.id, b.claim.order?.id),
  amount: (a, b) => text(a.claim.order?.currency, b.claim.order?.currency) || compareDecimal(a.claim.order?.amount, b.claim.order?.amount),
  reason: (a, b) => text(a.claim.reason, b.claim.reason),
  until: (a, b) => text(a.claimable_until ?? undefined, b.claimable_until ?? undefined),
};

/** The comparator for a sort; ties keep the latest change first, then the key. */
export function comparator(sort: ClaimSort): (a: ClaimRow, b: ClaimRow) => number {
  const by = COMPARATORS[sort.key];
  const dir = sort.dir === 'desc' ? -1 : 1;
  return (a, b) => dir * by(a, b) || COMPARATORS.updated(b, a) || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0);
}
