// Advertiser: the conversions file's Payout is the total agreed (issue 25, item 2; spec
// section 7: every payout option names the total; the new action pays total − tracked
// payout). CLM-0003 was tracked at 7.50 and expects 10.00: accepted as expected, the file
// says 10.00 (the action tops up 2.50); a file that says 9.00 makes an action of 1.50 and a
// form that reads 9.00.
import { test, expect } from './helpers.mjs';
import { openClaim, openSample, outcome, parseCsv, plain, writeCsv, exportConversions } from './advertiser-helpers.mjs';

test('a wrong-amount claim: the file writes the total, and reads its Payout as the total @i18n', async ({ page, lang }) => {
  const fr = lang === 'fr';
  await openSample(page);
  await openClaim(page, 'CLM-0003');
  expect(await plain(outcome(page, 'payout'))).toBe(fr ? '2,50 €' : '€2.50');
  await page.locator('[data-action="record"]').click();
  await expect(page.locator('[data-field="just-recorded"]')).toBeVisible();

  await page.locator('.subnav a[href="#/advertiser/conversions"]').click();
  await page.locator('[data-field="delimiter"] select').selectOption(',');
  const rows = parseCsv((await exportConversions(page)).text, ',');
  const col = (name) => rows[0].indexOf(name);
  const clm3 = rows.find((r) => r[0] === 'CLM-0003');
  expect([clm3[col('Expected payout')], clm3[col('Payout')], clm3[col('Tracked amount')]]).toEqual(['10.00', '10.00', '150.00']);

  // The reviewer agrees to 9.00 in all: the action pays 1.50 more.
  clm3[col('Payout')] = '9.00';
  await page.locator('[data-field="decisions-input"]').setInputFiles({ name: 'edited.csv', mimeType: 'text/csv', buffer: Buffer.from(writeCsv(rows, ',')) });
  await page.locator('[data-field="import-result"] button.primary').click();
  await page.locator('[data-field="import-result"] .confirm button.danger').click();
  await expect(page.locator('.notice')).toBeVisible();
  await page.locator('.subnav a[href="#/advertiser"]').click();
  await page.locator('details.filters summary').click();
  await page.locator('[data-field="filter_state"] select').selectOption('all');
  await openClaim(page, 'CLM-0003');
  await expect(page.locator('.decision-form [data-field="payout_amount"] input')).toHaveValue(fr ? '9,00' : '9.00');
  expect(await plain(outcome(page, 'payout'))).toBe(fr ? '1,50 €' : '€1.50');
  expect(await plain(page.locator('[data-field="top-up-note"]'))).toContain(fr ? '1,50 €' : '€1.50');
});
