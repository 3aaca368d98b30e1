// Publisher path: the claim editor validates live through the core, puts each issue next
// to its input, attaches proofs typed from their bytes, and keeps the draft over a reload.
import { readFileSync } from 'node:fs';
import { test, expect } from '@playwright/test';
import {
  EARLY_CLAIM, HOSTILE, fieldIssues, fillClaim, fillPolicy, fixture, openPage, setAsOf, sha256, summaryField,
} from './helpers.mjs';
import { consoleErrors } from './helpers.mjs';

test.afterEach(async ({ page }) => {
  expect(consoleErrors.get(page) ?? []).toEqual([]);
});

test.beforeEach(async ({ page }) => {
  await openPage(page);
  await setAsOf(page, '2026-01-10');
});

test('a claim filed before the minimum wait shows claim.too_early at the order date; fixing it clears it', async ({ page }) => {
  await fillPolicy(page, { '/min_wait_days': '14', '/max_age_days': '90' });
  await fillClaim(page, EARLY_CLAIM);
  const early = fieldIssues(page, '/order/date');
  await expect(early).toHaveCount(1);
  await expect(early).toHaveAttribute('data-code', 'claim.too_early');
  await expect(early).toContainText('Claims for this program can be filed from 2026-01-15 (14 days after the order).');
  await expect(page.locator('#claim-form [name="/claims/0/order/date"]')).toHaveAttribute('aria-invalid', 'true');
  await expect(summaryField(page, 'verdict')).toHaveText('Not valid yet');
  await expect(summaryField(page, 'claimable-from')).toHaveText('2026-01-15');
  await expect(summaryField(page, 'claimable-until')).toHaveText('2026-04-01');
  // No proof yet either: proof.required sits with the attachments.
  await expect(fieldIssues(page, '/attachments')).toHaveAttribute('data-code', 'proof.required');
  await expect(summaryField(page, 'errors')).toHaveText('2');
  await page.screenshot({ path: 'build/screenshots/claim-editor-too-early.png', fullPage: true });

  await fillClaim(page, { '/filed_on': '2026-01-15' });
  await expect(early).toHaveCount(0);
  await expect(page.locator('#claim-form [name="/claims/0/order/date"]')).not.toHaveAttribute('aria-invalid', 'true');
  await page.setInputFiles('#attachment-input', fixture('order-confirmation.pdf'));
  await expect(fieldIssues(page, '/attachments')).toHaveCount(0);
  await expect(summaryField(page, 'verdict')).toHaveText('Valid');
  await expect(summaryField(page, 'errors')).toHaveText('0');
  await expect(summaryField(page, 'warnings')).toHaveText('0');
  await page.screenshot({ path: 'build/screenshots/claim-editor-valid.png', fullPage: true });
});

test('the minimum wait comes from the policy fields', async ({ page }) => {
  await fillClaim(page, EARLY_CLAIM);
  await fillPolicy(page, { '/min_wait_days': '7' });
  await expect(summaryField(page, 'claimable-from')).toHaveText('2026-01-08');
  await expect(fieldIssues(page, '/order/date')).toHaveCount(0);
  await fillPolicy(page, { '/min_wait_days': '-1' });
  const policyIssue = page.locator('#claim-form [data-issue-path="/policy/min_wait_days"] .issue');
  await expect(policyIssue).toHaveAttribute('data-code', 'policy.invalid');
  await expect(summaryField(page, 'claimable-from')).toHaveText('—');
});

test('a promo code outside the allowed list is a promo.not_allowed warning at the promo field', async ({ page }) => {
  await fillPolicy(page, { '/promo_codes/allowed': 'PARTNER10' });
  await fillClaim(page, { ...EARLY_CLAIM, '/filed_on': '2026-01-15', '/order/promo_code': 'WELCOME10' });
  const promo = fieldIssues(page, '/order/promo_code');
  await expect(promo).toHaveAttribute('data-code', 'promo.not_allowed');
  await expect(promo).toHaveAttribute('data-severity', 'warning');
  await expect(promo).toContainText('Promo code "WELCOME10" is not one the program allows (PARTNER10)');
  await expect(summaryField(page, 'warnings')).toHaveText('1');
  await page.screenshot({ path: 'build/screenshots/claim-editor-promo-warning.png', fullPage: true });
  // Promo codes ignore case.
  await fillClaim(page, { '/order/promo_code': 'partner10' });
  await expect(promo).toHaveCount(0);
  await expect(summaryField(page, 'warnings')).toHaveText('0');
});

