// The balances table's filter and order: pure, so that it is tested in Node. Amounts are
// the core's canonical decimal strings and are compared as such (no float on money).
import type { MemberRecord } from '../../../store/schema.ts';

/** Compares two canonical decimal strings ("-2.50", "10", "0.5") exactly. */
export function compareDecimal(a: string, b: string): number {
  const negA = a.startsWith('-');
  const negB = b.startsWith('-');
  const [intA = '', fracA = ''] = (negA ? a.slice(1) : a).split('.');
  const [intB = '', fracB = ''] = (negB ? b.slice(1) : b).split('.');
  const zeroA = /^0*$/.test(intA + fracA);
  const zeroB = /^0*$/.test(intB + fracB);
  const signA = zeroA ? 0 : negA ? -1 : 1;
  const signB = zeroB ? 0 : negB ? -1 : 1;
  if (signA !== signB) return signA < signB ? -1 : 1;
  if (signA === 0) return 0;
  const ia = intA.replace(/^0+/, '');
  const ib = intB.replace(/^0+/, '');
  let magnitude = ia.length !== ib.length ? ia.length - ib.length : ia < ib ? -1 : ia > ib ? 1 : 0;
  if (magnitude === 0) {
    const width = Math.max(fracA.length, fracB.length);
    const fa = fracA.padEnd(width, '0');
    const fb = fracB.padEnd(width, '0');
    magnitude = fa < fb ? -1 : fa > fb ? 1 : 0;
  }
  return Math.sign(magnitude) * signA;
}

const CANONICAL = /^-?\d+(\.\d+)?$/;

/**
 * What the user typed to find members: plain text matches ids that contain it (any case);
 * text with `*` (any characters) or `?` (one character) is a pattern for the whole id.
 */
export function idMatcher(text: string | undefined): (id: string) => boolean {
  const t = (text ?? '').trim();
  if (t === '') return () => true;
  if (!/[*?]/.test(t)) {
    const lower = t.toLowerCase();
    return (id) => id.toLowerCase().includes(lower);
  }
  const source = [...t].map((ch) => (ch === '*' ? '.*' : ch === '?' ? '.' : ch.replace(/[.+^${}()|[\]\\]/g, '\\$&'))).join('');
  const re = new RegExp(`^${source}$`, 'iu');
  return (id) => re.test(id);
}

export interface MemberFilter {
  id?: string | undefined;
  /** Canonical amounts: strictly above / strictly below. Text that is not one is ignored. */
  above?: string | undefined;
  below?: string | undefined;
}

export type SortKey = 'member' | 'available';
export interface Sort { key: SortKey; descending: boolean }

/** Byte order of ids, as the core sorts them (code units compare the same for these purposes). */
const byId = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

export function filterMembers(members: readonly MemberRecord[], filter: MemberFilter, sort: Sort): MemberRecord[] {
  const matches = idMatcher(filter.id);
  const above = filter.above && CANONICAL.test(filter.above) ? filter.above : null;
  const below = filter.below && CANONICAL.test(filter.below) ? filter.below : null;
  const list = members.filter((r) => matches(r.member)
    && (above === null || compareDecimal(r.available, above) > 0)
    && (below === null || compareDecimal(r.available, below) < 0));
  const order = sort.key === 'member'
    ? (a: MemberRecord, b: MemberRecord) => byId(a.member, b.member)
    : (a: MemberRecord, b: MemberRecord) => compareDecimal(a.available, b.available) || byId(a.member, b.member);
  list.sort((a, b) => (sort.descending ? -order(a, b) : order(a, b)));
  return list;
}

/**
 * Member ids pasted from a spreadsheet or a list: one per line, or separated by commas,
 * semicolons or tabs; spaces around each are dropped; each id once, in the order given.
 */
export function parseIds(text: string): string[] {
  const seen = new Set<string>();
  for (const part of text.split(/[\r\n,;\t]+/)) {
    const id = part.trim();
    if (id) seen.add(id);
  }
  return [...seen];
}

/** An id the core takes: non-empty, at most 64 characters, no control characters (spec section 2). */
// eslint-disable-next-line no-control-regex
export const validMemberId = (id: string): boolean => id.length > 0 && [...id].length <= 64 && !/[\u0000-\u001f\u007f-\u009f]/.test(id);
