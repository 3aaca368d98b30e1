import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Issue } from '../core/types.ts';
import { assignIssues, describeIssue, visibleIssues } from './issues.ts';
import { catalogues } from '../i18n/index.ts';

const issue = (code: string, path: string, message = ''): Issue => ({ severity: 'error', code, path, message });

test('a blank form shows no "required" errors until a field is left or a save is tried', () => {
  const issues = [issue('claim.required', '/claims/0/id'), issue('claim.required', '/claims/0/order/date'),
    issue('money.invalid', '/claims/0/order/amount'), issue('tracked.required', '/claims/0/tracked/amount')];
  assert.deepEqual(visibleIssues(issues, '/claims/0', new Set(), false).map((i) => i.code), ['money.invalid']);
  assert.deepEqual(visibleIssues(issues, '/claims/0', new Set(['/order/date']), false).map((i) => i.path),
    ['/claims/0/order/date', '/claims/0/order/amount']);
  assert.deepEqual(visibleIssues(issues, '/claims/0', new Set(['/tracked']), false).map((i) => i.path),
    ['/claims/0/order/amount', '/claims/0/tracked/amount']);
  assert.equal(visibleIssues(issues, '/claims/0', new Set(), true).length, 4);
});

test('each issue goes to the field with the longest matching path', () => {
  const issues = [issue('x', '/claims/0/order/date'), issue('y', '/claims/0/attachments/1/sha256'),
    issue('z', '/claims/0/tracked'), issue('w', '/policy/min_wait_days'), issue('v', '/claims/0/order')];
  const { byField, rest } = assignIssues(issues, '/claims/0', ['/order/date', '/order/amount', '/attachments', '/tracked/amount', '/tracked']);
  assert.deepEqual(byField.get('/order/date')?.map((i) => i.code), ['x']);
  assert.deepEqual(byField.get('/attachments')?.map((i) => i.code), ['y']);
  assert.deepEqual(byField.get('/tracked')?.map((i) => i.code), ['z']);
  assert.deepEqual(rest.map((i) => i.code), ['w', 'v']);
});

test('a date written another way says how to write it; a day that does not exist says so (issue 26, item 8)', () => {
  const written = issue('date.invalid', '/claims/0/order/date', 'date "11/30/2026" is not a valid date (YYYY-MM-DD, an existing day, years 1970-2199).');
  assert.equal(describeIssue(written, catalogues.en, 'en-GB').text,
    'Order date: "11/30/2026" is not a date written as this page reads them. Write it as 31/01/2026 or 2026-01-31.');
  assert.equal(describeIssue(written, catalogues.fr, 'fr-FR').text,
    'Date de commande : « 11/30/2026 » n\'est pas une date écrite comme cette page les lit. Écrivez-la 31/01/2026 ou 2026-01-31.');
  assert.match(describeIssue(written, catalogues.en, 'en-US').text, /Write it as 01\/31\/2026 or 2026-01-31\.$/);
  const missing = issue('date.invalid', '/claims/0/order/date', 'date "2026-02-30" is not a valid date (YYYY-MM-DD, an existing day, years 1970-2199).');
  assert.equal(describeIssue(missing, catalogues.en, 'en-GB').text, 'Order date: "2026-02-30" is not a real date. Type a day that exists.');
});

test('issues are told in the user\'s language, with the field and the values', () => {
  const early = issue('claim.too_early', '/claims/0/order/date', 'Claims for this program can be filed from 2026-01-15 (14 days after the order).');
  const en = describeIssue(early, catalogues.en, 'en-GB');
  assert.equal(en.text, 'Too early: this program accepts claims from 15 Jan 2026 (14 days after the order). Wait until then before sending.');
  assert.match(en.details, /^claim\.too_early at \/claims\/0\/order\/date/);
  const fr = describeIssue(early, catalogues.fr, 'fr-FR');
  assert.equal(fr.text, 'Trop tôt : ce programme accepte les réclamations à partir du 15 janv. 2026 (14 jours après la commande). Attendez cette date avant l\'envoi.');
  const required = describeIssue(issue('claim.required', '/claims/0/order/amount', 'amount is required.'), catalogues.fr, 'fr-FR');
  assert.equal(required.text, 'Montant de la commande : champ obligatoire. Remplissez-le.');
  const funds = describeIssue({ ...issue('funds.insufficient', '/account/balance',
    'The balance 4.00 EUR does not cover the 6.00 EUR paid out on approval; it would fall to -2.00 EUR.'), severity: 'warning' },
  catalogues.fr, 'fr-FR');
  // One sentence for both of the core's wordings (issue 25, item 5): what the claim takes, and the balance after.
  assert.equal(funds.text.replace(/[\u00a0\u202f]/g, ' '), 'Cette réclamation prend 6,00 € à la validation ; le solde tombe à -2,00 €. Approvisionnez le compte avant de valider.');
  const running = describeIssue({ ...issue('funds.insufficient', '/claims/1',
    'Accepting this claim takes 2.25 EUR on approval; the balance running through the batch falls to -1.93 EUR.'), severity: 'warning' },
  catalogues.en, 'en-US');
  assert.equal(running.text, 'This claim takes €2.25 on approval; the balance falls to -€1.93. Top up the account before approving.');
  // A refused amount in a file asks for what every file reads, never the form's "120,00" (issue 25, item 8).
  const cell = describeIssue(issue('money.invalid', '/rows/3/payout', 'payout "2,75" is not a valid amount.'), catalogues.fr, 'fr-FR');
  assert.ok(cell.text.includes('120.00') && !cell.text.includes('120,00'), cell.text);
  const unknown = describeIssue(issue('brand.new', '/claims/0/id', 'Something new.'), catalogues.en, 'en-US');
  assert.equal(unknown.text, 'Claim ID: Something new.');
});