test('a wrong-amount claim asks for the tracked amount and payout at their fields', async ({ page }) => {
  await fillClaim(page, { ...EARLY_CLAIM, '/reason': 'wrong_amount' });
  await expect(page.locator('#claim-form [data-group="tracked"]')).toBeVisible();
  await expect(fieldIssues(page, '/tracked/amount')).toHaveAttribute('data-code', 'tracked.required');
  await expect(fieldIssues(page, '/tracked/payout')).toHaveAttribute('data-code', 'tracked.required');
  // No minimum wait for wrong_amount claims.
  await expect(summaryField(page, 'claimable-from')).toHaveText('—');
  await fillClaim(page, { '/tracked/amount': '120.00', '/tracked/payout': '6.00' });
  await expect(fieldIssues(page, '/tracked')).toHaveAttribute('data-code', 'tracked.not_lower');
  await fillClaim(page, { '/tracked/amount': '60.00', '/tracked/payout': '3.00', '/tracked/date': '2026-01-03' });
  await expect(fieldIssues(page, '/tracked')).toHaveCount(0);
  await expect(summaryField(page, 'claimable-until')).toHaveText('2026-04-03');
});

test('an attached PDF gets its type from its bytes and its SHA-256; it can be removed', async ({ page }) => {
  const pdf = fixture('order-confirmation.pdf');
  await page.setInputFiles('#attachment-input', pdf);
  const rows = page.locator('#attachment-list li');
  await expect(rows).toHaveCount(1);
  await expect(rows.locator('.name')).toHaveText('order-confirmation.pdf');
  await expect(rows.locator('.type')).toHaveText('application/pdf');
  await expect(rows.locator('.digest')).toHaveText(sha256(pdf));
  await expect(rows.locator('select')).toHaveValue('order_confirmation');
  await rows.locator('select').selectOption('invoice');
  await expect(page.locator('#claim-json')).toContainText(`"sha256": "${sha256(pdf)}"`);
  await expect(page.locator('#claim-json')).toContainText('"kind": "invoice"');
  await rows.getByRole('button', { name: /Remove/ }).click();
  await expect(rows).toHaveCount(0);
  await expect(page.locator('#claim-json')).not.toContainText('attachments');
});

test('a PNG named .pdf is typed image/png, from its bytes', async ({ page }) => {
  await page.setInputFiles('#attachment-input', {
    name: 'invoice.pdf', mimeType: 'application/pdf', buffer: readFileSync(fixture('screenshot.png')),
  });
  await expect(page.locator('#attachment-list li .type')).toHaveText('image/png');
});

test('a draft survives a reload: fields, policy and attachment details', async ({ page }) => {
  const pdf = fixture('order-confirmation.pdf');
  await fillPolicy(page, { '/min_wait_days': '10' });
  await fillClaim(page, { ...EARLY_CLAIM, '/comment': 'Member used our link in a fresh browser.' });
  await page.setInputFiles('#attachment-input', pdf);
  // The attachment's row is drawn in the same task that saves the draft.
  await expect(page.locator('#attachment-list li .digest')).toHaveText(sha256(pdf));
  await expect(page.locator('#draft-status')).toHaveAttribute('data-state', 'saved');
  await page.reload();
  await expect(page.locator('#core-status')).toHaveAttribute('data-state', 'ready');
  await expect(page.locator('#draft-status')).toHaveAttribute('data-state', 'restored');
  await expect(page.locator('#claim-form [name="/claims/0/order/date"]')).toHaveValue('2026-01-01');
  await expect(page.locator('#claim-form [name="/claims/0/id"]')).toHaveValue('CLM-0001');
  await expect(page.locator('#claim-form [name="/claims/0/comment"]')).toHaveValue('Member used our link in a fresh browser.');
  await expect(page.locator('#claim-form [name="/policy/min_wait_days"]')).toHaveValue('10');
  await expect(page.locator('#attachment-list li .digest')).toHaveText(sha256(pdf));
  // After a reload the as-of day is today again; set it back and the verdict is the same.
  await setAsOf(page, '2026-01-10');
  await expect(summaryField(page, 'claimable-from')).toHaveText('2026-01-11');
  await expect(fieldIssues(page, '/order/date')).toHaveAttribute('data-code', 'claim.too_early');
  // A new claim discards the draft, for good.
  await page.getByRole('button', { name: 'New claim (discard draft)' }).click();
  await expect(page.locator('#claim-form [name="/claims/0/id"]')).toHaveValue('');
  await page.reload();
  await expect(page.locator('#core-status')).toHaveAttribute('data-state', 'ready');
  await expect(page.locator('#draft-status')).not.toHaveAttribute('data-state', 'restored');
  await expect(page.locator('#claim-form [name="/claims/0/id"]')).toHaveValue('');
  await expect(page.locator('#attachment-list li')).toHaveCount(0);
});

