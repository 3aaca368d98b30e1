// The claims list over many claims: pages of 50, search, filters (state, advertiser, late),
// sorting by a column, and a selection (a page, then every match) carried to the Send page.
import { test, expect, openApp, setAsOf } from './helpers.mjs';

const HEADER = 'claim_id,member_ref,advertiser_id,order_id,order_date,order_amount,currency,expected_payout,reason,tracked_action_id';

test('sixty imported claims: pages, search, filters, sort and a selection for sending', async ({ page, axe, shot }) => {
  await openApp(page, '#/publisher/import');
  await setAsOf(page, '2026-01-20');
  const lines = [HEADER];
  // Every third claim was declined (no proof needed: ready); the others need proof. adv-9 for the tens.
  for (let i = 1; i <= 60; i++) {
    lines.push(`CLM-${i},m-${i},${i % 10 ? 'adv-7' : 'adv-9'},A-${i},2026-01-01,${i}.00,EUR,0.50,${i % 3 ? 'untracked' : 'declined'},ACT-${i}`);
  }
  await page.locator('[data-field="publisher_id"] input').fill('pub-42');
  await page.setInputFiles('[data-field="csv-input"]', { name: 'sixty.csv', mimeType: 'text/csv', buffer: Buffer.from(`${lines.join('\r\n')}\r\n`) });
  await page.locator('[data-action="import-commit"]').click();
  await expect(page.locator('.import-done')).toContainText('Added: 60.');
  await page.goto('/#/publisher');

  const links = page.locator('.claims-table .claim-link');
  const caption = page.locator('.claims-table caption');
  await expect(caption).toHaveText('60 claims');
  await expect(links).toHaveCount(50);
  await expect(page.locator('.pager .pager-range')).toHaveText('1–50 of 60');
  await page.locator('.pager button').nth(1).click();
  await expect(links).toHaveCount(10);

  // Sorted by amount, largest first.
  await page.locator('th button[data-sort="amount"]').click();
  await page.locator('th button[data-sort="amount"]').click();
  await expect(page.locator('th[aria-sort="descending"] button[data-sort="amount"]')).toBeVisible();
  await expect(page.locator('.pager .pager-range')).toHaveText('1–50 of 60');
  await expect(links.first()).toHaveText('CLM-60');

  // Filters: state, advertiser, search words.
  await page.locator('[data-field="state"] select').selectOption('ready');
  await expect(caption).toHaveText('20 claims');
  await expect(page.locator('[data-field="state"] option[value="needs_proof"]')).toHaveText('Needs proof (40)');
  await page.locator('[data-field="advertiser"] select').selectOption('adv-9');
  await expect(caption).toHaveText('2 claims');
  await expect(links).toHaveText(['CLM-60', 'CLM-30']);
  await page.locator('[data-field="state"] select').selectOption('');
  await page.locator('[data-field="advertiser"] select').selectOption({ index: 0 });
  await page.locator('[data-field="search"] input').fill('clm-5');
  await expect(caption).toHaveText('11 claims');
  await axe();
  await shot('publisher-claims-filtered');

  // Late: on a later as-of day every window (90 days from the order) has closed.
  await page.locator('[data-field="search"] input').fill('');
  await expect(caption).toHaveText('60 claims');
  await setAsOf(page, '2026-05-01');
  await page.locator('.late-filter input').check();
  await expect(caption).toHaveText('60 claims');
  await expect(page.locator('.claims-table tr').nth(1).locator('.late-flag')).toBeVisible();
  await setAsOf(page, '2026-01-20');
  await expect(page.locator('.empty')).toBeVisible();
  await page.locator('.late-filter input').uncheck();

  // A page selected, then every match; the Send page takes them.
  await page.locator('.claims-table thead input[type="checkbox"]').check();
  await expect(page.locator('[data-field="selected-count"]')).toHaveText('Selected: 50');
  await page.locator('.selection-bar button.secondary').click();
  await expect(page.locator('[data-field="selected-count"]')).toHaveText('Selected: 60');
  await page.locator('.selection-bar a.button-link').click();
  await expect(page.locator('input[name="which"][value="selected"]')).toBeChecked();
  await expect(page.locator('label', { has: page.locator('input[value="selected"]') })).toContainText('The 60 claims selected in the list');
  await expect(page.locator('label', { has: page.locator('input[value="ready"]') })).toContainText('The 20 claims ready to send');
});
