// Deterministic benchmark data for scripts/bench: claims as JSON and CSV (100k and 1M),
// and the list of cases to run. Same seed, same bytes, on every machine.
// Usage: node scripts/bench-data.mjs OUT_DIR
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const out = process.argv[2] || 'build/bench';
mkdirSync(out, { recursive: true });

function mulberry32(seed) {
  return () => {
    seed |= 0; seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const pad = (n) => String(n).padStart(2, '0');
const day = (base, offset) => {
  const d = new Date(Date.UTC(2026, 0, 1) + (base + offset) * 86400000);
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
};
const money = (cents) => `${Math.floor(cents / 100)}.${pad(cents % 100)}`;
const reasons = ['untracked', 'untracked', 'untracked', 'wrong_amount', 'declined'];
const comments = ['Order confirmation attached; member used our link in a fresh browser.',
  'Member says "the cashback never showed up"; invoice attached.',
  'Tracked 60.00 instead of 120.00, see screenshot; accents: café, naïve, 😀',
  'Voucher WELCOME10 used, member clicked at 09:14; comma, semicolon; here'];

function makeClaim(i, random) {
  const reason = reasons[Math.floor(random() * reasons.length)];
  const orderDay = Math.floor(random() * 40);
  const amount = 1000 + Math.floor(random() * 50000);
  const claim = {
    id: `CLM-${String(i).padStart(7, '0')}`,
    publisher: { id: 'pub-42', name: 'Example Cashback' },
    advertiser: { id: `adv-${Math.floor(random() * 50)}`, name: 'Acme' },
    member_ref: `m-${Math.floor(random() * 200000)}`,
    reason,
    filed_on: day(orderDay, 20),
    order: { id: `A-${i}`, date: day(orderDay, 0), amount: money(amount), currency: 'EUR',
      completed_online: random() > 0.05 },
    click_date: day(orderDay, 0),
    event_type: 'sale',
    expected_payout: money(Math.floor(amount * 0.05)),
    comment: comments[i % comments.length],
    attachments: [],
  };
  if (random() < 0.3) claim.order.promo_code = 'PARTNER10';
  if (reason !== 'untracked') {
    claim.tracked = { action_id: `ACT-${i}`, amount: money(Math.floor(amount / 2)),
      payout: money(Math.floor(amount * 0.025)), date: day(orderDay, 2) };
  }
  if (random() < 0.8) {
    const digest = Array.from({ length: 64 }, () => '0123456789abcdef'[Math.floor(random() * 16)]).join('');
    claim.attachments.push({ name: 'confirmation.pdf', media_type: 'application/pdf',
      size: 20000 + Math.floor(random() * 100000), sha256: digest, kind: 'order_confirmation' });
  }
  return withDefect(claim, i, orderDay);
}

// Realistic files are mostly right: one claim in ten carries one mistake, each of a kind
// operations teams see (claim ids and orders sent twice, dates typed wrong, a lower-case
// currency, a promo code the program does not take...); the other nine are valid.
function withDefect(claim, i, orderDay) {
  switch (i % 100) {
    case 10: claim.order.promo_code = 'WELCOME10'; break;                  // promo.not_allowed
    case 30: claim.order.date = '2026-03-20'; claim.click_date = '2026-03-20'; break; // order.date_in_future
    case 40: claim.order.amount = `${claim.order.amount}5`; break;         // money.invalid
    case 50: claim.filed_on = day(orderDay, 3); break;                     // claim.too_early
    case 60: claim.click_date = day(orderDay, 1); break;                   // click.after_order
    case 70: claim.expected_payout = money(Math.floor(Number(claim.order.amount) * 200)); break; // payout.exceeds_order
    case 80: if (i > 0) claim.id = `CLM-${String(i - 1).padStart(7, '0')}`; break; // claim.duplicate_id
    case 90: claim.order.currency = 'eur'; break;                          // currency.unknown
    case 95: claim.order.date = '2026-02-30'; break;                       // date.invalid
    default: break;
  }
  return claim;
}

const policy = { min_wait_days: 14, max_age_days: 90, promo_codes: { allowed: ['PARTNER10'] } };
const columns = ['claim_id', 'member_ref', 'advertiser_id', 'order_id', 'order_date', 'order_amount',
  'currency', 'expected_payout', 'reason', 'promo_code', 'click_date', 'tracked_action_id',
  'tracked_amount', 'tracked_payout', 'tracked_date', 'filed_on', 'comment'];
const csvField = (v) => (v === undefined || v === null ? '' : /[",\r\n]/.test(String(v))
  ? `"${String(v).replace(/"/g, '""')}"` : String(v));
// Every 10,000th row has a cell too many (csv.row_shape).
function csvRow(c, i) {
  return [...(i % 10000 === 9999 ? ['extra'] : []), c.id, c.member_ref, c.advertiser.id, c.order.id, c.order.date, c.order.amount,
    c.order.currency, c.expected_payout, c.reason, c.order.promo_code, c.click_date,
    c.tracked?.action_id, c.tracked?.amount, c.tracked?.payout, c.tracked?.date, c.filed_on,
    c.comment].map(csvField).join(',');
}

function generate(count) {
  const random = mulberry32(20261124);
  const claims = new Array(count);
  for (let i = 0; i < count; i++) {
    claims[i] = makeClaim(i, random);
    if (i % 100 === 20) {  // the order before, sent again (order.duplicate)
      claims[i].advertiser = { ...claims[i - 1].advertiser };
      claims[i].order.id = claims[i - 1].order.id;
    }
  }
  return claims;
}

const cases = [];
// `payload`: a file whose bytes go beside the request (docs/operations/payload.md).
function write(name, operation, request, units, unit, repeat = 1, payload = undefined) {
  const file = join(out, `${name}.json`);
  writeFileSync(file, typeof request === 'string' ? request : JSON.stringify(request));
  cases.push({ name, operation, file, units, unit, repeat, ...(payload ? { payload } : {}) });
}

for (const [count, label] of [[100000, '100k'], [1000000, '1M']]) {
  const claims = generate(count);
  const csv = [columns.join(','), ...claims.map(csvRow)].join('\r\n') + '\r\n';
  const csvFile = join(out, `claims-${label}.csv`);
  writeFileSync(csvFile, csv);
  // 1M claims as JSON would pass the 256 MiB request limit: JSON is benchmarked at 100k.
  if (count === 100000) {
    write(`validate_claims-${label}`, 'validate_claims',
      { as_of: '2026-03-01', policy, claims }, count, 'claims');
  }
  // A CSV carries no proofs (spec section 8): the file is checked on its own content, and
  // the page attaches proofs afterwards. The same request two ways: the file's bytes
  // beside the request (the payload form, what claimctl --csv and the page send), and,
  // for comparison at 100k, inside it as the `csv` string.
  const importRequest = { defaults: { publisher_id: 'pub-42' }, include_claims: false,
    validate: { as_of: '2026-03-01', policy: { ...policy, proof: { required_for: [] } } } };
  write(`import_claims_csv-${label}`, 'import_claims_csv', importRequest, count, 'rows', 1, csvFile);
  if (count === 100000) {
    write(`import_claims_csv-${label}-in-json`, 'import_claims_csv', { csv, ...importRequest }, count, 'rows');
  }
  if (count === 100000) {
    write(`export_decisions_csv-${label}`, 'export_decisions_csv',
      { claims, decisions: claims.filter((_, i) => i % 3 === 0)
        .map((c) => ({ claim_id: c.id, decision: 'accept', payout: c.expected_payout, transaction_date: c.order.date })) },
      count, 'claims');
    // An auto-decide rule set tried on the batch: validation, first-match rules, accept
    // previews (expected and generated payouts) and the funds running through.
    write(`simulate_rules-${label}`, 'simulate_rules',
      { as_of: '2026-03-01', policy,
        contract: { currency: 'EUR', rounding: 'half_up',
          commission: { sale: { percent: '5', min: '0.50', max: '50.00' } },
          lifecycle: { lock: { rule: 'months_after_event_month', months: 1 },
            payout: { days_after_lock: 3, business_days: false } } },
        account: { balance: '250000.00' },
        known_orders: claims.filter((_, i) => i % 50 === 0)
          .map((c) => ({ advertiser_id: c.advertiser.id, order_id: c.order.id })),
        claims,
        rules: [
          { when: { already_tracked: true }, then: { decision: 'decline', decline_reason: 'already_tracked' } },
          { when: { has_errors: true }, then: { decision: 'request_info', message: 'Please check the claim.' } },
          { when: { expected_payout_at_most: '10.00' }, then: { decision: 'accept', payout_option: 'expected' } },
          { when: { reason: ['wrong_amount', 'declined'], waited_days: 10 },
            then: { decision: 'accept', payout_option: 'generate' } },
        ] },
      count, 'claims');
    write(`apply_adjustments-${label}`, 'apply_adjustments',
      { currency: 'EUR', allow_negative: false, balances: [], groups: {},
        adjustments: claims.map((c) => ({ target: { member: c.member_ref }, mode: 'relative',
          amount: c.expected_payout, comment: 'Claim accepted', reference: c.id })) },
      count, 'adjustments');
  }
}
// A segment of a million members (spec section 9's select_members): no order for 90 days,
// at least one order, an average basket of at least 50.00.
write('select_members-1M', 'select_members', {
  as_of: '2026-03-01', currency: 'EUR',
  members: Array.from({ length: 1000000 }, (_, i) => ({
    member: `m-${i}`, ...(i % 7 ? { last_order_on: new Date(Date.UTC(2025, 0, 1) + (i % 420) * 86400000).toISOString().slice(0, 10) } : {}),
    orders: i % 40, spent: `${(i % 40) * (20 + (i % 90))}.50`, available: `${(i % 300) - 50}.10` })),
  criteria: { inactive_days_at_least: 90, orders_at_least: 1, average_basket_at_least: '50.00' },
}, 1000000, 'members');
write('compute_payout-single', 'compute_payout', {
  contract: { currency: 'EUR', rounding: 'half_up', commission: { sale: { percent: '5', min: '0.50', max: '50.00',
    categories: { electronics: { percent: '2' } } } } },
  event_type: 'sale', member_share: '80',
  sale: { amount: '120.00', currency: 'EUR', items: [{ sku: 'SKU-1', category: 'home', subtotal: '80.00' },
    { sku: 'SKU-2', category: 'electronics', subtotal: '40.00' }] } }, 1, 'calls', 20000);
write('compute_lifecycle-single', 'compute_lifecycle', {
  lifecycle: { lock: { rule: 'months_after_event_month', months: 1 }, payout: { days_after_lock: 3, business_days: true } },
  transaction_date: '2026-01-01', approved_on: '2026-03-05', as_of: '2026-03-05' }, 1, 'calls', 20000);
writeFileSync(join(out, 'cases.json'), JSON.stringify(cases, null, 1));
console.log(`${cases.length} cases in ${out}`);
