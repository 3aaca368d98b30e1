// The catalogues of every area, per locale, and the context that gives a component the
// user's messages and formatters: `const { m, money, date } = useI18n()`.
import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { Catalogue, Locale } from './catalogue.ts';
import { commonEn } from './common.en.ts';
import { commonFr } from './common.fr.ts';
import { publisherEn } from './publisher.en.ts';
import { publisherFr } from './publisher.fr.ts';
import { advertiserEn } from './advertiser.en.ts';
import { advertiserFr } from './advertiser.fr.ts';
import { membersEn } from './members.en.ts';
import { membersFr } from './members.fr.ts';
import { settingsEn } from './settings.en.ts';
import { settingsFr } from './settings.fr.ts';
import { issuesEn } from './issues.en.ts';
import { issuesFr } from './issues.fr.ts';
import { formatCount, formatMoney, formatDecimal } from '../format/numbers.ts';
import { formatDate } from '../format/dates.ts';

const en = {
  common: commonEn, publisher: publisherEn, advertiser: advertiserEn, members: membersEn, settings: settingsEn, issues: issuesEn,
};
/** Every area's messages, as a component reads them (`m.publisher.title`). */
export type Messages = Catalogue<typeof en>;

export const catalogues: Record<Locale, Messages> = {
  en,
  fr: { common: commonFr, publisher: publisherFr, advertiser: advertiserFr, members: membersFr, settings: settingsFr, issues: issuesFr },
};

export interface I18n {
  locale: Locale;
  /** The Intl tag used for numbers and dates (the browser's own when it is of this language). */
  tag: string;
  m: Messages;
  money: (amount: string | null | undefined, currency: string | null | undefined) => string;
  date: (iso: string | null | undefined, style?: 'medium' | 'long') => string;
  decimal: (value: string) => string;
  count: (n: number) => string;
}

export function makeI18n(locale: Locale, tag: string): I18n {
  return {
    locale,
    tag,
    m: catalogues[locale],
    money: (amount, currency) => formatMoney(amount, currency, tag),
    date: (iso, style) => formatDate(iso, tag, style),
    decimal: (value) => formatDecimal(value, tag),
    count: (n) => formatCount(n, tag),
  };
}

export const I18nContext = createContext<I18n>(makeI18n('en', 'en-US'));
export const useI18n = (): I18n => useContext(I18nContext);
