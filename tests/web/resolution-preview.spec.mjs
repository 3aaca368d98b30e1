// Advertiser path: preview what accepting, declining or asking for information would do,
// for a pasted claim or a stored one, under the default contract (spec section 5).
import { readFileSync } from 'node:fs';
import { test, expect, openApp, setAsOf, newClaim, fillClaim, saved, EARLY_CLAIM, HOSTILE } from './helpers.mjs';

const seed = JSON.parse(readFileSync(new URL('../scenarios/preview_resolution-seed.json', import.meta.url), 'utf8'));
/** The seed claim: untracked, 2026-01-01, 120.00 EUR, expected 6.00, filed 2026-01-20, with a PDF. */
const SEED_CLAIM = seed.request.claim;

const value = (page, name) => page.locator(`.outcome [data-field="${name}"]`);
const issue = (page, code) => page.locator(`.outcome .outcome-issues .issue[data-code="${code}"]`);
const control = (page, name) => page.locator(`.preview-form [data-field="${name}"] :is(input, select, textarea)`);
const plain = async (locator) => (await locator.textContent()).replace(/[\u00a0\u202f]/g, ' ');

async function pasteClaim(page, claim) {
  await control(page, 'claim_source').selectOption('__paste__');
  await control(page, 'claim_json').fill(JSON.stringify(claim, null, 2));
}

test.beforeEach(async ({ page }) => {
  await openApp(page, '#/advertiser');
  await setAsOf(page, '2026-03-05');
});

test('the seed case: accepted on 5 March 2026, it locks and pays at once and takes 6.00 from 100.00 @i18n', async ({ page, lang, shot }) => {
  await expect(page.locator('.outcome [data-field="nothing"]')).toBeVisible();
  await pasteClaim(page, SEED_CLAIM);
  await control(page, 'balance').fill(lang === 'fr' ? '100,00' : '100.00');
  const fr = lang === 'fr';
  await expect(value(page, 'headline')).toHaveText(fr ? 'Accepter : une nouvelle action serait créée.' : 'Accept: a new action would be created.');
  await expect(value(page, 'claim-id')).toHaveText('CLM-0002');
  await expect(value(page, 'transaction-date')).toHaveText(fr ? '1 janv. 2026' : 'Jan 1, 2026');
  expect(await plain(value(page, 'payout'))).toBe(fr ? '6,00 €' : '€6.00');
  await expect(value(page, 'scheduled-lock')).toHaveText(fr ? '1 mars 2026' : 'Mar 1, 2026');
  await expect(value(page, 'scheduled-payout')).toHaveText(fr ? '4 mars 2026' : 'Mar 4, 2026');
  await expect(value(page, 'lock')).toHaveText(fr ? '5 mars 2026' : 'Mar 5, 2026');
  await expect(value(page, 'payout-date')).toHaveText(fr ? '5 mars 2026' : 'Mar 5, 2026');
  await expect(value(page, 'status')).toHaveText(fr ? 'Payée' : 'Paid');
  expect(await plain(value(page, 'balance-before'))).toBe(fr ? '100,00 €' : '€100.00');
  expect(await plain(value(page, 'due'))).toBe(fr ? '6,00 €' : '€6.00');
  expect(await plain(value(page, 'balance-after'))).toBe(fr ? '94,00 €' : '€94.00');
  await expect(value(page, 'sufficient')).toHaveText(fr ? 'Oui' : 'Yes');
  await expect(page.locator('.outcome .outcome-issues .issue')).toHaveCount(0);
  await shot('advertiser-seed');
});

test('a balance of 5.00 does not cover the 6.00 due: the warning names both amounts', async ({ page }) => {
  await pasteClaim(page, SEED_CLAIM);
  await control(page, 'balance').fill('5.00');
  await expect(issue(page, 'funds.insufficient')).toHaveAttribute('data-severity', 'warning');
  await expect(issue(page, 'funds.insufficient').locator('.issue-text')).toHaveText(
    'The account balance €5.00 does not cover the €6.00 due on approval. Top up the account before approving.');
  await expect(value(page, 'balance-after')).toHaveText('-€1.00');
  await expect(value(page, 'sufficient')).toHaveText('No');
});

