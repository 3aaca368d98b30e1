// Advertiser: declines (issue 25, item 7). A decline has no default reason — nothing is
// recorded until one is chosen — and a single decline carries a message for the publisher;
// a conversions file that turns a decline into an accept drops the stale reason and message,
// so they do not go out in the publisher's answers file.
import { test, expect } from './helpers.mjs';
import { openClaim, openSample, parseCsv, row, writeCsv, exportConversions } from './advertiser-helpers.mjs';

const storedDecision = (page, id) => page.evaluate(async (key) => {
  const db = await new Promise((resolve, reject) => { const r = indexedDB.open('cashback-claims'); r.onsuccess = () => resolve(r.result); r.onerror = () => reject(r.error); });
  const record = await new Promise((resolve) => { const r = db.transaction('decisions').objectStore('decisions').get(key); r.onsuccess = () => resolve(r.result); });
  db.close();
  return record?.decision ?? null;
}, id);

test('a single decline needs a chosen reason and carries a message to the publisher @i18n', async ({ page, lang }) => {
  const fr = lang === 'fr';
  await openSample(page);
  await openClaim(page, 'CLM-0003');
  await page.locator('.decision-form input[name="decision"][value="decline"]').check();
  const reason = page.locator('.decision-form [data-field="decline_reason"] select');
  await expect(reason).toHaveValue('');
  await expect(reason.locator('option').first()).toHaveText(fr ? 'Choisissez un motif' : 'Choose a reason');
  await expect(page.locator('[data-action="record"]')).toBeDisabled();
  await reason.selectOption('not_found');
  await page.locator('.decision-form [data-field="message"] textarea').fill('No order A-1003 in our shop.');
  await expect(page.locator('[data-action="record"]')).toBeEnabled();
  await page.locator('[data-action="record"]').click();
  await expect(page.locator('[data-field="just-recorded"]')).toBeVisible();
  expect(await storedDecision(page, 'CLM-0003')).toEqual({ claim_id: 'CLM-0003', decision: 'decline', decline_reason: 'not_found', message: 'No order A-1003 in our shop.' });
});

test('a bulk decline shows nothing and records nothing until a reason is chosen @i18n', async ({ page }) => {
  await openSample(page);
  for (const id of ['CLM-0001', 'CLM-0004']) await row(page, id).locator('input[type="checkbox"]').check();
  const bulk = page.locator('[data-field="bulk"]');
  await bulk.locator('input[name="bulk_decision"][value="decline"]').check();
  await expect(bulk.locator('[data-field="bulk_decline_reason"] select')).toHaveValue('');
  await expect(bulk.locator('[data-field="bulk-summary"]')).toHaveCount(0);
  await expect(bulk.locator('[data-action="record-bulk"]')).toBeDisabled();
  await bulk.locator('[data-field="bulk_decline_reason"] select').selectOption('returned');
  await expect(bulk.locator('[data-field="bulk-summary"] [data-field="declined"]')).toHaveText('2');
  await expect(bulk.locator('[data-action="record-bulk"]')).toBeEnabled();
});

test('a file that turns a decline into an accept drops the decline reason and the message @i18n', async ({ page }) => {
  await openSample(page);
  await openClaim(page, 'CLM-0004');
  await page.locator('.decision-form input[name="decision"][value="decline"]').check();
  await page.locator('.decision-form [data-field="decline_reason"] select').selectOption('returned');
  await page.locator('.decision-form [data-field="message"] textarea').fill('Returned on 2026-01-20.');
  await page.locator('[data-action="record"]').click();
  await expect(page.locator('[data-field="just-recorded"]')).toBeVisible();

  await page.locator('.subnav a[href="#/advertiser/conversions"]').click();
  await page.locator('[data-field="delimiter"] select').selectOption(';');
  const rows = parseCsv((await exportConversions(page)).text, ';');
  const col = (name) => rows[0].indexOf(name);
  const clm4 = rows.find((r) => r[0] === 'CLM-0004');
  expect([clm4[col('Action')], clm4[col('Decline reason')], clm4[col('Message')]]).toEqual(['reject', 'returned', 'Returned on 2026-01-20.']);
  clm4[col('Action')] = 'validate';
  await page.locator('[data-field="decisions-input"]').setInputFiles({ name: 'edited.csv', mimeType: 'text/csv', buffer: Buffer.from(writeCsv(rows, ';')) });
  await page.locator('[data-field="import-result"] button.primary').click();
  await page.locator('[data-field="import-result"] .confirm button.danger').click();
  await expect.poll(() => storedDecision(page, 'CLM-0004')).toEqual({ claim_id: 'CLM-0004', decision: 'accept', payout: '4.00', transaction_date: '2026-01-15' });
  const again = parseCsv((await exportConversions(page)).text, ';');
  const back = again.find((r) => r[0] === 'CLM-0004');
  expect([back[col('Action')], back[col('Decline reason')], back[col('Message')]]).toEqual(['validate', '', '']);
});
