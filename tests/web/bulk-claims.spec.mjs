// Publisher bulk path: a claims CSV is imported and validated in one pass by the core;
// each claim is listed with its issues at /rows/<line>/<column>.
import { test, expect } from '@playwright/test';
import { HOSTILE, openPage, setAsOf } from './helpers.mjs';
import { consoleErrors } from './helpers.mjs';

const CSV = [
  'claim_id,member_ref,advertiser_id,order_id,order_date,order_amount,currency,expected_payout,reason,promo_code,comment',
  'CLM-1,m-1,adv-7,A-1,2026-01-01,120.00,EUR,6.00,untracked,,Fresh browser',
  'CLM-2,m-2,adv-7,A-2,2026-01-05,50.00,,2.50,untracked,WELCOME10,',
  'bad,row',
  `"${HOSTILE.replaceAll('"', '""')}",m-3,adv-7,A-3,2026-01-02,12.00,eur,,untracked,,"${HOSTILE.replaceAll('"', '""')}"`,
  '',
].join('\r\n');

const rows = (page) => page.locator('#bulk-result tbody tr');
const summary = (page, name) => page.locator(`#bulk-result [data-field="${name}"]`);

async function pick(page) {
  await page.setInputFiles('#bulk-input', { name: 'claims.csv', mimeType: 'text/csv', buffer: Buffer.from(CSV) });
}

test.afterEach(async ({ page }) => {
  expect(consoleErrors.get(page) ?? []).toEqual([]);
});

test.beforeEach(async ({ page }) => {
  await openPage(page);
  await setAsOf(page, '2026-01-20');
  await page.locator('#bulk-form [name=publisher_id]').fill('pub-42');
});

test('a claims file is listed row by row with each claim\'s issues at its line and column', async ({ page }) => {
  await pick(page);
  await expect(summary(page, 'file')).toHaveText('claims.csv');
  await expect(summary(page, 'total')).toHaveText('3');
  await expect(summary(page, 'valid')).toHaveText('0');
  await expect(summary(page, 'with-errors')).toHaveText('3');
  await expect(summary(page, 'with-warnings')).toHaveText('1');
  const shape = page.locator('#bulk-result .file-issues .issue');
  await expect(shape).toHaveAttribute('data-code', 'csv.row_shape');
  await expect(shape.locator('.path')).toHaveText('/rows/4');

  await expect(rows(page)).toHaveCount(3);
  // A CSV carries no proofs: under the default policy each untracked claim needs one.
  const first = rows(page).nth(0);
  await expect(first.locator('.claim-id')).toHaveText('CLM-1');
  await expect(first.locator('.line')).toHaveText('2');
  await expect(first.locator('.until')).toHaveText('2026-04-01');
  await expect(first.locator('.issue')).toHaveCount(1);
  await expect(first.locator('.issue')).toHaveAttribute('data-code', 'proof.required');

  const second = rows(page).nth(1);
  await expect(second.locator('.issue[data-code="promo.not_allowed"] .path')).toHaveText('/rows/3/promo_code');

  const third = rows(page).nth(2);
  await expect(third.locator('.line')).toHaveText('5');
  await expect(third.locator('.claim-id')).toHaveText(HOSTILE);
  await expect(third.locator('.issue[data-code="currency.unknown"] .path')).toHaveText('/rows/5/currency');
  await expect(page.locator('main img')).toHaveCount(0);
  expect(await page.evaluate(() => window.pwned)).toBeUndefined();
  await page.locator('#bulk').screenshot({ path: 'build/screenshots/bulk-claims.png' });
});

test('checking again uses the new as-of day: too-early rows show claim.too_early at order_date', async ({ page }) => {
  await pick(page);
  await expect(rows(page).nth(0).locator('.issue')).toHaveCount(1);
  await setAsOf(page, '2026-01-10');
  await page.getByRole('button', { name: 'Check again' }).click();
  const early = rows(page).nth(0).locator('.issue[data-code="claim.too_early"]');
  await expect(early).toContainText('2026-01-15');
  await expect(early.locator('.path')).toHaveText('/rows/2/order_date');
});

test('a file without the required columns imports nothing and says which are missing', async ({ page }) => {
  await page.setInputFiles('#bulk-input', { name: 'wrong.csv', mimeType: 'text/csv', buffer: Buffer.from('claim_id;member_ref\r\nC1;m-1\r\n') });
  await expect(summary(page, 'total')).toHaveText('0');
  const missing = page.locator('#bulk-result .file-issues .issue[data-code="csv.missing_column"]');
  await expect(missing.first().locator('.path')).toHaveText('/rows/1/advertiser_id');
  await expect(rows(page)).toHaveCount(0);
});
