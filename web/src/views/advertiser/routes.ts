// The advertiser view's pages:
//   #/advertiser                        the review queue (every claim received, deadlines, bulk decisions)
//   #/advertiser/open                   open a claim package or a claims file; the files opened so far
//   #/advertiser/files/<key>            one opened file: its verdict and its proofs
//   #/advertiser/claims/<key>/<index>   decide one claim (claim <index> of file <key>)
//   #/advertiser/rules                  auto-decide rules and what they would do
//   #/advertiser/conversions            the conversions file (export, re-import) and answers to publishers
//   #/advertiser/settings               contract, claim policy, review date, balance
export type AdvertiserPage =
  | { page: 'queue' }
  | { page: 'open' }
  | { page: 'file'; key: string }
  | { page: 'claim'; key: string; index: number }
  | { page: 'rules' }
  | { page: 'conversions' }
  | { page: 'settings' };

export type AdvertiserTab = 'queue' | 'open' | 'rules' | 'conversions' | 'settings';
export const TABS: readonly AdvertiserTab[] = ['queue', 'open', 'rules', 'conversions', 'settings'];

export function advertiserPage(rest: readonly string[]): AdvertiserPage {
  const [first, second, third] = rest;
  if (first === 'files' && second) return { page: 'file', key: second };
  if (first === 'claims' && second && third !== undefined && /^\d{1,7}$/.test(third)) return { page: 'claim', key: second, index: Number(third) };
  if (first === 'open' || first === 'rules' || first === 'conversions' || first === 'settings') return { page: first };
  return { page: 'queue' };
}

/** The tab a page belongs to (a claim is reached from the queue, a file from "open"). */
export function tabOf(page: AdvertiserPage): AdvertiserTab {
  if (page.page === 'claim') return 'queue';
  if (page.page === 'file') return 'open';
  return page.page;
}

/** The route segments of a page, for formatRoute('advertiser', ...). */
export function segmentsOf(page: AdvertiserPage): string[] {
  switch (page.page) {
    case 'queue': return [];
    case 'file': return ['files', page.key];
    case 'claim': return ['claims', page.key, String(page.index)];
    default: return [page.page];
  }
}
