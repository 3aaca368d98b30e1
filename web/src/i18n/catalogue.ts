// Types and locale choice for the message catalogues. Each area of the page has its own
// pair of modules (common.en.ts / common.fr.ts, publisher.*, advertiser.*, members.*,
// issues.*) so that people working on different views do not edit the same file.
// The French module is typed against the English one: a missing or extra key, or a
// message function with other parameters, fails `tsc --noEmit`.

export const LOCALES = ['en', 'fr'] as const;
export type Locale = (typeof LOCALES)[number];

/** The shape a translation must have: the same keys, strings for strings, the same functions. */
export type Catalogue<T> = {
  readonly [K in keyof T]: T[K] extends string
    ? string
    : T[K] extends (...args: infer A) => string
      ? (...args: A) => string
      : Catalogue<T[K]>;
};

/** The user's choice in the settings: a locale, or follow the browser. */
export type LocaleSetting = Locale | 'auto';

/**
 * The locale to show: the setting when it names one, else the first browser language we
 * have (fr-CA → fr), else English.
 */
export function resolveLocale(setting: LocaleSetting | null | undefined, browserLanguages: readonly string[]): Locale {
  if (setting && setting !== 'auto' && (LOCALES as readonly string[]).includes(setting)) return setting;
  for (const tag of browserLanguages) {
    const base = tag.toLowerCase().split('-')[0] ?? '';
    if ((LOCALES as readonly string[]).includes(base)) return base as Locale;
  }
  return 'en';
}

/**
 * The Intl locale for formatting: the browser's own tag when it is of the chosen language
 * (en-GB keeps day/month order), else the language's usual tag.
 */
export function formattingLocale(locale: Locale, browserLanguages: readonly string[]): string {
  const own = browserLanguages.find((tag) => tag.toLowerCase().split('-')[0] === locale);
  if (own) return own;
  return locale === 'fr' ? 'fr-FR' : 'en-US';
}


/** One form or the other by count: English singular for 1; French for 0 and 1. */
export const pluralEn = (n: number, one: string, other: string): string => (n === 1 ? one : other);
export const pluralFr = (n: number, one: string, other: string): string => (Math.abs(n) < 2 ? one : other);
