// The contract the resolution preview starts from: spec section 5's example (5 % of a
// sale, 2 % on electronics, 0.50–50.00; a flat 2.50 per lead; promo codes other than
// PARTNER10 earn nothing; pending one month after the month tracked, paid 3 days after
// locking). The advertiser edits it as JSON.
export const DEFAULT_CONTRACT = {
  currency: 'EUR',
  rounding: 'half_up',
  commission: {
    sale: {
      percent: '5', min: '0.50', max: '50.00',
      categories: { electronics: { percent: '2' }, 'gift-cards': { percent: '0' } },
    },
    lead: { flat: '2.50' },
  },
  promo_codes: { allowed: ['PARTNER10'], others: 'no_commission' },
  lifecycle: {
    lock: { rule: 'months_after_event_month', months: 1 },
    payout: { days_after_lock: 3, business_days: false, holidays: [] },
  },
};

/** The spec's reasons an advertiser may give for a decline (section 7). */
export const DECLINE_REASONS = [
  ['already_tracked', 'Already tracked'],
  ['other_channel', 'Another channel got the sale'],
  ['other_channel_voucher', 'Another channel got it through a voucher code'],
  ['terms_not_met', 'Terms not met'],
  ['returned', 'Cancelled, changed or returned'],
  ['not_found', 'Cannot be traced'],
  ['not_online', 'Not completed online'],
  ['incomplete_information', 'Incomplete information'],
  ['other', 'Other'],
];