test('payout options: specify an amount, or generate it from the contract', async ({ page }) => {
  await pasteClaim(page, SEED_CLAIM);
  await control(page, 'payout_option').selectOption('specify');
  await expect(issue(page, 'resolution.required')).toHaveCount(1);
  await expect(value(page, 'no-action')).toBeVisible();
  await control(page, 'payout_amount').fill('4.50');
  await expect(value(page, 'payout')).toHaveText('€4.50');
  // 80.00 home at 5 % + 40.00 electronics at 2 % = 4.80 (spec section 5).
  await control(page, 'payout_option').selectOption('generate');
  await expect(value(page, 'payout')).toHaveText('€4.80');
  await control(page, 'member_share').fill('80');
  await expect(value(page, 'member-cashback')).toHaveText('€3.84');
  await control(page, 'details_promo_code').fill('WELCOME10');
  await expect(value(page, 'payout')).toHaveText('€0.00');
  await expect(issue(page, 'promo.no_commission')).toHaveCount(1);
});

test('a stored claim with errors can still be accepted, with the claim\'s own issues open', async ({ page }) => {
  await page.goto('/#/publisher');
  await newClaim(page);
  await fillClaim(page, EARLY_CLAIM);
  await saved(page);
  await page.goto('/#/advertiser');
  await setAsOf(page, '2026-01-10');
  await expect(value(page, 'claim-id')).toHaveText('CLM-0001');
  await expect(issue(page, 'resolution.claim_has_errors')).toHaveAttribute('data-severity', 'warning');
  const claimIssues = page.locator('.outcome details.claim-issues');
  await expect(claimIssues).toHaveAttribute('data-errors', '2');
  await expect(claimIssues.locator('.issue[data-code="claim.too_early"]')).toBeVisible();
  await expect(value(page, 'status')).toHaveText('Pending');
});

test('decline and request information create nothing; each needs its reason or message', async ({ page }) => {
  await pasteClaim(page, SEED_CLAIM);
  await page.getByLabel('Decline').check();
  await control(page, 'decline_reason').selectOption('other_channel_voucher');
  await expect(value(page, 'headline')).toHaveText('Decline: no action is created and nothing is paid.');
  await expect(value(page, 'claim-id')).toHaveCount(0);
  await expect(value(page, 'due')).toHaveText('€0.00');
  await page.getByLabel('Ask for more information').check();
  await expect(issue(page, 'resolution.required').locator('.issue-text')).toHaveText('Message is required for this decision. Fill it in.');
  await control(page, 'message').fill('Please send the invoice.');
  await expect(issue(page, 'resolution.required')).toHaveCount(0);
});

test('a pasted claim that is not JSON is reported; hostile ids are shown as text', async ({ page }) => {
  await pasteClaim(page, SEED_CLAIM);
  await control(page, 'claim_json').fill('{"id": ');
  await expect(page.locator('.outcome [data-field="json-problem"]')).toContainText('Claim (JSON): this is not valid JSON.');
  await pasteClaim(page, { ...SEED_CLAIM, id: HOSTILE });
  await expect(value(page, 'claim-id')).toHaveText(HOSTILE);
  await expect(page.locator('main img')).toHaveCount(0);
  expect(await page.evaluate(() => window.pwned)).toBeUndefined();
});

test('a contract that is not an object is refused with the core\'s code and path in the details', async ({ page }) => {
  await pasteClaim(page, SEED_CLAIM);
  await page.locator('details.contract summary').click();
  await control(page, 'contract_json').fill('[]');
  const refused = page.locator('.outcome .issue[data-code="request.invalid"]');
  await expect(refused.locator('.issue-text')).toHaveText('Contract: this value cannot be used. Check it and correct it.');
  await expect(refused.locator('.issue-details')).toContainText('request.invalid at /contract');
});
