// Which field an issue's path names, as a catalogue key: "/claims/0/order/date" and the CSV
// column "/rows/7/order_date" are both the order date. The sentence then names the
// field in the user's language (issues.en.ts `fields`).

export const FIELD_KEYS = [
  'claimId', 'publisherId', 'advertiserId', 'member', 'reason', 'filedOn', 'orderId', 'orderDate', 'orderAmount',
  'currency', 'promoCode', 'completedOnline', 'returned', 'items', 'clickDate', 'eventType', 'expectedPayout',
  'payoutCurrency', 'tracked', 'trackedActionId', 'trackedAmount', 'trackedPayout', 'trackedDate', 'comment',
  'attachments', 'attachment', 'messages', 'claim', 'policy', 'contract', 'asOf', 'transactionDate',
  'payoutAmount', 'declineReason', 'message', 'balance', 'memberShare', 'fxRate', 'file', 'row', 'decision',
  'adjustment', 'amount', 'memberBalance', 'rule', 'package', 'entry', 'claims', 'value',
] as const;
export type FieldKey = (typeof FIELD_KEYS)[number];

/** Claim members (after /claims/N or /claim) → field. */
const CLAIM_MEMBERS: Record<string, FieldKey> = {
  '/id': 'claimId', '/publisher/id': 'publisherId', '/publisher': 'publisherId', '/advertiser/id': 'advertiserId',
  '/advertiser': 'advertiserId', '/member_ref': 'member', '/reason': 'reason', '/filed_on': 'filedOn',
  '/order/id': 'orderId', '/order/date': 'orderDate', '/order/amount': 'orderAmount', '/order/currency': 'currency',
  '/order/promo_code': 'promoCode', '/order/completed_online': 'completedOnline', '/order/returned': 'returned',
  '/order/items': 'items', '/click_date': 'clickDate', '/event_type': 'eventType', '/expected_payout': 'expectedPayout',
  '/payout_currency': 'payoutCurrency', '/tracked': 'tracked', '/tracked/action_id': 'trackedActionId',
  '/tracked/amount': 'trackedAmount', '/tracked/payout': 'trackedPayout', '/tracked/date': 'trackedDate',
  '/comment': 'comment', '/attachments': 'attachments', '/messages': 'messages', '': 'claim',
};

/** CSV columns (spec section 8) → field. */
const CSV_COLUMNS: Record<string, FieldKey> = {
  claim_id: 'claimId', publisher_id: 'publisherId', advertiser_id: 'advertiserId', member_ref: 'member',
  reason: 'reason', filed_on: 'filedOn', order_id: 'orderId', order_date: 'orderDate', order_amount: 'orderAmount',
  currency: 'currency', promo_code: 'promoCode', completed_online: 'completedOnline', returned: 'returned',
  click_date: 'clickDate', event_type: 'eventType', expected_payout: 'expectedPayout', tracked_action_id: 'trackedActionId',
  tracked_amount: 'trackedAmount', tracked_payout: 'trackedPayout', tracked_date: 'trackedDate', comment: 'comment',
  'conversion id': 'claimId', action: 'decision', payout: 'payoutAmount', 'transaction date': 'transactionDate',
  'decline reason': 'declineReason', message: 'message',
};

const OTHER: [RegExp, FieldKey][] = [
  [/^\/policy(\/|$)/, 'policy'],
  [/^\/contract(\/|$)/, 'contract'],
  [/^\/as_of$/, 'asOf'],
  [/^\/resolution\/transaction_date$/, 'transactionDate'],
  [/^\/resolution\/event_type$/, 'eventType'],
  [/^\/resolution\/payout_amount$/, 'payoutAmount'],
  [/^\/resolution\/decline_reason$/, 'declineReason'],
  [/^\/resolution\/message$/, 'message'],
  [/^\/resolution\/details\/amount$/, 'orderAmount'],
  [/^\/resolution\/details\/promo_code$/, 'promoCode'],
  [/^\/resolution(\/|$)/, 'decision'],
  [/^\/account(\/|$)/, 'balance'],
  [/^\/member_share$/, 'memberShare'],
  [/^\/fx(\/|$)/, 'fxRate'],
  [/^\/decisions\/\d+(\/|$)/, 'decision'],
  [/^\/adjustments\/\d+\/amount$/, 'amount'],
  [/^\/adjustments\/\d+\/comment$/, 'comment'],
  [/^\/adjustments\/\d+(\/|$)/, 'adjustment'],
  [/^\/balances(\/|$)/, 'memberBalance'],
  [/^\/rules\/\d+(\/|$)/, 'rule'],
  [/^\/manifest(\/|$)/, 'package'],
  [/^\/entries\/\d+(\/|$)/, 'entry'],
  [/^\/claims$/, 'claims'],
  [/^\/csv$/, 'file'],
];

export function fieldOf(path: string): FieldKey {
  const claim = /^(?:\/manifest)?\/claims\/\d+((?:\/.*)?)$/.exec(path) ?? /^\/claim((?:\/.*)?)$/.exec(path);
  if (claim) {
    const member = claim[1] ?? '';
    if (/^\/attachments\/\d+/.test(member)) return 'attachment';
    if (/^\/order\/items\//.test(member)) return 'items';
    if (/^\/messages\//.test(member)) return 'messages';
    return CLAIM_MEMBERS[member] ?? 'value';
  }
  const row = /^\/rows\/\d+(?:\/(.*))?$/.exec(path);
  if (row) return row[1] === undefined ? 'row' : (CSV_COLUMNS[row[1].toLowerCase()] ?? 'value');
  if (path === '') return 'value';
  return OTHER.find(([re]) => re.test(path))?.[1] ?? 'value';
}

/** The concrete values inside the core's English sentence, to put into a translated one. */
export interface MessageValues {
  /** "..." quoted values, in order. */
  quoted: string[];
  /** ISO dates, in order. */
  dates: string[];
  /** Amounts with their currency ("6.00 EUR"), in order. */
  amounts: { amount: string; currency: string }[];
  /** Other whole numbers, in order (counts, days, bytes). */
  numbers: string[];
}

export function valuesOf(message: string): MessageValues {
  const quoted = [...message.matchAll(/"([^"]*)"/g)].map((m) => m[1] ?? '');
  const rest = message.replace(/"[^"]*"/g, ' ');
  const dates = [...rest.matchAll(/\b(\d{4}-\d{2}-\d{2})\b/g)].map((m) => m[1] ?? '');
  const noDates = rest.replace(/\b\d{4}-\d{2}-\d{2}\b/g, ' ');
  const amounts = [...noDates.matchAll(/(-?\d+(?:\.\d+)?) ([A-Z]{3})\b/g)].map((m) => ({ amount: m[1] ?? '', currency: m[2] ?? '' }));
  const noAmounts = noDates.replace(/-?\d+(?:\.\d+)? [A-Z]{3}\b/g, ' ');
  const numbers = [...noAmounts.matchAll(/(?<![\w.])(-?\d+(?:\.\d+)?)(?!\w|\.\d)/g)].map((m) => m[1] ?? '');
  return { quoted, dates, amounts, numbers };
}
