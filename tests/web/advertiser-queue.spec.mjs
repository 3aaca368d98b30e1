// Advertiser: the review queue. Every claim with the core's verdict and review_queue's
// deadline (respond-by, days left, overdue, the automatic decision and its day), sortable
// and filterable; overdue rows stand out. Several claims accepted together: the preview's
// summary and cash-flow chart, then the decisions recorded and the summary of everything
// accepted so far updated.
import { test, expect } from './helpers.mjs';
import { openSample, plain, row, closeNotice } from './advertiser-helpers.mjs';

const ids = (page) => page.locator('.queue-table tbody tr').evaluateAll((rows) => rows.map((r) => r.dataset.claim));
const filter = (page, name) => page.locator(`[data-field="${name}"] :is(input, select)`);
const bars = (page, summary) => page.locator(`[data-field="${summary}"] .cash-flow .bar`);

test('deadlines from review_queue: earliest first, the overdue claim stands out, automatic decisions dated @i18n', async ({ page, lang, shot, axe }) => {
  const fr = lang === 'fr';
  await openSample(page);
  expect(await ids(page)).toEqual(['CLM-0001', 'CLM-0002', 'CLM-0004', 'CLM-0003', 'CLM-0005']);
  const counts = page.locator('[data-field="queue-summary"]');
  await expect(counts.locator('[data-count="open"] strong')).toHaveText('5');
  await expect(counts.locator('[data-count="overdue"]')).toHaveAttribute('data-alert', 'true');
  await expect(counts.locator('[data-count="overdue"] strong')).toHaveText('1');
  // Filed 2025-12-01 with 75 days to answer: due 2026-02-14, 19 days late, accepted automatically on 2026-02-15.
  const late = row(page, 'CLM-0001');
  await expect(late).toHaveAttribute('data-overdue', 'true');
  await expect(late.locator('[data-field="respond-by"]')).toHaveText(fr ? '14 févr. 202619 jours de retard' : 'Feb 14, 202619 days late');
  // That day is past: it reads as what happened, not as something pending (issue 25, item 9).
  await expect(late.locator('[data-field="auto"] .auto')).toHaveText(fr ? 'Acceptée le 15 févr. 2026, faute de réponse' : 'Accepted on Feb 15, 2026, without an answer');
  await expect(late.locator('[data-field="auto"] .auto')).toHaveAttribute('data-past', 'true');
  await expect(late.locator('[data-field="decision"] .badge')).toHaveText(fr ? 'Acceptée automatiquement' : 'Accepted automatically');
  await expect(row(page, 'CLM-0002').locator('[data-field="auto"] .auto')).toHaveText(fr ? 'Acceptée le 6 avr. 2026' : 'Accepted on Apr 6, 2026');
  await expect(row(page, 'CLM-0002').locator('[data-field="decision"]')).toHaveText(fr ? 'Non traitée' : 'Not decided');
  // The spec's example: filed 2026-01-20, as of 2026-03-05 → 2026-04-05, 31 days left, accepted on 2026-04-06.
  await expect(row(page, 'CLM-0002').locator('[data-field="respond-by"]')).toHaveText(fr ? '5 avr. 2026encore 31 jours' : 'Apr 5, 202631 days left');
  await expect(row(page, 'CLM-0002')).toHaveAttribute('data-overdue', 'false');
  await expect(row(page, 'CLM-0005').locator('.badge[data-check]')).toHaveText(fr ? '1 erreur' : '1 error');
  await axe();
  await shot('advertiser-queue');
});

test('the queue sorts by a column and filters by check, reason, deadline and amount', async ({ page }) => {
  await openSample(page);
  await page.locator('details.filters summary').click();
  await page.locator('button.sort[data-sort="amount"]').click();
  expect(await ids(page)).toEqual(['CLM-0005', 'CLM-0001', 'CLM-0004', 'CLM-0002', 'CLM-0003']);
  await expect(page.locator('th[aria-sort="ascending"]')).toContainText('Order amount');
  await page.locator('button.sort[data-sort="amount"]').click();
  expect(await ids(page)).toEqual(['CLM-0003', 'CLM-0002', 'CLM-0004', 'CLM-0001', 'CLM-0005']);
  await page.locator('button.sort[data-sort="age"]').click();
  expect(await ids(page)).toEqual(['CLM-0001', 'CLM-0002', 'CLM-0004', 'CLM-0003', 'CLM-0005']);

  await filter(page, 'filter_check').selectOption('errors');
  expect(await ids(page)).toEqual(['CLM-0005']);
  await filter(page, 'filter_check').selectOption('all');
  await filter(page, 'filter_reason').selectOption('wrong_amount');
  expect(await ids(page)).toEqual(['CLM-0003']);
  await filter(page, 'filter_reason').selectOption('all');
  await filter(page, 'filter_deadline').selectOption('overdue');
  expect(await ids(page)).toEqual(['CLM-0001']);
  await filter(page, 'filter_deadline').selectOption('all');
  await filter(page, 'filter_min_amount').fill('100');
  expect(await ids(page)).toEqual(['CLM-0002', 'CLM-0003']);
  await expect(page.locator('[data-field="shown"]')).toHaveText('2 of 5 claims shown');
  await expect(page.locator('details.filters summary')).toHaveText('Filter (1 filter on)');
  await filter(page, 'filter_text').fill('a-1003');
  expect(await ids(page)).toEqual(['CLM-0003']);
  await page.getByRole('button', { name: 'Clear the filters' }).click();
  await expect(page.locator('.queue-table tbody tr')).toHaveCount(5);

  // Declined together: nothing is paid; they leave the claims to answer.
  await row(page, 'CLM-0005').locator('input[type="checkbox"]').check();
  await row(page, 'CLM-0003').locator('input[type="checkbox"]').check();
  await page.locator('[data-field="bulk"]').getByLabel('Decline them').check();
  await page.locator('[data-field="bulk_decline_reason"] select').selectOption('terms_not_met');
  await expect(page.locator('[data-field="bulk-summary"] [data-field="declined"]')).toHaveText('2');
  await expect(page.locator('[data-field="bulk-summary"] [data-field="payout-total"]')).toHaveText('€0.00');
  await page.locator('[data-action="record-bulk"]').click();
  await expect(page.locator('.queue-table tbody tr')).toHaveCount(3);
  await expect(page.locator('[data-field="recorded-summary"] [data-field="declined"]')).toHaveText('2');
});

