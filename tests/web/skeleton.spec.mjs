// The page's first user paths: proof files (type from content, SHA-256) and the
// lifecycle calculator, in a real Chromium. Screenshots go to build/screenshots/.
import { readFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { test, expect } from '@playwright/test';

const fixture = (name) => new URL(`./fixtures/${name}`, import.meta.url).pathname;
const sha256 = (path) => createHash('sha256').update(readFileSync(path)).digest('hex');

test.beforeEach(async ({ page }) => {
  page.on('pageerror', (e) => { throw e; });
  await page.goto('/index.html');
  await expect(page.locator('#core-status')).toHaveAttribute('data-state', 'ready');
});

test('proof files show the type sniffed from content and their SHA-256', async ({ page }) => {
  const pdf = fixture('order-confirmation.pdf');
  const png = fixture('screenshot.png');
  await page.setInputFiles('#proof-input', [pdf, png]);
  const rows = page.locator('#proof-table tbody tr');
  await expect(rows).toHaveCount(2);
  await expect(rows.nth(0).locator('td.type')).toHaveText('application/pdf');
  await expect(rows.nth(0).locator('td.digest')).toHaveText(sha256(pdf));
  await expect(rows.nth(1).locator('td.type')).toHaveText('image/png');
  await expect(rows.nth(1).locator('td.digest')).toHaveText(sha256(png));
  await page.screenshot({ path: 'build/screenshots/proof-files.png', fullPage: true });
});

test('a file is typed by its bytes, not its name, and its name is shown as text', async ({ page }) => {
  const name = '<img src=x onerror="window.pwned=1">.pdf';
  await page.setInputFiles('#proof-input', {
    name, mimeType: 'application/pdf', buffer: readFileSync(fixture('screenshot.png')),
  });
  const row = page.locator('#proof-table tbody tr').first();
  await expect(row.locator('td.type')).toHaveText('image/png');
  await expect(row.locator('td.name')).toHaveText(name);
  await expect(page.locator('#proof-table img')).toHaveCount(0);
  expect(await page.evaluate(() => window.pwned)).toBeUndefined();
});

test('lifecycle calculator: the seed case locks and pays on approval', async ({ page }) => {
  const form = page.locator('#lifecycle-form');
  await form.locator('[name=transaction_date]').fill('2026-01-01');
  await form.locator('[name=approved_on]').fill('2026-03-05');
  await form.locator('[name=as_of]').fill('2026-03-05');
  await form.locator('[name=rule]').selectOption('months_after_event_month');
  await form.locator('[name=months]').fill('1');
  await form.locator('[name=days_after_lock]').fill('3');
  await form.getByRole('button', { name: 'Compute' }).click();
  const out = page.locator('#lifecycle-result');
  await expect(out.locator('[data-field=scheduled-lock]')).toHaveText('2026-03-01');
  await expect(out.locator('[data-field=scheduled-payout]')).toHaveText('2026-03-04');
  await expect(out.locator('[data-field=effective-lock]')).toHaveText('2026-03-05');
  await expect(out.locator('[data-field=effective-payout]')).toHaveText('2026-03-05');
  await expect(out.locator('[data-field=status]')).toHaveText('Status: Paid');
  await expect(out.locator('[data-field=on-approval]')).toContainText('funds are due');
  await page.screenshot({ path: 'build/screenshots/lifecycle-seed.png', fullPage: true });
});

test('lifecycle calculator: a transaction after the approval is reported, then a good one works', async ({ page }) => {
  const form = page.locator('#lifecycle-form');
  await form.locator('[name=transaction_date]').fill('2026-03-06');
  await form.locator('[name=approved_on]').fill('2026-03-05');
  await form.locator('[name=as_of]').fill('2026-03-05');
  await form.getByRole('button', { name: 'Compute' }).click();
  const out = page.locator('#lifecycle-result');
  await expect(out.locator('.issue[data-severity=error] code')).toHaveText('lifecycle.transaction_after_approval');
  await expect(out.locator('[data-field=status]')).toHaveText('Status: —');
  await form.locator('[name=transaction_date]').fill('2026-01-01');
  await form.getByRole('button', { name: 'Compute' }).click();
  await expect(out.locator('[data-field=status]')).toHaveText('Status: Paid');
});

test('lifecycle calculator: a missing date is refused with the core\'s code', async ({ page }) => {
  const form = page.locator('#lifecycle-form');
  await form.locator('[name=as_of]').fill('');
  await form.locator('[name=transaction_date]').fill('2026-01-01');
  await form.getByRole('button', { name: 'Compute' }).click();
  await expect(page.locator('#lifecycle-result .issue code').first()).toHaveText('request.invalid');
  await expect(page.locator('#lifecycle-result .issue code').nth(1)).toHaveText('/as_of');
});
