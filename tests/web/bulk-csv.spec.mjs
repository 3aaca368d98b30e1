// Publisher bulk path: a claims CSV is imported and validated in one pass by the core, in
// its worker; each claim is listed with its issues at its line and column.
import { test, expect, openApp, setAsOf, HOSTILE } from './helpers.mjs';

const CSV = [
  'claim_id,member_ref,advertiser_id,order_id,order_date,order_amount,currency,expected_payout,reason,promo_code,comment',
  'CLM-1,m-1,adv-7,A-1,2026-01-01,120.00,EUR,6.00,untracked,,Fresh browser',
  'CLM-2,m-2,adv-7,A-2,2026-01-05,50.00,,2.50,untracked,WELCOME10,',
  'bad,row',
  `"${HOSTILE.replaceAll('"', '""')}",m-3,adv-7,A-3,2026-01-02,12.00,eur,,untracked,,"${HOSTILE.replaceAll('"', '""')}"`,
  '',
].join('\r\n');

const rows = (page) => page.locator('.import-table tbody tr');
const summary = (page, name) => page.locator(`.import-result [data-field="${name}"]`);
const pick = (page, text = CSV, name = 'claims.csv') =>
  page.setInputFiles('[data-field="csv-input"]', { name, mimeType: 'text/csv', buffer: Buffer.from(text) });

test.beforeEach(async ({ page }) => {
  await openApp(page, '#/publisher/import');
  await setAsOf(page, '2026-01-20');
  await page.locator('[data-field="publisher_id"] input').fill('pub-42');
});

test('a claims file is listed row by row, each issue in plain words with its line and column @i18n', async ({ page, lang, shot, axe }) => {
  await pick(page);
  await expect(summary(page, 'file')).toHaveText('claims.csv');
  await expect(summary(page, 'total')).toHaveText('3');
  await expect(summary(page, 'valid')).toHaveText('0');
  await expect(summary(page, 'with-errors')).toHaveText('3');
  await expect(summary(page, 'with-warnings')).toHaveText('1');
  const shape = page.locator('.file-issues .issue');
  await expect(shape).toHaveAttribute('data-code', 'csv.row_shape');
  await expect(shape.locator('.issue-details')).toContainText('/rows/4');

  await expect(rows(page)).toHaveCount(3);
  const first = rows(page).nth(0);
  await expect(first.locator('.claim-id')).toHaveText('CLM-1');
  await expect(first.locator('.line')).toHaveText('2');
  await expect(first.locator('.until')).toHaveText(lang === 'fr' ? '1 avr. 2026' : 'Apr 1, 2026');
  await expect(first.locator('.issue')).toHaveAttribute('data-code', 'proof.required');
  const amount = (await first.locator('td.num').textContent()).replace(/[\u00a0\u202f]/g, ' ');
  expect(amount).toBe(lang === 'fr' ? '120,00 €' : '€120.00');

  const second = rows(page).nth(1);
  await expect(second.locator('.issue[data-code="promo.not_allowed"] .issue-details')).toContainText('/rows/3/promo_code');
  const third = rows(page).nth(2);
  await expect(third.locator('.line')).toHaveText('5');
  await expect(third.locator('.claim-id')).toHaveText(HOSTILE);
  await expect(third.locator('.issue[data-code="currency.unknown"] .issue-text')).toHaveText(lang === 'fr'
    ? 'Devise : « eur » n\'est pas un code de devise connu. Utilisez un code de trois lettres majuscules, comme EUR.'
    : 'Currency: "eur" is not a currency code we know. Use a three-letter code in capitals, such as EUR.');
  await expect(page.locator('main img')).toHaveCount(0);
  expect(await page.evaluate(() => window.pwned)).toBeUndefined();
  await axe();
  await shot('publisher-import-result');
});

test('checking again uses the new as-of day', async ({ page }) => {
  await pick(page);
  await expect(rows(page).nth(0).locator('.issue')).toHaveCount(1);
  await setAsOf(page, '2026-01-10');
  await page.getByRole('button', { name: 'Check again' }).click();
  const early = rows(page).nth(0).locator('.issue[data-code="claim.too_early"]');
  await expect(early.locator('.issue-text')).toContainText('Jan 15, 2026');
  await expect(early.locator('.issue-details')).toContainText('/rows/2/order_date');
});

test('a file without the required columns imports nothing and names what is missing', async ({ page }) => {
  await pick(page, 'claim_id;member_ref\r\nC1;m-1\r\n', 'wrong.csv');
  await expect(summary(page, 'total')).toHaveText('0');
  const missing = page.locator('.file-issues .issue[data-code="csv.missing_column"]');
  await expect(missing.first().locator('.issue-text')).toHaveText('The file has no column "advertiser_id", which is required: nothing was imported. Add the column and try again.');
  await expect(rows(page)).toHaveCount(0);
});
