// Seeds the fuzz corpora from tests/scenarios: each request becomes a dispatch input
// (first byte = the operation's index in tests/fuzz/invariants.h), and its string values
// become money / date / base64 / CSV seeds.
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { join } from 'node:path';

const corpus = process.argv[2];
const operations = ['validate_claims', 'compute_payout', 'compute_lifecycle', 'preview_resolution',
  'apply_adjustments', 'import_claims_csv', 'export_decisions_csv', 'import_decisions_csv',
  'sniff_media_type', 'build_package', 'check_package', 'review_queue'];
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
  for (const v of strings(s.request ?? {})) {
    if (/^-?[0-9.]+$/.test(v)) put('money', Buffer.from(v));
    else if (/^\d{4}-\d\d-\d\d$/.test(v)) put('date', Buffer.from(v));
    else if (/^[A-Za-z0-9+/]+=*$/.test(v)) put('base64', Buffer.from(v));
    if (v.includes('\n') && (v.includes(',') || v.includes(';'))) put('csv', Buffer.from(v));
  }
}
