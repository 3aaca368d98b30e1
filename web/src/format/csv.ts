// The page's own small CSV files (members and balances, the ledger's history), read and
// written by the rules of spec section 8, so that they behave like the core's files: RFC
// 4180 quoting, CRLF/LF/CR line ends, an optional byte-order mark, the delimiter taken from
// the header line, and the spreadsheet formula guard on text cells. (Claims and decisions
// files are the core's work; these two are too small and too simple to send to it.)

export interface CsvTable {
  delimiter: ',' | ';';
  /** The header's cells, as written. */
  header: string[];
  /** Data records with the 1-based physical line each starts on (the header is line 1). */
  rows: { line: number; cells: string[] }[];
  /** A quote left open at the end: the line its record starts on. */
  unterminated: number | null;
}

/** The delimiter of a file: the first unquoted "," or ";" of its first line (comma when none). */
function detectDelimiter(text: string): ',' | ';' {
  let quoted = false;
  for (const ch of text) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && (ch === ',' || ch === ';')) return ch;
    else if (!quoted && (ch === '\n' || ch === '\r')) break;
  }
  return ',';
}

/** Reads a CSV text. Blank lines are skipped (but counted); fields are kept as written. */
export function parseCsv(input: string): CsvTable {
  const text = input.startsWith('\ufeff') ? input.slice(1) : input;
  const delimiter = detectDelimiter(text);
  const records: { line: number; cells: string[] }[] = [];
  let cells: string[] = [];
  let field = '';
  let quoted = false;
  let line = 1;
  let start = 1;
  let touched = false;
  const endRecord = () => {
    cells.push(field);
    if (touched || cells.length > 1 || field !== '') records.push({ line: start, cells });
    cells = [];
    field = '';
    touched = false;
  };
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"') {
        if (text[i + 1] === '"') { field += '"'; i++; } else quoted = false;
      } else {
        if (ch === '\n' || (ch === '\r' && text[i + 1] !== '\n')) line++;
        field += ch;
      }
    } else if (ch === '"') {
      quoted = true;
      touched = true;
    } else if (ch === delimiter) {
      cells.push(field);
      field = '';
      touched = true;
    } else if (ch === '\r' || ch === '\n') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      endRecord();
      line++;
      start = line;
    } else {
      field += ch;
    }
  }
  const unterminated = quoted ? start : null;
  if (touched || field !== '' || cells.length) endRecord();
  const [head, ...rows] = records;
  return { delimiter, header: head?.cells ?? [], rows: head ? rows : [], unterminated };
}

/** A text cell as written: a leading =, +, -, @, tab or CR gets a "'" (spreadsheet formula guard). */
export const guardText = (text: string): string => (/^[=+\-@\t\r]/.test(text) ? `'${text}` : text);
/** The guard undone on import: exactly one "'" before such a character. */
export const unguardText = (text: string): string => (/^'[=+\-@\t\r]/.test(text) ? text.slice(1) : text);

function quote(cell: string, delimiter: string): string {
  return cell.includes(delimiter) || /["\r\n]/.test(cell) ? `"${cell.replaceAll('"', '""')}"` : cell;
}

/**
 * Writes rows (the header first) with CRLF line ends. Cells are written as given: the caller
 * guards text cells with guardText (money cells are never guarded).
 */
export function writeCsv(rows: readonly (readonly string[])[], delimiter: ',' | ';'): string {
  return rows.map((row) => `${row.map((cell) => quote(cell, delimiter)).join(delimiter)}\r\n`).join('');
}