test('a bulk accept shows its summary and chart, and once recorded updates the decisions\' summary and chart @i18n', async ({ page, lang, shot, axe }) => {
  const fr = lang === 'fr';
  await openSample(page);
  const recorded = page.locator('[data-field="recorded-summary"]');
  await expect(recorded.locator('[data-field="accepted"]')).toHaveText('0');
  await expect(recorded.locator('[data-field="chart-empty"]')).toBeVisible();

  for (const id of ['CLM-0001', 'CLM-0002', 'CLM-0003', 'CLM-0004']) await row(page, id).locator('input[type="checkbox"]').check();
  const bulk = page.locator('[data-field="bulk"]');
  await expect(bulk.locator('h2')).toHaveText(fr ? '4 réclamations sélectionnées' : '4 claims selected');
  const preview = page.locator('[data-field="bulk-summary"]');
  // 3.00 + 6.00 + 4.00 pay on approval (their lock dates are past); CLM-0003's 2.50 top-up pays on 2026-04-04.
  await expect(preview.locator('[data-field="accepted"]')).toHaveText('4');
  expect(await plain(preview.locator('[data-field="payout-total"]'))).toBe(fr ? '15,50 €' : '€15.50');
  expect(await plain(preview.locator('[data-field="due-total"]'))).toBe(fr ? '13,00 €' : '€13.00');
  expect(await plain(preview.locator('[data-field="balance-after"]'))).toBe(fr ? '87,00 €' : '€87.00');
  await expect(bars(page, 'bulk-summary')).toHaveCount(2);
  await expect(bars(page, 'bulk-summary').nth(0)).toHaveAttribute('data-date', '2026-03-05');
  await expect(bars(page, 'bulk-summary').nth(0)).toHaveAttribute('data-amount', '13.00');
  await expect(bars(page, 'bulk-summary').nth(0)).toHaveAttribute('data-on-approval', 'true');
  await expect(bars(page, 'bulk-summary').nth(1)).toHaveAttribute('data-date', '2026-04-04');
  await expect(bars(page, 'bulk-summary').nth(1)).toHaveAttribute('data-amount', '2.50');
  // The chart's axes are labelled and its amounts are in the locale's money format.
  await expect(preview.locator('.axis-title').first()).toHaveText(fr ? 'Date de paiement' : 'Payout date');
  expect(await plain(bars(page, 'bulk-summary').nth(0).locator('.bar-value'))).toBe(fr ? '13,00 €' : '€13.00');
  await axe();
  await shot('advertiser-bulk');

  await bulk.locator('[data-action="record-bulk"]').click();
  await expect(page.locator('.notice')).toContainText(fr ? '4 décisions enregistrées.' : '4 decisions recorded.');
  await expect(page.locator('.queue-table tbody tr')).toHaveCount(1);
  await expect(recorded.locator('[data-field="accepted"]')).toHaveText('4');
  expect(await plain(recorded.locator('[data-field="payout-total"]'))).toBe(fr ? '15,50 €' : '€15.50');
  expect(await plain(recorded.locator('[data-field="due-total"]'))).toBe(fr ? '13,00 €' : '€13.00');
  expect(await plain(recorded.locator('[data-field="balance-after"]'))).toBe(fr ? '87,00 €' : '€87.00');
  await expect(bars(page, 'recorded-summary')).toHaveCount(2);
  await expect(bars(page, 'recorded-summary').nth(1)).toHaveAttribute('data-amount', '2.50');
  await expect(page.locator('[data-field="queue-summary"] [data-count="resolved"] strong')).toHaveText('4');
  // Undo puts the four back; recorded again, they stay.
  await page.locator('.notice button', { hasText: fr ? 'Annuler' : 'Undo' }).click();
  await expect(page.locator('.queue-table tbody tr')).toHaveCount(5);
  await expect(recorded.locator('[data-field="accepted"]')).toHaveText('0');
  await page.locator('.queue-table thead input[type="checkbox"]').check();
  await row(page, 'CLM-0005').locator('input[type="checkbox"]').uncheck();
  await page.locator('[data-action="record-bulk"]').click();
  await expect(recorded.locator('[data-field="accepted"]')).toHaveText('4');
  await closeNotice(page);
  await shot('advertiser-queue-decided');

  // The one left has no expected payout: accepting it "as expected" is left for a person.
  await row(page, 'CLM-0005').locator('input[type="checkbox"]').check();
  await expect(page.locator('[data-field="bulk-summary"] [data-field="manual"]')).toHaveText('1');
  await expect(page.locator('[data-action="record-bulk"]')).toBeDisabled();
});
