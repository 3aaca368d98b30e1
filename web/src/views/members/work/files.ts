// The members' two files. Balances: `member,available`, read back by the import. History:
// every applied entry. Both are written for the user's spreadsheet program: `;` and a
// decimal comma where the locale writes decimals with a comma (French), else `,` and a
// dot. Reading accepts both whatever the page's language: the delimiter comes from the
// header line, and with `;` a comma in an amount is its decimal separator.
import { guardText, parseCsv, unguardText, writeCsv } from '../../../format/csv.ts';
import { csvDelimiter } from '../../../format/numbers.ts';
import type { LedgerRecord, MemberRecord } from '../../../store/schema.ts';
import { validMemberId } from './table.ts';

/** A canonical amount as a cell of a file with this delimiter. */
const amountCell = (amount: string, delimiter: ',' | ';'): string => (delimiter === ';' ? amount.replace('.', ',') : amount);

export function writeMembersCsv(members: readonly MemberRecord[], locale: string): string {
  const d = csvDelimiter(locale);
  return writeCsv([['member', 'available'], ...members.map((r) => [guardText(r.member), amountCell(r.available, d)])], d);
}

/** `entry` is the entry's number in the history; `reverses`, the number of the entry it reverses. */
export const HISTORY_COLUMNS = ['applied_at', 'date', 'member', 'before', 'change', 'after', 'currency', 'comment', 'reference', 'entry', 'reverses'] as const;

export function writeHistoryCsv(records: readonly LedgerRecord[], locale: string): string {
  const d = csvDelimiter(locale);
  return writeCsv([
    [...HISTORY_COLUMNS],
    ...records.map(({ id, applied_at, currency, entry: e, reverses }) => [
      applied_at, e.date ?? '', guardText(e.member), amountCell(e.before, d), amountCell(e.delta, d), amountCell(e.after, d),
      currency, guardText(e.comment), guardText(e.reference ?? ''), id === undefined ? '' : String(id),
      reverses === undefined ? '' : String(reverses),
    ]),
  ], d);
}

/** Why a line of a members file was not taken. */
export type RowProblem =
  | { line: number; kind: 'shape' }
  | { line: number; kind: 'member_missing' }
  | { line: number; kind: 'member_invalid'; member: string }
  | { line: number; kind: 'duplicate'; member: string; first: number }
  | { line: number; kind: 'amount_missing'; member: string };

export interface MembersFile {
  /** Missing columns (nothing is imported when any is). */
  missing: ('member' | 'available')[];
  /** The lines that read, with the amount as text for the core to check (canonical when it could be read). */
  rows: { line: number; member: string; amount: string }[];
  problems: RowProblem[];
  /** A quote left open: the line its record starts on (that record is dropped). */
  unterminated: number | null;
}

const DECIMAL = /^-?(\d+)(\.\d+)?$/;

/** An amount cell: "12.50" always; "12,50" in a `;` file; spaces dropped. Otherwise as written. */
function readAmount(cell: string, delimiter: ',' | ';'): string {
  const s = cell.trim().replace(/[\s\u00a0\u202f]/g, '').replace(/^\u2212/, '-');
  if (delimiter === ';' && /^-?\d+,\d+$/.test(s)) return s.replace(',', '.');
  return DECIMAL.test(s) ? s : cell;
}

export function readMembersCsv(text: string): MembersFile {
  const table = parseCsv(text);
  const names = table.header.map((h) => h.trim().toLowerCase());
  const col = { member: names.indexOf('member'), available: names.indexOf('available') };
  const missing = (['member', 'available'] as const).filter((c) => col[c] < 0);
  const out: MembersFile = { missing, rows: [], problems: [], unterminated: table.unterminated };
  if (missing.length) return out;
  const seen = new Map<string, number>();
  for (const { line, cells } of table.rows) {
    if (table.unterminated === line) continue;
    if (cells.length !== table.header.length) { out.problems.push({ line, kind: 'shape' }); continue; }
    const member = unguardText(cells[col.member] ?? '');
    const amount = (cells[col.available] ?? '').trim();
    if (member === '') { out.problems.push({ line, kind: 'member_missing' }); continue; }
    if (!validMemberId(member)) { out.problems.push({ line, kind: 'member_invalid', member }); continue; }
    const first = seen.get(member);
    if (first !== undefined) { out.problems.push({ line, kind: 'duplicate', member, first }); continue; }
    if (amount === '') { out.problems.push({ line, kind: 'amount_missing', member }); continue; }
    seen.set(member, line);
    out.rows.push({ line, member, amount: readAmount(amount, table.delimiter) });
  }
  return out;
}
