// The claims file's columns (spec section 8, import_claims_csv) and the claim member each
// one fills. Used both ways: to fix a CSV row in place (an issue at /rows/N/<column> belongs
// to the field of that member, and back), and to write the claims CSV that the Send page
// offers — the same columns, so the file imports again as it was.
import type { Claim } from '../../../core/types.ts';
import { getAt, withValue } from '../../../ui/pointer.ts';

export type ColumnKind = 'text' | 'money' | 'date' | 'bool';

export interface CsvColumn {
  column: string;
  pointer: string;
  kind: ColumnKind;
}

/** The import's columns, required ones first, in the order the claims CSV writes them. */
export const CSV_COLUMNS: readonly CsvColumn[] = [
  { column: 'claim_id', pointer: '/id', kind: 'text' },
  { column: 'member_ref', pointer: '/member_ref', kind: 'text' },
  { column: 'advertiser_id', pointer: '/advertiser/id', kind: 'text' },
  { column: 'order_id', pointer: '/order/id', kind: 'text' },
  { column: 'order_date', pointer: '/order/date', kind: 'date' },
  { column: 'order_amount', pointer: '/order/amount', kind: 'money' },
  { column: 'currency', pointer: '/order/currency', kind: 'text' },
  { column: 'expected_payout', pointer: '/expected_payout', kind: 'money' },
  { column: 'reason', pointer: '/reason', kind: 'text' },
  { column: 'promo_code', pointer: '/order/promo_code', kind: 'text' },
  { column: 'click_date', pointer: '/click_date', kind: 'date' },
  { column: 'tracked_action_id', pointer: '/tracked/action_id', kind: 'text' },
  { column: 'tracked_amount', pointer: '/tracked/amount', kind: 'money' },
  { column: 'tracked_payout', pointer: '/tracked/payout', kind: 'money' },
  { column: 'comment', pointer: '/comment', kind: 'text' },
  { column: 'publisher_id', pointer: '/publisher/id', kind: 'text' },
  { column: 'event_type', pointer: '/event_type', kind: 'text' },
  { column: 'completed_online', pointer: '/order/completed_online', kind: 'bool' },
  { column: 'returned', pointer: '/order/returned', kind: 'bool' },
  { column: 'tracked_date', pointer: '/tracked/date', kind: 'date' },
  { column: 'filed_on', pointer: '/filed_on', kind: 'date' },
];

const BY_COLUMN = new Map(CSV_COLUMNS.map((c) => [c.column, c]));
const BY_POINTER = new Map(CSV_COLUMNS.map((c) => [c.pointer, c]));

/** The claim member a CSV issue path names: "/rows/7/order_date" → "/order/date" (null: the row, or no column). */
export function pointerOfRowPath(path: string): string | null {
  const m = /^\/rows\/\d+\/(.+)$/.exec(path);
  return m ? (BY_COLUMN.get((m[1] ?? '').toLowerCase())?.pointer ?? null) : null;
}

/** The CSV path of a claim member: ("/order/date", 7) → "/rows/7/order_date"; null when no column holds it. */
export function rowPathOf(pointer: string, line: number): string | null {
  const column = BY_POINTER.get(pointer)?.column;
  return column ? `/rows/${line}/${column}` : null;
}

/** The file line an issue path names ("/rows/7/..." → 7), else null. */
export const lineOfPath = (path: string): number | null => {
  const m = /^\/rows\/(\d+)(\/|$)/.exec(path);
  return m ? Number(m[1]) : null;
};

// ---------------------------------------------------------------- writing (spec section 8)

const FORMULA_START = /^[=+\-@\t\r]/;

/** One cell: a text cell that a spreadsheet would read as a formula gets a leading "'" (money cells never do). */
export function csvCell(value: string, kind: ColumnKind, delimiter: string): string {
  const text = kind !== 'money' && FORMULA_START.test(value) ? `'${value}` : value;
  return text.includes(delimiter) || /["\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

function cellOf(claim: Claim, column: CsvColumn): string {
  const value = getAt(claim, column.pointer);
  if (value === undefined || value === null) return '';
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  return typeof value === 'string' ? value : JSON.stringify(value);
}

/**
 * The claims as a claims file: every import column, CRLF after every line, fields quoted
 * only when they must be, a UTF-8 byte-order mark so spreadsheet programs read accents
 * right. Members no column holds (items, attachments, messages) are not written.
 */
export function writeClaimsCsv(claims: readonly Claim[], delimiter: ',' | ';' = ','): string {
  const lines = [CSV_COLUMNS.map((c) => c.column).join(delimiter)];
  for (const claim of claims) lines.push(CSV_COLUMNS.map((c) => csvCell(cellOf(claim, c), c.kind, delimiter)).join(delimiter));
  return `\ufeff${lines.join('\r\n')}\r\n`;
}

/** Sets a claim member from a cell as typed on the page (empty removes it; booleans from true/false). */
export function withCell(claim: Claim, column: CsvColumn, text: string | undefined): Claim {
  if (text === undefined || text === '') return withValue(claim, column.pointer, undefined);
  if (column.kind === 'bool') return withValue(claim, column.pointer, text === 'true' ? true : text === 'false' ? false : text);
  return withValue(claim, column.pointer, text);
}
