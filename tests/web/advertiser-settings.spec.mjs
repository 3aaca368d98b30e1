// Advertiser: the contract, the claim policy, the review date and the balance as forms (no
// JSON to type), read back by the core as the user types (an example payout, the dates of
// an action of the review date, the problems beside their fields); the same settings as one
// JSON file for power users, exported and imported again after a confirmation.
import { readFileSync, writeFileSync } from 'node:fs';
import { test, expect } from './helpers.mjs';
import { setReviewDate, spaced } from './advertiser-helpers.mjs';

const field = (page, name) => page.locator(`[data-view="advertiser"] [data-field="${name}"] :is(input, select, textarea)`);
const plain = (s) => s.replace(/[\u00a0\u202f]/g, ' ');

test('the contract as a form: the core reads it back as it is typed @i18n', async ({ page, lang, shot, axe }) => {
  const fr = lang === 'fr';
  await page.goto('/#/advertiser/settings');
  await expect(page.locator('.core-status')).toHaveAttribute('data-state', 'ready');
  await setReviewDate(page, '2026-01-01');
  await expect(field(page, 'review_date')).toHaveValue(fr ? '01/01/2026' : '01/01/2026');
  // The default contract (spec section 5): 5 % of a sale, M+1 lock, paid 3 days later.
  const sale = page.locator('[data-term="sale"]');
  await expect(sale.locator('[data-field="term-example-sale"]')).toHaveText(fr ? spaced('Une vente de 100,00 € rapporte 5,00 €.') : 'A sale of €100.00 pays €5.00.');
  await expect(page.locator('[data-field="lifecycle-example"]')).toHaveText(fr
    ? 'Une action du 1 janv. 2026 est verrouillée le 1 mars 2026 et payée le 4 mars 2026.'
    : 'An action of Jan 1, 2026 locks on Mar 1, 2026 and is paid on Mar 4, 2026.');
  await axe();
  await shot('advertiser-settings');

  await field(page, 'term_0_value').fill(fr ? '4,5' : '4.5');
  await expect(sale.locator('[data-field="term-example-sale"]')).toHaveText(fr ? spaced('Une vente de 100,00 € rapporte 4,50 €.') : 'A sale of €100.00 pays €4.50.');
  await field(page, 'term_0_max').fill('3');
  await expect(sale.locator('[data-field="term-example-sale"]')).toHaveText(fr ? spaced('Une vente de 100,00 € rapporte 3,00 €.') : 'A sale of €100.00 pays €3.00.');
  // Locked 30 days after the transaction, paid 3 business days later, with a holiday.
  await field(page, 'lock_rule').selectOption('days_after_event');
  await field(page, 'lock_days').fill('30');
  await page.locator('label.business-days input').check();
  await page.getByRole('button', { name: fr ? 'Ajouter un jour férié' : 'Add a holiday' }).click();
  await field(page, 'holiday_0').fill('2026-02-02');
  await field(page, 'holiday_0').blur();
  // 2026-01-31 is a Saturday: Monday 2 is a holiday, so Tuesday 3, Wednesday 4, Thursday 5.
  await expect(page.locator('[data-field="lifecycle-example"]')).toHaveText(fr
    ? 'Une action du 1 janv. 2026 est verrouillée le 31 janv. 2026 et payée le 5 févr. 2026.'
    : 'An action of Jan 1, 2026 locks on Jan 31, 2026 and is paid on Feb 5, 2026.');
  // A flat lead commission cannot also be a percentage: switching kinds keeps one.
  await field(page, 'term_1_kind').selectOption('percent');
  await field(page, 'term_1_value').fill('abc');
  await expect(page.locator('[data-term="lead"] .issue[data-severity="error"]')).toHaveCount(1);
  await field(page, 'term_1_value').fill('1');
  await expect(page.locator('[data-term="lead"] .issue')).toHaveCount(0);
  await shot('advertiser-settings-edited');

  // Kept: a reload shows the form as it was left.
  await page.reload();
  await expect(field(page, 'term_0_max')).toHaveValue(fr ? '3' : '3');
  await expect(field(page, 'lock_rule')).toHaveValue('days_after_event');
});

test('the claim policy as a form; a deadline the core refuses is named beside its field', async ({ page }) => {
  await page.goto('/#/advertiser/settings');
  await expect(page.locator('.core-status')).toHaveAttribute('data-state', 'ready');
  await expect(field(page, 'response_days')).toHaveValue('75');
  await expect(field(page, 'no_response')).toHaveValue('accept');
  await field(page, 'response_days').fill('5000');
  await expect(page.locator('[data-field="response_days"] .issue[data-code="policy.invalid"]')).toBeVisible();
  await field(page, 'response_days').fill('30');
  await expect(page.locator('[data-field="response_days"] .issue')).toHaveCount(0);
  await page.getByLabel('WebP image').uncheck();
  await page.locator('.policy-form').getByRole('group', { name: 'A comment needed for claims' }).getByLabel('Declined').check();
  // The review queue now counts 30 days.
  await page.goto('/#/advertiser/settings');
  await expect(field(page, 'response_days')).toHaveValue('30');
  await expect(page.getByLabel('WebP image')).not.toBeChecked();
});

test('power users: the settings as a JSON file, exported and imported after a confirmation; a wrong file is refused', async ({ page }, testInfo) => {
  await page.goto('/#/advertiser/settings');
  await expect(page.locator('.core-status')).toHaveAttribute('data-state', 'ready');
  await field(page, 'balance').fill('250.00');
  await field(page, 'balance').blur();
  await field(page, 'known_orders').fill('adv-7, A-0999\nadv-7, A-1000');
  await field(page, 'known_orders').blur();
  const download = page.waitForEvent('download');
  await page.locator('[data-action="export-settings"]').click();
  const file = await download;
  const saved = JSON.parse(readFileSync(await file.path(), 'utf8'));
  expect(saved.format).toBe('cashback-claims-advertiser-settings');
  expect(saved.account.balance).toBe('250.00');
  expect(saved.known_orders).toEqual([{ advertiser_id: 'adv-7', order_id: 'A-0999' }, { advertiser_id: 'adv-7', order_id: 'A-1000' }]);

  // Changed since, then the file imported: back as it was.
  await field(page, 'balance').fill('10.00');
  await field(page, 'balance').blur();
  const path = testInfo.outputPath('settings.json');
  writeFileSync(path, JSON.stringify(saved));
  await page.locator('[data-field="settings-input"]').setInputFiles(path);
  await expect(page.locator('.banner[data-kind="confirm"]')).toContainText('Replace your contract, policy, balance, rules and tracked orders with those of settings.json?');
  await page.getByRole('button', { name: 'Replace my settings' }).click();
  await expect(field(page, 'balance')).toHaveValue('250.00');

  await page.locator('[data-field="settings-input"]').setInputFiles({ name: 'other.json', mimeType: 'application/json', buffer: Buffer.from('{"format":"something else"}') });
  await expect(page.locator('[data-field="settings-file-problem"]')).toHaveText('This is not a settings file of this application, or it is incomplete.');
  await field(page, 'known_orders').fill('A-0999');
  await expect(page.locator('[data-field="known-bad"]')).toContainText('Lines 1 need an advertiser ID and an order ID');
  expect(plain(await field(page, 'balance').inputValue())).toBe('250.00');
});
