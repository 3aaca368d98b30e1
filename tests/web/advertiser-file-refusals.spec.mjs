// Advertiser: the conversions file's refusals in plain words (issue 25, page side of item 8).
// The header counts refused rows, not issues (a row refused for its payout and its date is
// one row), and the message for a refused amount in a file asks for a form every file reads
// — never the "1 234,50" a form field accepts.
import { test, expect } from './helpers.mjs';
import { openSample, parseCsv, writeCsv, exportConversions } from './advertiser-helpers.mjs';

test('a row refused twice counts once, and the amount message asks for what a file reads @i18n', async ({ page, lang }) => {
  const fr = lang === 'fr';
  await openSample(page);
  await page.locator('.subnav a[href="#/advertiser/conversions"]').click();
  await page.locator('[data-field="delimiter"] select').selectOption(';');
  const rows = parseCsv((await exportConversions(page)).text, ';');
  const col = (name) => rows[0].indexOf(name);
  const clm2 = rows.find((r) => r[0] === 'CLM-0002');
  clm2[col('Action')] = 'validate';
  clm2[col('Payout')] = '1.234,50';
  clm2[col('Transaction date')] = '2026-13-45';
  rows.find((r) => r[0] === 'CLM-0001')[col('Action')] = 'validate';
  await page.locator('[data-field="decisions-input"]').setInputFiles({ name: 'edited.csv', mimeType: 'text/csv', buffer: Buffer.from(writeCsv(rows, ';')) });
  await expect(page.locator('[data-field="import-count"]')).toHaveText(fr ? 'edited.csv : 1 décision lue, 1 ligne refusée.' : 'edited.csv: 1 decision read, 1 row refused.');
  const money = page.locator('[data-field="rejected"] .issue[data-code="money.invalid"] .issue-text');
  await expect(money).toHaveCount(1);
  const text = await money.textContent();
  expect(text).toContain('120.00');
  expect(text).not.toContain('120,00');
});

test('the import marks which rows change what is recorded (issue 25, item 10) @i18n', async ({ page, lang }) => {
  const fr = lang === 'fr';
  await openSample(page);
  await page.locator('.subnav a[href="#/advertiser/conversions"]').click();
  await page.locator('[data-field="delimiter"] select').selectOption(';');
  const rows = parseCsv((await exportConversions(page)).text, ';');
  const col = (name) => rows[0].indexOf(name);
  rows.find((r) => r[0] === 'CLM-0001')[col('Action')] = 'validate';
  await page.locator('[data-field="decisions-input"]').setInputFiles({ name: 'one.csv', mimeType: 'text/csv', buffer: Buffer.from(writeCsv(rows, ';')) });
  await page.locator('[data-field="import-result"] button.primary').click();
  await page.locator('[data-field="import-result"] .confirm button.danger').click();
  await expect(page.locator('.notice')).toBeVisible();
  // The recorded file's result is gone before the next one is picked (a pick while it was
  // still on the page was lost once on CI).
  await expect(page.locator('[data-field="import-result"]')).toHaveCount(0);
  // Again, with one more: CLM-0001 is as recorded, CLM-0004 is new.
  rows.find((r) => r[0] === 'CLM-0004')[col('Action')] = 'reject';
  rows.find((r) => r[0] === 'CLM-0004')[col('Decline reason')] = 'returned';
  await page.locator('[data-field="decisions-input"]').setInputFiles({ name: 'two.csv', mimeType: 'text/csv', buffer: Buffer.from(writeCsv(rows, ';')) });
  await expect(page.locator('.imported-decisions tr[data-claim="CLM-0001"]')).toHaveAttribute('data-change', 'same');
  await expect(page.locator('.imported-decisions tr[data-claim="CLM-0001"] .badge')).toHaveText(fr ? 'Inchangée' : 'Unchanged');
  await expect(page.locator('.imported-decisions tr[data-claim="CLM-0004"] .badge')).toHaveText(fr ? 'Nouvelle' : 'New');
});
