// Advertiser path: preview what accepting, declining or asking for information would do,
// for a pasted claim or the editor's, under the default contract (spec section 5).
import { readFileSync } from 'node:fs';
import { test, expect } from '@playwright/test';
import { EARLY_CLAIM, HOSTILE, fillClaim, openPage, setAsOf } from './helpers.mjs';
import { consoleErrors } from './helpers.mjs';

const seed = JSON.parse(readFileSync(new URL('../scenarios/preview_resolution-seed.json', import.meta.url), 'utf8'));
/** The seed claim: untracked, 2026-01-01, 120.00 EUR, expected 6.00, filed 2026-01-20, with a PDF. */
const SEED_CLAIM = seed.request.claim;

const out = (page) => page.locator('#resolution-result');
const value = (page, name) => out(page).locator(`[data-field="${name}"]`);
const issue = (page, code) => out(page).locator(`.outcome-issues .issue[data-code="${code}"]`);
const control = (page, name) => page.locator(`#resolution-form [name="${name}"]`);

async function pasteClaim(page, claim) {
  await page.locator('#resolution-form [name=claim_source][value=pasted]').check();
  await control(page, 'claim_json').fill(JSON.stringify(claim, null, 2));
}

test.afterEach(async ({ page }) => {
  expect(consoleErrors.get(page) ?? []).toEqual([]);
});

test.beforeEach(async ({ page }) => {
  await openPage(page);
  await setAsOf(page, '2026-03-05');
});

test('the seed case: accepted on 2026-03-05, it locks and pays at once and takes 6.00 from 100.00', async ({ page }) => {
  await pasteClaim(page, SEED_CLAIM);
  await control(page, 'balance').fill('100.00');
  await expect(value(page, 'headline')).toHaveText('Accept: a new action would be created.');
  await expect(value(page, 'claim-id')).toHaveText('CLM-0002');
  await expect(value(page, 'transaction-date')).toHaveText('2026-01-01');
  await expect(value(page, 'payout')).toHaveText('6.00 EUR');
  await expect(value(page, 'scheduled-lock')).toHaveText('2026-03-01');
  await expect(value(page, 'scheduled-payout')).toHaveText('2026-03-04');
  await expect(value(page, 'lock')).toHaveText('2026-03-05');
  await expect(value(page, 'payout-date')).toHaveText('2026-03-05');
  await expect(value(page, 'status')).toHaveText('Paid');
  await expect(value(page, 'on-approval')).toContainText('funds are due on the approval day');
  await expect(value(page, 'balance-before')).toHaveText('100.00 EUR');
  await expect(value(page, 'due')).toHaveText('6.00 EUR');
  await expect(value(page, 'balance-after')).toHaveText('94.00 EUR');
  await expect(value(page, 'sufficient')).toHaveText('Yes');
  await expect(out(page).locator('.outcome-issues .issue')).toHaveCount(0);
  await expect(out(page).locator('details.claim-issues')).toHaveAttribute('data-errors', '0');
  await page.locator('#resolution').screenshot({ path: 'build/screenshots/resolution-seed.png' });
});

test('a balance of 5.00 does not cover the 6.00 due: funds.insufficient, the outcome still shown', async ({ page }) => {
  await pasteClaim(page, SEED_CLAIM);
  await control(page, 'balance').fill('5.00');
  await expect(issue(page, 'funds.insufficient')).toHaveAttribute('data-severity', 'warning');
  await expect(issue(page, 'funds.insufficient')).toContainText('The balance 5.00 EUR does not cover the 6.00 EUR');
  await expect(value(page, 'due')).toHaveText('6.00 EUR');
  await expect(value(page, 'balance-after')).toHaveText('-1.00 EUR');
  await expect(value(page, 'sufficient')).toHaveText('No');
  await expect(value(page, 'status')).toHaveText('Paid');
  await page.locator('#resolution').screenshot({ path: 'build/screenshots/resolution-insufficient-funds.png' });
});

test('approved before the scheduled lock, nothing is due yet', async ({ page }) => {
  await pasteClaim(page, SEED_CLAIM);
  await setAsOf(page, '2026-02-10');
  await expect(value(page, 'lock')).toHaveText('2026-03-01');
  await expect(value(page, 'payout-date')).toHaveText('2026-03-04');
  await expect(value(page, 'status')).toHaveText('Pending');
  await expect(value(page, 'due')).toHaveText('0.00 EUR');
  await expect(value(page, 'balance-after')).toHaveText('100.00 EUR');
});

