// Advertiser: the conversions file. Exported with export_decisions_csv (";" by default in
// French, "," in English, either selectable), edited in a spreadsheet (the Action column),
// taken back with import_decisions_csv — the rows the core refuses are listed — and recorded;
// exported again, the decisions are the same. The answers go back to the publisher as a file.
import { readFileSync } from 'node:fs';
import { test, expect } from './helpers.mjs';
import { openSample, parseCsv, row, writeCsv, closeNotice, exportConversions } from './advertiser-helpers.mjs';

test('the conversions file: ";" in French, "," in English, a BOM, one row per claim @i18n', async ({ page, lang, shot, axe }) => {
  const fr = lang === 'fr';
  await openSample(page);
  await page.locator('.subnav a[href="#/advertiser/conversions"]').click();
  const delimiter = page.locator('[data-field="delimiter"] select');
  await expect(delimiter).toHaveValue(fr ? ';' : ',');
  await axe();
  await shot('advertiser-conversions');
  const { name, text } = await exportConversions(page);
  expect(name).toBe('conversions-2026-03-05.csv');
  expect(text.startsWith('\uFEFFConversion ID' + (fr ? ';' : ',') + 'Order ID')).toBe(true);
  const rows = parseCsv(text, fr ? ';' : ',');
  expect(rows.map((r) => r[0])).toEqual(['Conversion ID', 'CLM-0001', 'CLM-0002', 'CLM-0003', 'CLM-0004', 'CLM-0005']);
  // The other separator on request.
  await delimiter.selectOption(fr ? ',' : ';');
  expect((await exportConversions(page)).text.startsWith('\uFEFFConversion ID' + (fr ? ',' : ';'))).toBe(true);
});

test('export, edit the Action column in a spreadsheet, import: refused rows listed, the rest round-trips @i18n', async ({ page, lang, shot, axe }) => {
  const fr = lang === 'fr';
  await openSample(page);
  for (const id of ['CLM-0001', 'CLM-0002']) await row(page, id).locator('input[type="checkbox"]').check();
  await page.locator('[data-action="record-bulk"]').click();
  await expect(page.locator('.queue-table tbody tr')).toHaveCount(3);

  await page.locator('.subnav a[href="#/advertiser/conversions"]').click();
  await page.locator('[data-field="delimiter"] select').selectOption(';');
  const exported = parseCsv((await exportConversions(page)).text, ';');
  const [header, ...body] = exported;
  const col = (name) => header.indexOf(name);
  const byId = (id) => body.find((r) => r[0] === id);
  expect(byId('CLM-0002')[col('Action')]).toBe('validate');
  // A `;` file is a comma-decimal spreadsheet's: money with a decimal comma (spec section 8).
  expect(byId('CLM-0002')[col('Payout')]).toBe('6,00');
  expect(byId('CLM-0003')[col('Action')]).toBe('');

  // In the spreadsheet: decline one, accept one, and a typo.
  byId('CLM-0003')[col('Action')] = 'reject';
  byId('CLM-0003')[col('Decline reason')] = 'other_channel';
  byId('CLM-0004')[col('Action')] = 'Validate';
  byId('CLM-0005')[col('Action')] = 'maybe';
  await page.locator('[data-field="decisions-input"]').setInputFiles({ name: 'conversions-edited.csv', mimeType: 'text/csv', buffer: Buffer.from(writeCsv(exported, ';')) });
  const result = page.locator('[data-field="import-result"]');
  await expect(result).toContainText(fr ? 'conversions-edited.csv : 4 décisions lues, 1 ligne refusée.' : 'conversions-edited.csv: 4 decisions read, 1 row refused.');
  const refused = page.locator('[data-field="rejected"] .issue');
  await expect(refused).toHaveCount(1);
  await expect(refused).toHaveAttribute('data-code', 'csv.invalid_action');
  await expect(refused.locator('.issue-details')).toContainText('/rows/6/');
  await expect(page.locator('.imported-decisions tr[data-claim="CLM-0003"]')).toHaveAttribute('data-decision', 'decline');
  await axe();
  await closeNotice(page);
  await shot('advertiser-conversions-import');
  await page.getByRole('button', { name: fr ? 'Enregistrer 4 décisions' : 'Record 4 decisions' }).click();
  await page.getByRole('button', { name: fr ? 'Les enregistrer' : 'Record them' }).click();
  await expect(page.locator('.notice')).toContainText(fr ? '4 décisions enregistrées depuis le fichier.' : '4 decisions recorded from the file.');

  // Exported again: every decision as it was imported.
  const again = parseCsv((await exportConversions(page)).text, ';');
  const cols = ['Conversion ID', 'Action', 'Payout', 'Transaction date', 'Decline reason', 'Message'].map(col);
  const pick = (rows) => rows.slice(1).map((r) => cols.map((i) => r[i]));
  expect(pick(again)).toEqual([
    // A `;` file writes money with a decimal comma (spec section 8).
    ['CLM-0001', 'validate', '3,00', '2025-11-10', '', ''],
    ['CLM-0002', 'validate', '6,00', '2026-01-01', '', ''],
    ['CLM-0003', 'reject', '', '', 'other_channel', ''],
    ['CLM-0004', 'validate', '4,00', '2026-01-15', '', ''],
    ['CLM-0005', '', '', '', '', ''],
  ]);
  await page.locator('.subnav a[href="#/advertiser"]').click();
  await expect(page.locator('.queue-table tbody tr')).toHaveCount(1);

  // The answers for the publisher: its decided claims only.
  await page.locator('.subnav a[href="#/advertiser/conversions"]').click();
  const answers = page.locator('.answer-files li[data-publisher="pub-42"]');
  await expect(answers).toContainText(fr ? 'Example Cashback : 4 traitées' : 'Example Cashback: 4 decided');
  const download = page.waitForEvent('download');
  await answers.getByRole('button').click();
  const file = await download;
  expect(file.suggestedFilename()).toBe('answers-pub-42-2026-03-05.csv');
  const sent = parseCsv(readFileSync(await file.path(), 'utf8'), fr ? ';' : ','); // the page's default again
  expect(sent.slice(1).map((r) => [r[0], r[sent[0].indexOf('Action')]])).toEqual([
    ['CLM-0001', 'validate'], ['CLM-0002', 'validate'], ['CLM-0003', 'reject'], ['CLM-0004', 'validate'],
  ]);
});
