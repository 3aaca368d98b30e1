#!/usr/bin/env node
// Spec section 8's spreadsheet round trip, through a real spreadsheet program: the
// conversions file export_decisions_csv writes with `;` is opened and saved again by
// LibreOffice Calc in a French locale (decimal comma, as issue 25 item 8's user had), and
// import_decisions_csv must read the saved file back into the very decisions that went
// out. Calc re-types every cell on the way (120,00 is saved 120, 12,500 is saved 12,5;
// 2026-09-15 stays ISO), so this is the check that our cells are ones a spreadsheet reads
// as numbers and dates and writes back in a form we read. About 6 s of CPU (Calc starting
// with a fresh profile); 5-20 s wall measured on a shared 2-core machine.
// Usage: node tests/spreadsheet/libreoffice_round_trip.mjs [--claimctl PATH]
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { isDeepStrictEqual } from 'node:util';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const args = process.argv.slice(2);
const cliIndex = args.indexOf('--claimctl');
const claimctl = cliIndex >= 0 ? args[cliIndex + 1]
  : process.env.CLAIMCTL || join(root, 'build', 'native-release', 'cli', 'claimctl');
const tmp = mkdtempSync(join(tmpdir(), 'spreadsheet-'));
process.on('exit', () => rmSync(tmp, { recursive: true, force: true }));

function core(operation, request) {
  const r = spawnSync(claimctl, [operation, '-'], { input: JSON.stringify(request), encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`claimctl ${operation} exited ${r.status}: ${r.stderr}`);
  const response = JSON.parse(r.stdout);
  if (!response.ok) throw new Error(`${operation}: ${JSON.stringify(response.error)}`);
  return response.result;
}

const claim = (id, currency, amount, expected, extra = {}) => ({
  id, publisher: { id: 'pub-42' }, advertiser: { id: 'adv-7' }, member_ref: `m-${id}`,
  reason: 'untracked', order: { id: `A-${id}`, date: '2026-09-01', amount, currency },
  ...(expected ? { expected_payout: expected } : {}), ...extra,
});
const claims = [
  claim('CLM-1', 'EUR', '120.00', '6.00', { reason: 'wrong_amount', tracked: { amount: '60.00', payout: '3.00' } }),
  claim('CLM-2', 'JPY', '15000', '750'),
  claim('CLM-3', 'BHD', '12.5', '0.625'),
  claim('CLM-4', 'EUR', '40', null, { comment: '=HYPERLINK("x"); "quoted"' }),
  claim('CLM-5', 'EUR', '1999.99', '100.00'),
];
const decisions = [
  { claim_id: 'CLM-1', decision: 'accept', payout: '2.75', transaction_date: '2026-09-15' },
  { claim_id: 'CLM-2', decision: 'accept', payout: '800' },
  { claim_id: 'CLM-3', decision: 'request_info', payout: '0.6', message: 'Invoice; please' },
  { claim_id: 'CLM-4', decision: 'decline', decline_reason: 'other_channel', message: '-see terms' },
];
const expected = [
  { claim_id: 'CLM-1', decision: 'accept', payout: '2.75', transaction_date: '2026-09-15', decline_reason: null, message: null },
  { claim_id: 'CLM-2', decision: 'accept', payout: '800', transaction_date: null, decline_reason: null, message: null },
  { claim_id: 'CLM-3', decision: 'request_info', payout: '0.600', transaction_date: null, decline_reason: null, message: 'Invoice; please' },
  { claim_id: 'CLM-4', decision: 'decline', payout: null, transaction_date: null, decline_reason: 'other_channel', message: '-see terms' },
];

let passed = 0;
let failed = 0;
const check = (name, ok, detail) => {
  if (ok) passed += 1; else failed += 1;
  console.log(`${ok ? 'ok  ' : 'FAIL'} ${name}${ok ? '' : `\n  ${detail}`}`);
};

const exported = core('export_decisions_csv', { claims, decisions, delimiter: ';' });
const inDir = join(tmp, 'in');
const outDir = join(tmp, 'out');
mkdirSync(inDir);
mkdirSync(outDir);
writeFileSync(join(inDir, 'conversions.csv'), exported.csv);
// 59 = ';', 34 = '"', 76 = UTF-8, from line 1, 1036 = French: the file as a French Calc
// opens it, and saved as that Calc saves it (LC_ALL gives the document its locale).
const filter = '59,34,76,1,,1036';
const started = Date.now();
const lo = spawnSync('soffice', [`-env:UserInstallation=file://${join(tmp, 'profile')}`, '--headless',
  `--infilter=CSV:${filter}`, '--convert-to', `csv:Text - txt - csv (StarCalc):${filter}`,
  '--outdir', outDir, join(inDir, 'conversions.csv')],
{ encoding: 'utf8', env: { ...process.env, LC_ALL: 'fr_FR.UTF-8', LANG: 'fr_FR.UTF-8', HOME: tmp } });
if (lo.status !== 0) {
  check('LibreOffice converts the file', false, `soffice exited ${lo.status}: ${lo.stderr}`);
} else {
  const saved = readFileSync(join(outDir, 'conversions.csv'), 'utf8');
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  // Calc must have taken the money cells as numbers: 120,00 is saved as 120.
  check(`Calc read the money cells as numbers (${seconds} s)`, saved.includes(';120;EUR;6;2,75;'),
    `saved row: ${saved.split(/\r?\n/)[1]}`);
  for (const withClaims of [true, false]) {
    const request = { csv: saved, ...(withClaims ? { claims } : {}) };
    const back = core('import_decisions_csv', request);
    const want = withClaims ? expected
      : expected.map((d) => ({ ...d, payout: d.payout === '0.600' ? '0.6' : d.payout }));
    check(`the file Calc saved imports back to the same decisions (${withClaims ? 'with' : 'without'} claims)`,
      back.issues.length === 0 && isDeepStrictEqual(back.decisions, want),
      `issues ${JSON.stringify(back.issues)}\n  decisions ${JSON.stringify(back.decisions)}`);
  }
}
console.log('spreadsheet round trip (LibreOffice Calc, French)');
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
