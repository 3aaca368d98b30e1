// Locale-aware calendar dates, both ways. The core speaks ISO (YYYY-MM-DD); people type
// and read "02/01/2026" (French: day first) or "1/2/2026" (US: month first). Dates are
// calendar days with no time zone: formatting goes through UTC so no offset shifts a day.

type Order = ('day' | 'month' | 'year')[];

/** The order of day, month and year in the locale's short numeric dates. */
export function dateOrder(locale: string): Order {
  const parts = new Intl.DateTimeFormat(locale, { year: 'numeric', month: '2-digit', day: '2-digit', timeZone: 'UTC' })
    .formatToParts(Date.UTC(2026, 0, 31));
  return parts.filter((p) => p.type === 'day' || p.type === 'month' || p.type === 'year').map((p) => p.type as Order[number]);
}

const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;
const pad = (n: string, width: number): string => n.padStart(width, '0');

/**
 * Typed date → ISO "YYYY-MM-DD", or null when it does not read as a date in this locale.
 * Accepts ISO itself, year first with one- or two-digit month and day ("2026-9-5": a
 * four-digit year first is unambiguous), and day/month/year in the locale's order with
 * "/", ".", "-" or spaces between (two-digit years are 20xx). A month over 12 or a day over
 * 31 cannot be that locale's date: null, and the text goes to the check as typed, so the
 * message quotes what the user wrote ("11/30/2026" in a day-first form was sent as
 * 2026-30-11 and shown back as a day of 2028). Whether the day exists is the core's to
 * judge ("31/02/2026" becomes "2026-02-31", and the core says date.invalid).
 */
export function parseDate(text: string, locale: string): string | null {
  const s = text.trim();
  if (s === '') return null;
  if (ISO.test(s)) return s;
  const numbers = s.split(/[/.\-\s]+/);
  if (numbers.length !== 3 || !numbers.every((n) => /^\d{1,4}$/.test(n))) return null;
  const value: Record<string, string> = {};
  const order: Order = numbers[0]!.length === 4 ? ['year', 'month', 'day'] : dateOrder(locale);
  order.forEach((part, i) => { value[part] = numbers[i] ?? ''; });
  let year = value.year ?? '';
  if (year.length === 2) year = `20${year}`;
  const day = value.day ?? '';
  const month = value.month ?? '';
  if (year.length !== 4 || day.length > 2 || month.length > 2) return null;
  if (Number(month) < 1 || Number(month) > 12 || Number(day) < 1 || Number(day) > 31) return null;
  return `${year}-${pad(month, 2)}-${pad(day, 2)}`;
}

function utc(iso: string): Date | null {
  const m = ISO.exec(iso);
  if (!m) return null;
  const date = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  // Reject days and months that roll over (2026-02-30 → March, month 30 → 2028): show them as they are.
  return date.getUTCDate() === Number(m[3]) && date.getUTCMonth() === Number(m[2]) - 1 ? date : null;
}

/** ISO → the short numeric form people type in this locale ("02/01/2026" in French). */
export function toDateInputText(iso: string | undefined | null, locale: string): string {
  if (!iso) return '';
  const date = utc(iso);
  if (!date) return iso;
  return new Intl.DateTimeFormat(locale, { year: 'numeric', month: '2-digit', day: '2-digit', timeZone: 'UTC' }).format(date);
}

// One formatter per locale and style, kept (Intl formatters are slow to make).
const dateFormats = new Map<string, Intl.DateTimeFormat>();

/** ISO → a date to read ("2 Jan 2026", "2 janv. 2026"); other text as it is; null → "—". */
export function formatDate(iso: string | null | undefined, locale: string, style: 'medium' | 'long' = 'medium'): string {
  if (iso === null || iso === undefined || iso === '') return '—';
  const date = utc(iso);
  if (!date) return iso;
  const key = `${locale}|${style}`;
  let format = dateFormats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, { dateStyle: style, timeZone: 'UTC' });
    dateFormats.set(key, format);
  }
  return format.format(date);
}

/** A visible example of the typed form, for placeholders ("e.g. 31/01/2026"). */
export const dateExample = (locale: string): string => toDateInputText('2026-01-31', locale);

/** The local calendar day as ISO (the page's default "as of"). */
export function todayIso(now: Date = new Date()): string {
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
}
