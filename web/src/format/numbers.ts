// Locale-aware money and number text, both ways. Typed text ("120,00" in French,
// "1,234.50" in English) becomes the core's canonical decimal string ("120.00",
// "1234.50") before it reaches the core; the core's strings are shown through Intl.
// No arithmetic: digits are moved, never rounded, so "6,000" stays "6.000" and the core
// can say that EUR has 2 decimals.

/** The locale's decimal and grouping characters ("," and " " in fr-FR). */
export function separators(locale: string): { decimal: string; group: string } {
  const parts = new Intl.NumberFormat(locale).formatToParts(12345.6);
  return {
    decimal: parts.find((p) => p.type === 'decimal')?.value ?? '.',
    group: parts.find((p) => p.type === 'group')?.value ?? ',',
  };
}

const SPACES = /[\s\u00a0\u202f\u2009']/g;
const CANONICAL = /^-?\d+(\.\d+)?$/;

/**
 * Typed amount → canonical decimal string, or null when it is not a number in this locale
 * (the caller then keeps the text as typed, so the core names the problem).
 * Accepted: the locale's decimal separator; spaces (any kind) and apostrophes as group
 * separators; the locale's group separator where it groups by three; a leading minus;
 * the canonical form itself ("120.00") everywhere, since it is what people paste.
 */
export function parseDecimal(text: string, locale: string): string | null {
  let s = text.trim().replace(/^\u2212/, '-').replace(SPACES, '');
  if (s === '') return null;
  const { decimal, group } = separators(locale);
  const negative = s.startsWith('-');
  if (negative) s = s.slice(1);
  if (decimal === ',') {
    // "1.234,50" (a dot grouping) or "120,00"; a lone dot is a decimal point ("120.00").
    if (s.includes(',')) {
      if (!/^\d{1,3}(\.\d{3})*(,\d+)?$/.test(s) && !/^\d+(,\d+)?$/.test(s)) return null;
      s = s.replaceAll('.', '').replace(',', '.');
    }
  } else {
    // "1,234.50": commas only as groups of three.
    if (s.includes(',')) {
      if (!/^\d{1,3}(,\d{3})+(\.\d+)?$/.test(s)) return null;
      s = s.replaceAll(',', '');
    }
  }
  void group;
  if (!CANONICAL.test(s)) return null;
  return negative ? `-${s}` : s;
}

/** Canonical decimal → the text an input shows in this locale ("120.00" → "120,00"); other text as it is. */
export function toInputText(canonical: string | undefined | null, locale: string): string {
  if (canonical === undefined || canonical === null) return '';
  if (!CANONICAL.test(canonical)) return canonical;
  return canonical.replace('.', separators(locale).decimal);
}

// Intl formatters are slow to make and quick to use: one per locale and options, kept.
const formats = new Map<string, Intl.NumberFormat>();
function numberFormat(locale: string, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let format = formats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(locale, options);
    formats.set(key, format);
  }
  return format;
}

/** Minor-unit digits per currency (spec section 2); others get Intl's own. */
const DIGITS: Record<string, number> = { JPY: 0, KRW: 0, BHD: 3, KWD: 3, JOD: 3, OMR: 3, TND: 3 };
export const currencyDigits = (currency: string): number => DIGITS[currency] ?? 2;

/**
 * A canonical amount with its currency, formatted for the locale: "1 234,50 €" in French,
 * "€1,234.50" in English. Intl formats the decimal string exactly (no binary float).
 * An unknown currency code or a non-canonical amount is shown as it is.
 */
export function formatMoney(amount: string | null | undefined, currency: string | null | undefined, locale: string): string {
  if (amount === null || amount === undefined) return '—';
  if (!CANONICAL.test(amount)) return `${amount} ${currency ?? ''}`.trim();
  if (!currency || !/^[A-Z]{3}$/.test(currency)) return formatDecimal(amount, locale);
  const digits = currencyDigits(currency);
  try {
    return numberFormat(locale, {
      style: 'currency', currency, minimumFractionDigits: digits, maximumFractionDigits: Math.max(digits, decimalsOf(amount)),
    }).format(amount as unknown as number);
  } catch {
    return `${amount} ${currency}`;
  }
}

/** A canonical decimal (a percent, a count) for display, all its digits kept. */
export function formatDecimal(value: string, locale: string): string {
  if (!CANONICAL.test(value)) return value;
  return numberFormat(locale, { maximumFractionDigits: Math.max(0, decimalsOf(value)), minimumFractionDigits: decimalsOf(value) })
    .format(value as unknown as number);
}

const decimalsOf = (canonical: string): number => canonical.split('.')[1]?.length ?? 0;

/** A whole number for display ("1 234" in French). */
export const formatCount = (n: number, locale: string): string => numberFormat(locale, {}).format(n);

/** A file size in the locale, with the language's units ("1.5 MB", "1,5 Mo"). */
export function formatSize(bytes: number, locale: string): string {
  const f = new Intl.NumberFormat(locale, { maximumFractionDigits: 1 });
  const [b, kb, mb] = locale.toLowerCase().startsWith('fr') ? ['o', 'Ko', 'Mo'] : ['B', 'KB', 'MB'];
  if (bytes < 1024) return `${f.format(bytes)} ${b}`;
  if (bytes < 1024 * 1024) return `${f.format(bytes / 1024)} ${kb}`;
  return `${f.format(bytes / (1024 * 1024))} ${mb}`;
}

/**
 * The field delimiter for files opened in spreadsheet programs: ";" where the locale writes
 * decimals with a comma (Excel in French splits on ";"), else ",".
 */
export const csvDelimiter = (locale: string): ',' | ';' => (separators(locale).decimal === ',' ? ';' : ',');
