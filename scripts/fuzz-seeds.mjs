// Seeds the fuzz corpora from tests/scenarios: each request becomes a dispatch input
// (first byte = the operation's index in tests/fuzz/invariants.h), its string values
// become money / date / base64 / CSV seeds, and a package's manifest a check_package seed.
// With --large (the second pass of scripts/fuzz, -max_len=1048576): the same seeds plus
// inputs of realistic size, up to 1 MiB: each resource-test shape (tests/resource/shapes.mjs)
// at the largest n that fits, a large claim, a wide CSV (CRLF and CR-only), a long base64.
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { join } from 'node:path';

const corpus = process.argv[2];
const large = process.argv.includes('--large');
const kMaxLen = 1048576;
const operations = ['validate_claims', 'compute_payout', 'compute_lifecycle', 'preview_resolution',
  'apply_adjustments', 'import_claims_csv', 'export_decisions_csv', 'import_decisions_csv',
  'sniff_media_type', 'build_package', 'check_package', 'review_queue', 'simulate_rules',
  'export_network_csv', 'select_members'];
const put = (target, bytes) => {
  mkdirSync(join(corpus, target), { recursive: true });
  const name = createHash('sha1').update(bytes).digest('hex');
  writeFileSync(join(corpus, target, name), bytes);
};
const strings = (value, out = []) => {
  if (typeof value === 'string') out.push(value);
  else if (value && typeof value === 'object') for (const v of Object.values(value)) strings(v, out);
  return out;
};
const dir = 'tests/scenarios';
for (const file of readdirSync(dir).filter((f) => f.endsWith('.json'))) {
  const s = JSON.parse(readFileSync(join(dir, file), 'utf8'));
  const index = operations.indexOf(s.operation);
  const text = 'request_text' in s ? s.request_text : JSON.stringify(s.request);
  if (index >= 0) put('dispatch', Buffer.concat([Buffer.from([index]), Buffer.from(text)]));
  for (const claim of [s.request?.claim, ...(s.request?.claims ?? [])]) {
    if (claim && typeof claim === 'object') put('json_fast', Buffer.from(JSON.stringify(claim)));
  }
  // check_package's generator (tests/fuzz/invariants.h): 2 bytes of count, then the text.
  if (typeof s.request?.manifest === 'string') {
    put('check_package', Buffer.concat([Buffer.from([0, 1]), Buffer.from(s.request.manifest)]));
  }
  for (const v of strings(s.request ?? {})) {
    if (/^-?[0-9.]+$/.test(v)) put('money', Buffer.from(v));
    else if (/^\d{4}-\d\d-\d\d$/.test(v)) put('date', Buffer.from(v));
    else if (/^[A-Za-z0-9+/]+=*$/.test(v)) put('base64', Buffer.from(v));
    if (v.includes('\n') && (v.includes(',') || v.includes(';'))) put('csv', Buffer.from(v));
  }
}

if (large) {
  const { shapes } = await import('../tests/resource/shapes.mjs');
  // The largest n (halving from the shape's own) whose request fits in kMaxLen - 1 bytes.
  const fitting = (request, n) => {
    for (; n >= 1; n = Math.floor(n / 2)) {
      const text = request(n);
      if (text.length < kMaxLen) return text;
    }
    return null;
  };
  for (const shape of shapes) {
    const index = operations.indexOf(shape.operation);
    if (index < 0) continue;
    const text = fitting(shape.request, shape.n);
    if (!text) continue;
    put('dispatch', Buffer.concat([Buffer.from([index]), Buffer.from(text)]));
    let request = {};
    try { request = JSON.parse(text); } catch { /* the shapes of malformed requests */ }
    if (typeof request.csv === 'string') {
      put('csv', Buffer.from(request.csv));
      put('csv', Buffer.from(request.csv.replace(/\r?\n/g, '\r')));  // CR-only (spec section 8)
    }
  }
  const attachment = (k) => ({ name: `p${k}.pdf`, media_type: 'application/pdf', size: 10,
    sha256: k.toString(16).padStart(64, '0'), kind: 'invoice' });
  const items = Array.from({ length: 4000 }, (_, k) => ({ sku: `S-${k}`, category: `c${k % 40}`,
    quantity: 1, unit_price: `${k % 90}.99` }));
  put('json_fast', Buffer.from(JSON.stringify({ id: 'CLM-1', publisher: { id: 'pub-42' },
    advertiser: { id: 'adv-1' }, member_ref: 'm-1', reason: 'untracked', filed_on: '2026-03-01',
    order: { id: 'A-1', date: '2026-01-03', amount: '10.50', currency: 'EUR', items },
    attachments: Array.from({ length: 2000 }, (_, k) => attachment(k)) })));
  put('base64', Buffer.from(Buffer.alloc(700000, 'claims').toString('base64')));
  put('money', Buffer.from('9'.repeat(100000) + '.' + '9'.repeat(100000)));
  put('date', Buffer.from('2026-01-01'.repeat(10000)));
}
