// Shared steps for the browser tests: open the page with the engine ready, fill the claim
// editor by JSON Pointer, and read fixtures.
import { readFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { expect } from '@playwright/test';

export const fixture = (name) => new URL(`./fixtures/${name}`, import.meta.url).pathname;
export const sha256 = (path) => createHash('sha256').update(readFileSync(path)).digest('hex');
export const HOSTILE = '<img src=x onerror="window.pwned=1">';

/** Console errors of the page (a CSP violation, a failed module load), per page. */
export const consoleErrors = new WeakMap();

export async function openPage(page) {
  page.on('pageerror', (e) => { throw e; });
  const errors = [];
  consoleErrors.set(page, errors);
  page.on('console', (message) => { if (message.type() === 'error') errors.push(message.text()); });
  await page.goto('/index.html');
  await expect(page.locator('#core-status')).toHaveAttribute('data-state', 'ready');
}

export async function setAsOf(page, date) {
  await page.locator('#as-of').fill(date);
}

/** Fills claim editor inputs: keys are pointers inside the claim ("/order/date"). */
export async function fillClaim(page, values) {
  for (const [path, value] of Object.entries(values)) {
    const input = page.locator(`#claim-form [name="/claims/0${path}"]`);
    if (await input.evaluate((n) => n.tagName === 'SELECT')) await input.selectOption(value);
    else await input.fill(value);
  }
}

/** Fills the policy's simple fields: keys are pointers inside the policy. */
export async function fillPolicy(page, values) {
  for (const [path, value] of Object.entries(values)) {
    await page.locator(`#claim-form [name="/policy${path}"]`).fill(value);
  }
}

/** The issue lines shown next to the input for a claim member. */
export const fieldIssues = (page, path) =>
  page.locator(`#claim-form [data-issue-path="/claims/0${path}"] > .field-issues > .issue`);

export const summaryField = (page, name) => page.locator(`#claim-summary [data-field="${name}"]`);

/** An untracked claim of 2026-01-01 for 120.00 EUR, expecting 6.00, filed 2026-01-10. */
export const EARLY_CLAIM = {
  '/id': 'CLM-0001', '/publisher/id': 'pub-42', '/advertiser/id': 'adv-7', '/member_ref': 'm-123',
  '/reason': 'untracked', '/filed_on': '2026-01-10', '/order/id': 'A-1001',
  '/order/date': '2026-01-01', '/order/amount': '120.00', '/order/currency': 'EUR',
  '/expected_payout': '6.00',
};
