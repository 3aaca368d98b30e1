// The input shapes of the resource tests (tests/resource/run.mjs): for each, a generator of
// a request of size n, the n to run it at (and 2n), and the bounds it must keep. Adding a
// shape is one entry:
//   { name, operation, n, request: (n) => text,
//     memory: M,        // peak memory during the call <= M x the request's bytes (+ 16 MiB)
//     response: R,      // optional: response bytes <= R x the request's bytes (+ 4 KiB)
//     expect: 'ok' | 'request.too_large' | ... }   // the envelope the request must give
// Generators are deterministic: the same n gives the same bytes.

const day = (i) => {
  const d = new Date(Date.UTC(2026, 0, 1) + (i % 365) * 86400000);
  return d.toISOString().slice(0, 10);
};
const range = (n, f) => Array.from({ length: n }, (_, i) => f(i));
const claim = (i, extra = {}) => ({
  id: `CLM-${i}`, publisher: { id: 'pub-42' }, advertiser: { id: `adv-${i % 50}` },
  member_ref: `m-${i}`, reason: 'untracked', filed_on: '2026-03-01',
  order: { id: `A-${i}`, date: day(i % 40), amount: `${10 + (i % 900)}.50`, currency: 'EUR' },
  ...extra,
});
const json = (value) => JSON.stringify(value);
const csvHeader = 'claim_id,member_ref,advertiser_id,order_id,order_date,order_amount,currency,'
  + 'expected_payout,reason,promo_code,comment';
const csvRow = (i) => `CLM-${i},m-${i},adv-${i % 50},A-${i},${day(i % 40)},${10 + (i % 900)}.50,EUR,`
  + `1.00,untracked,WELCOME10,"Order ${i}, confirmation attached"`;
const contract = {
  currency: 'EUR',
  commission: { sale: { percent: '5' } },
  lifecycle: { lock: { rule: 'days_after_event', days: 30 }, payout: { days_after_lock: 3 } },
};

