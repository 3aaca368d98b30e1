// What a new workspace starts with: the spec's example contract (section 5) and policy
// (section 4, without its example promo codes), an empty publisher identity, the browser's language.
import type { Contract, Policy } from '../core/types.ts';
import type { Settings } from './schema.ts';

export const DEFAULT_POLICY: Policy = {
  min_wait_days: 14,
  max_age_days: 90,
  proof: {
    required_for: ['untracked', 'wrong_amount'],
    max_files: 5,
    max_file_bytes: 10_485_760,
    media_types: ['application/pdf', 'image/png', 'image/jpeg', 'image/webp'],
  },
  // No promo_codes: spec section 4, without a list any code is fine. A fresh workspace
  // cannot know a program's codes, and a list of one example code warned on every other.
};

/** 5 % of a sale (2 % electronics, 0 % gift cards), 0.50–50.00; 2.50 per lead; PARTNER10 only; M+1 lock, paid 3 days later. */
export const DEFAULT_CONTRACT: Contract = {
  currency: 'EUR',
  rounding: 'half_up',
  commission: {
    sale: { percent: '5', min: '0.50', max: '50.00', categories: { electronics: { percent: '2' }, 'gift-cards': { percent: '0' } } },
    lead: { flat: '2.50' },
  },
  promo_codes: { allowed: ['PARTNER10'], others: 'no_commission' },
  lifecycle: {
    lock: { rule: 'months_after_event_month', months: 1 },
    payout: { days_after_lock: 3, business_days: false, holidays: [] },
  },
};

/** The advertiser's own program: the default rules, 75 days to answer, then accepted (Awin's way, spec section 11). */
export const DEFAULT_ADVERTISER_POLICY: Policy = { ...DEFAULT_POLICY, response_days: 75, no_response: 'accept' };

export const DEFAULT_SETTINGS: Settings = {
  locale: 'auto',
  publisher: { id: '', name: '' },
  policies: { default: DEFAULT_POLICY, by_advertiser: {} },
  contract: DEFAULT_CONTRACT,
  member_share: null,
  account: { balance: '100.00', currency: 'EUR' },
  network_ids: { awin: {}, impact: {} },
  ledger_currency: 'EUR',
  advertiser_policy: DEFAULT_ADVERTISER_POLICY,
  auto_rules: [],
  known_orders: [],
};

/** The policy that judges a claim of this advertiser: its own, else the default. */
export const policyFor = (policies: Settings['policies'], advertiserId: string | undefined): Policy =>
  (advertiserId && policies.by_advertiser[advertiserId]) || policies.default;