test('payout options: specify an amount, or generate it from the contract (a foreign promo code earns nothing)', async ({ page }) => {
  await pasteClaim(page, SEED_CLAIM);
  await control(page, 'payout_option').selectOption('specify');
  await expect(issue(page, 'resolution.required')).toHaveCount(1);
  await expect(value(page, 'no-action')).toBeVisible();
  await control(page, 'payout_amount').fill('4.50');
  await expect(value(page, 'payout')).toHaveText('4.50 EUR');
  await expect(value(page, 'balance-after')).toHaveText('95.50 EUR');
  // 80.00 home at 5 % + 40.00 electronics at 2 % = 4.80 (spec section 5).
  await control(page, 'payout_option').selectOption('generate');
  await expect(value(page, 'payout')).toHaveText('4.80 EUR');
  await control(page, 'member_share').fill('80');
  await expect(value(page, 'member-cashback')).toHaveText('3.84 EUR');
  await control(page, 'details_promo_code').fill('WELCOME10');
  await expect(value(page, 'payout')).toHaveText('0.00 EUR');
  await expect(issue(page, 'promo.no_commission')).toHaveCount(1);
});

test('the editor\'s claim with errors can still be accepted, with resolution.claim_has_errors', async ({ page }) => {
  await setAsOf(page, '2026-01-10');
  await fillClaim(page, EARLY_CLAIM);
  await expect(value(page, 'claim-id')).toHaveText('CLM-0001');
  await expect(issue(page, 'resolution.claim_has_errors')).toHaveAttribute('data-severity', 'warning');
  const claimIssues = out(page).locator('details.claim-issues');
  await expect(claimIssues).toHaveAttribute('data-errors', '2');
  await expect(claimIssues.locator('.issue[data-code="claim.too_early"]')).toBeVisible();
  // The action of 2026-01-01 approved on 2026-01-10 is pending until 2026-03-01.
  await expect(value(page, 'status')).toHaveText('Pending');
  await expect(value(page, 'due')).toHaveText('0.00 EUR');
  await page.locator('#resolution').screenshot({ path: 'build/screenshots/resolution-claim-has-errors.png' });
});

test('decline and request information create nothing; each needs its reason or message', async ({ page }) => {
  await pasteClaim(page, SEED_CLAIM);
  await page.locator('#resolution-form [name=decision][value=decline]').check();
  await control(page, 'decline_reason').selectOption('other_channel_voucher');
  await expect(value(page, 'headline')).toHaveText('Decline: no action is created and nothing is paid.');
  await expect(value(page, 'claim-id')).toHaveCount(0);
  await expect(value(page, 'due')).toHaveText('0.00 EUR');
  await expect(value(page, 'balance-after')).toHaveText('100.00 EUR');
  await expect(out(page).locator('.outcome-issues .issue')).toHaveCount(0);

  await page.locator('#resolution-form [name=decision][value=request_info]').check();
  await expect(issue(page, 'resolution.required')).toContainText('message');
  await control(page, 'message').fill('Please send the invoice.');
  await expect(issue(page, 'resolution.required')).toHaveCount(0);
  await expect(value(page, 'headline')).toContainText('Request information');
});

test('a pasted claim that is not JSON is reported; hostile ids are shown as text', async ({ page }) => {
  await pasteClaim(page, SEED_CLAIM);
  await control(page, 'claim_json').fill('{"id": ');
  await expect(out(page)).toContainText('The pasted claim is not valid JSON');
  await pasteClaim(page, { ...SEED_CLAIM, id: HOSTILE });
  await expect(value(page, 'claim-id')).toHaveText(HOSTILE);
  await expect(page.locator('main img')).toHaveCount(0);
  expect(await page.evaluate(() => window.pwned)).toBeUndefined();
});

test('a contract that is not an object is refused with the core\'s code and path', async ({ page }) => {
  await pasteClaim(page, SEED_CLAIM);
  await control(page, 'contract_json').fill('[]');
  await expect(out(page).locator('.issue code').first()).toHaveText('request.invalid');
  await expect(out(page).locator('.issue code.path')).toHaveText('/contract');
});