export const shapes = [
  {
    name: 'validate_claims: n claims',
    operation: 'validate_claims', n: 20000, memory: 6,
    request: (n) => json({ as_of: '2026-03-01', claims: range(n, (i) => claim(i)) }),
  },
  {
    name: 'validate_claims: n claims, n allowed promo codes, none allowed',
    operation: 'validate_claims', n: 4000, memory: 8, response: 20,
    request: (n) => json({
      as_of: '2026-03-01', policy: { promo_codes: { allowed: range(n, (i) => `CODE${i}`) } },
      claims: range(n, (i) => claim(i, { order: { ...claim(i).order, promo_code: `NOPE${i}` } })),
    }),
  },
  {
    name: 'validate_claims: n claims, 20 attachments each, proofs reused',
    operation: 'validate_claims', n: 2000, memory: 8,
    request: (n) => json({
      as_of: '2026-03-01',
      claims: range(n, (i) => claim(i, {
        attachments: range(20, (k) => ({ name: `p${k}.pdf`, media_type: 'application/pdf', size: 10,
          sha256: ((i * 20 + k) % 5000).toString(16).padStart(64, '0'), kind: 'invoice' })),
      })),
    }),
  },
  {
    name: 'validate_claims: n claims against n known orders',
    operation: 'validate_claims', n: 20000, memory: 6,
    request: (n) => json({
      as_of: '2026-03-01', claims: range(n, (i) => claim(i)),
      known_orders: range(n, (i) => ({ advertiser_id: `adv-${i % 50}`, order_id: `A-${2 * i}` })),
    }),
  },
  {
    name: 'apply_adjustments: one group of n members, no adjustment',
    operation: 'apply_adjustments', n: 50000, memory: 12,
    request: (n) => json({ currency: 'EUR', groups: { g: range(n, (i) => `m-${i}`) }, adjustments: [] }),
  },
  {
    name: 'apply_adjustments: a group of n members credited twice',
    operation: 'apply_adjustments', n: 20000, memory: 40, response: 40,
    request: (n) => json({
      currency: 'EUR', groups: { g: range(n, (i) => `m-${i}`) },
      adjustments: [{ target: { group: 'g' }, mode: 'relative', amount: '5.00', comment: 'Promo' },
        { target: { group: 'g' }, mode: 'absolute', amount: '1.00', comment: 'Reset' }],
    }),
  },
  {
    name: 'apply_adjustments: n balances, n adjustments',
    operation: 'apply_adjustments', n: 20000, memory: 30,
    request: (n) => json({
      currency: 'EUR', balances: range(n, (i) => ({ member: `m-${i}`, available: '10.00' })),
      adjustments: range(n, (i) => ({ target: { member: `m-${(i * 7) % n}` }, mode: 'relative',
        amount: i % 3 ? '-1.00' : '-20.00', comment: 'Order returned' })),
    }),
  },
  {
    // n and 2n: 500,000 and 1,000,000 members (the request's array limit), each selected or
    // not by three criteria; the DOM of the request is most of the peak.
    name: 'select_members: n members, three criteria',
    operation: 'select_members', n: 500000, memory: 10, response: 1,
    request: (n) => json({
      as_of: '2026-03-01', currency: 'EUR',
      members: range(n, (i) => ({ member: `m-${i}`, ...(i % 7 ? { last_order_on: day(i) } : {}),
        orders: i % 40, spent: `${(i % 40) * (20 + (i % 90))}.50`, available: `${(i % 300) - 50}.10` })),
      criteria: { inactive_days_at_least: 90, orders_at_least: 1, average_basket_at_least: '50.00' },
    }),
  },
  {
    name: 'import_claims_csv: n rows',
    operation: 'import_claims_csv', n: 20000, memory: 40,
    request: (n) => json({ csv: [csvHeader, ...range(n, csvRow)].join('\r\n'), defaults: { publisher_id: 'p' } }),
  },
  {
    name: 'import_claims_csv: n rows validated, claims left out',
    operation: 'import_claims_csv', n: 20000, memory: 12,
    request: (n) => json({
      csv: [csvHeader, ...range(n, csvRow)].join('\r'), defaults: { publisher_id: 'p' },
      include_claims: false, validate: { as_of: '2026-03-01' },
    }),
  },
  {
    name: 'import_claims_csv: n unknown columns, 20 rows',
    operation: 'import_claims_csv', n: 20000, memory: 40,
    request: (n) => {
      const extra = range(n, (i) => `x${i}`).join(',');
      const cells = range(n, () => '').join(',');
      return json({ csv: [`${csvHeader},${extra}`, ...range(20, (i) => `${csvRow(i)},${cells}`)].join('\n'),
        defaults: { publisher_id: 'p' } });
    },
  },
  {
    name: 'import_claims_csv: n rows, every cell wrong',
    // ~8 issues per 80-byte row: the response alone is ~30 x the request, and the issues are
    // held as objects before they are written (measured 69 x natively, 98 x on WASM, whose
    // heap grows in steps).
    operation: 'import_claims_csv', n: 10000, memory: 110,
    request: (n) => json({
      csv: [csvHeader, ...range(n, (i) => `C-${i % 10},,,,2026-13-0${i % 9},-1x,XXX,1.000,maybe,,\t`)].join('\n'),
      validate: { as_of: '2026-03-01' },
    }),
  },
  {
    name: 'import_decisions_csv: n rows against n claims',
    operation: 'import_decisions_csv', n: 20000, memory: 20,
    request: (n) => json({
      csv: ['Conversion ID,Action,Payout,Decline reason', ...range(n, (i) => `CLM-${2 * i},${i % 2 ? 'validate' : 'reject'},1.00,other`)].join('\n'),
      claims: range(n, (i) => claim(i)),
    }),
  },
  {
    name: 'export_decisions_csv: n claims, n decisions',
    operation: 'export_decisions_csv', n: 10000, memory: 20,
    request: (n) => json({
      claims: range(n, (i) => claim(i)),
      decisions: range(n, (i) => ({ claim_id: `CLM-${n - 1 - i}`, decision: 'accept', payout: '1.00' })),
    }),
  },
  {
    name: 'compute_payout: n items in n categories',
    operation: 'compute_payout', n: 20000, memory: 20,
    request: (n) => json({
      contract: { ...contract, commission: { sale: { percent: '5',
        categories: Object.fromEntries(range(n, (i) => [`cat-${i}`, { percent: '2' }])) } } },
      event_type: 'sale', sale: { amount: `${n}.00`, currency: 'EUR',
        items: range(n, (i) => ({ sku: `S${i}`, category: `cat-${n - 1 - i}`, subtotal: '1.00' })) },
    }),
  },
  {
    name: 'compute_lifecycle: n holidays, 3650 business days',
    operation: 'compute_lifecycle', n: 20000, memory: 20,
    request: (n) => json({
      lifecycle: { lock: { rule: 'immediate' }, payout: { days_after_lock: 3650, business_days: true,
        holidays: range(n, (i) => day(i)) } },
      transaction_date: '2026-01-01', as_of: '2026-03-05',
    }),
  },
  {
    name: 'preview_resolution: a claim of n items, payout generated',
    // The parsed request (~12 x) and the sale built for compute_payout, a copy of the items
    // (~12 x): measured 30 x.
    operation: 'preview_resolution', n: 20000, memory: 36,
    request: (n) => json({
      as_of: '2026-03-05', contract, account: { balance: '100.00' },
      claim: claim(1, { order: { ...claim(1).order, amount: `${n}.00`,
        items: range(n, (i) => ({ sku: `S${i}`, category: 'home', quantity: 1, subtotal: '1.00' })) } }),
      resolution: { decision: 'accept', payout_option: 'generate' },
    }),
  },
  {
    name: 'build_package: n claims, one proof each',
    operation: 'build_package', n: 10000, memory: 20, response: 3,
    request: (n) => json({
      created_on: '2026-03-01', publisher: { id: 'pub-42', name: 'Example Cashback' },
      claims: range(n, (i) => claim(i, {
        attachments: [{ name: `p${i}.pdf`, media_type: 'application/pdf', size: 10,
          sha256: i.toString(16).padStart(64, '0'), kind: 'order_confirmation' }],
      })),
    }),
  },
  {
    name: 'check_package: a manifest of n claims, n entries',
    // 2n stays under the 10,000 entries a package may hold (docs/limits.md).
    operation: 'check_package', n: 4000, memory: 20, response: 2,
    request: (n) => json({
      manifest: json({ format: 'claim-package', version: 1, created_on: '2026-03-01', publisher: { id: 'pub-42' },
        claims: range(n, (i) => ({ id: `CLM-${i}`, attachments: [{ media_type: 'application/pdf', size: 10,
          sha256: i.toString(16).padStart(64, '0') }] })) }),
      entries: range(n, (i) => ({ name: `proofs/${i.toString(16).padStart(64, '0')}.pdf`, size: 10,
        sha256: i.toString(16).padStart(64, '0') })),
      unpacked_bytes: 10 * n,
    }),
  },
  {
    name: 'review_queue: n claims, n decisions',
    operation: 'review_queue', n: 10000, memory: 16, response: 2,
    request: (n) => json({
      as_of: '2026-03-05', policy: { response_days: 75, no_response: 'accept' },
      claims: range(n, (i) => claim(i, { filed_on: day(i % 60) })),
      decisions: range(n, (i) => ({ claim_id: `CLM-${(i * 7) % n}`,
        decision: ['accept', 'decline', 'request_info', 'maybe'][i % 4], payout: '1.00', message: 'Proof please' })),
    }),
  },
  {
    name: 'simulate_rules: n claims, 3 rules, n known orders',
    // The whole request parsed, each claim validated and previewed: measured 19.5 x natively.
    operation: 'simulate_rules', n: 4000, memory: 30, response: 6,
    request: (n) => json({
      as_of: '2026-03-05', contract, policy: { proof: { required_for: [] } }, account: { balance: '500.00' },
      known_orders: range(n, (i) => ({ advertiser_id: `adv-${i % 50}`, order_id: `A-${3 * i}` })),
      claims: range(n, (i) => claim(i, { expected_payout: `${1 + (i % 20)}.00` })),
      rules: [
        { when: { already_tracked: true }, then: { decision: 'decline', decline_reason: 'already_tracked' } },
        { when: { expected_payout_at_most: '10.00' }, then: { decision: 'accept', payout_option: 'expected' } },
        { when: { reason: 'untracked' }, then: { decision: 'request_info', message: 'Invoice please' } },
      ],
    }),
  },
  {
    name: 'export_network_csv: n claims, impact',
    operation: 'export_network_csv', n: 20000, memory: 16, response: 2,
    request: (n) => json({
      format: 'impact', as_of: '2026-03-05', utc_offset: '+01:00', response_days: 30,
      network_ids: Object.fromEntries(range(50, (i) => [`adv-${i}`, `${1000 + i}`])),
      claims: range(n, (i) => claim(i, { expected_payout: '1.00', comment: `Order ${i}, "confirmation" attached` })),
    }),
  },
  {
    name: 'dispatch: n empty objects in an ignored member',
    operation: 'apply_adjustments', n: 4000000, memory: 3, response: 0, expect: 'request.too_large',
    request: (n) => `{"currency":"EUR","adjustments":[],"x":[${range(Math.ceil(n / 500000), (k) => `[${'{},'.repeat(Math.min(500000, n - k * 500000) - 1)}{}]`).join(',')}]}`,
  },
  {
    name: 'dispatch: a number of n digits',
    // nlohmann's lexer holds the failing token ~4 times (its buffers and its message; the
    // core keeps 260 bytes of it): measured 8-9.5 x. The response bound is item 6's guard.
    operation: 'compute_lifecycle', n: 2000000, memory: 12, response: 0, expect: 'request.invalid_json',
    request: (n) => `{"x": 1${'0'.repeat(n)}e400}`,
  },
  {
    name: 'dispatch: a string of n bytes left open',
    // nlohmann's lexer holds the failing token ~4 times (its buffers and its message; the
    // core keeps 260 bytes of it): measured 8-9.5 x. The response bound is item 6's guard.
    operation: 'compute_lifecycle', n: 2000000, memory: 12, response: 0, expect: 'request.invalid_json',
    request: (n) => `{"x": "${'a'.repeat(n)}`,
  },
];