test('changing only the as-of day saves no draft', async ({ page }) => {
  await setAsOf(page, '2026-02-01');
  await expect(summaryField(page, 'errors')).not.toHaveText('0');
  await page.reload();
  await expect(page.locator('#core-status')).toHaveAttribute('data-state', 'ready');
  expect(await page.evaluate(() => localStorage.length)).toBe(0);
  await expect(page.locator('#draft-status')).not.toHaveAttribute('data-state', 'restored');
});

test('hostile text in the comment, promo code and a file name is shown as text', async ({ page }) => {
  await fillClaim(page, { ...EARLY_CLAIM, '/comment': HOSTILE, '/order/promo_code': HOSTILE.slice(0, 30) });
  await page.setInputFiles('#attachment-input', {
    name: `${HOSTILE}.pdf`, mimeType: 'application/pdf', buffer: readFileSync(fixture('order-confirmation.pdf')),
  });
  await expect(page.locator('#attachment-list li .name')).toHaveText(`${HOSTILE}.pdf`);
  await expect(fieldIssues(page, '/order/promo_code')).toContainText(HOSTILE.slice(0, 30));
  await expect(page.locator('#claim-json')).toContainText('window.pwned=1');
  await page.reload();
  await expect(page.locator('#core-status')).toHaveAttribute('data-state', 'ready');
  await expect(page.locator('#attachment-list li .name')).toHaveText(`${HOSTILE}.pdf`);
  await expect(page.locator('#claim-form [name="/claims/0/comment"]')).toHaveValue(HOSTILE);
  await expect(page.locator('main img')).toHaveCount(0);
  expect(await page.evaluate(() => window.pwned)).toBeUndefined();
  await page.screenshot({ path: 'build/screenshots/claim-editor-hostile-text.png', fullPage: true });
});

test('an empty claim names each required member at its field', async ({ page }) => {
  for (const path of ['/id', '/publisher/id', '/advertiser/id', '/member_ref', '/order/id', '/order/date', '/order/amount']) {
    await expect(fieldIssues(page, path)).toHaveAttribute('data-code', 'claim.required');
  }
  await expect(fieldIssues(page, '/order/currency')).toHaveCount(0); // EUR is filled in
  await expect(summaryField(page, 'claimable-from')).toHaveText('—');
  await page.screenshot({ path: 'build/screenshots/claim-editor-empty.png', fullPage: true });
});

test('a field\'s issues describe its input for assistive technology', async ({ page }) => {
  const input = page.locator('#claim-form [name="/claims/0/order/date"]');
  const id = await input.getAttribute('aria-describedby');
  await expect(page.locator(`#${id} .issue`)).toHaveAttribute('data-code', 'claim.required');
  await expect(input).toHaveAccessibleDescription('claim.required date is required.');
});

test('returned, not-online and zero-amount orders get their issues at their fields', async ({ page }) => {
  await fillClaim(page, { ...EARLY_CLAIM, '/filed_on': '2026-01-15', '/order/amount': '0' });
  await expect(fieldIssues(page, '/order/amount')).toHaveAttribute('data-code', 'money.invalid');
  // A lead may have an order amount of 0 (spec section 4).
  await fillClaim(page, { '/event_type': 'lead', '/expected_payout': '2.50' });
  await expect(fieldIssues(page, '/order/amount')).toHaveCount(0);
  await fillClaim(page, { '/order/returned': 'true', '/order/completed_online': 'false' });
  await expect(fieldIssues(page, '/order/returned')).toHaveAttribute('data-code', 'order.returned');
  await expect(fieldIssues(page, '/order/returned')).toContainText('Order "A-1001" was returned or cancelled');
  await expect(fieldIssues(page, '/order/completed_online')).toHaveAttribute('data-code', 'order.not_online');
  await expect(fieldIssues(page, '/order/completed_online')).toHaveAttribute('data-severity', 'warning');
});
