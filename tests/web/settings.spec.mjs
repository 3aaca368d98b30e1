// Settings: the program rules judge the claims; the whole workspace goes to one file and
// comes back, proofs included, after a confirmation.
import { readFileSync } from 'node:fs';
import {
  test, expect, openApp, newClaim, fillClaim, saved, setAsOf, fieldIssues, fixtureBytes, sha256, EARLY_CLAIM,
} from './helpers.mjs';

test('the minimum wait of the program rules judges the claims', async ({ page }) => {
  await openApp(page, '#/settings');
  await page.locator('[data-field="min_wait_days"] input').fill('7');
  // A hash change, not a reload: the page that wrote the setting stays.
  await page.getByRole('link', { name: 'Publisher' }).click();
  await setAsOf(page, '2026-01-10');
  await newClaim(page);
  await fillClaim(page, EARLY_CLAIM);
  await expect(page.locator('[data-field="claimable-from"]')).toHaveText('Jan 8, 2026');
  await expect(fieldIssues(page, '/order/date')).toHaveCount(0);
});

test('a fresh workspace has no promo code list (any code is fine); a list in the program rules warns on the others @i18n', async ({ page, lang }) => {
  // Issue 26, item 9: the fresh workspace allowed only PARTNER10 and warned on every other code.
  await openApp(page, '#/settings');
  const codes = page.locator('[data-field="allowed_promo_codes"] input');
  await expect(codes).toHaveValue('');
  await codes.fill('PARTNER10');
  await page.getByRole('link', { name: lang === 'fr' ? 'Éditeur' : 'Publisher' }).click();
  await setAsOf(page, '2026-01-20');
  await newClaim(page);
  await fillClaim(page, { ...EARLY_CLAIM, '/order/promo_code': 'WELCOME10' });
  await expect(fieldIssues(page, '/order/promo_code')).toHaveAttribute('data-code', 'promo.not_allowed');
});

test('the workspace exports to one file and imports back after a confirmation @i18n', async ({ page, lang }) => {
  await openApp(page);
  await newClaim(page);
  await fillClaim(page, { '/id': 'CLM-MOVE', '/comment': 'kept across browsers' });
  const pdf = fixtureBytes('order-confirmation.pdf');
  await page.setInputFiles('[data-field="attach-input"]', { name: 'c.pdf', mimeType: 'application/pdf', buffer: pdf });
  await expect(page.locator('.attachment .digest')).toHaveText(sha256(pdf));
  await saved(page);

  await page.goto('/#/settings');
  const fr = lang === 'fr';
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: fr ? 'Exporter l\'espace de travail' : 'Export the workspace' }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/^cashback-claims-workspace-\d{4}-\d{2}-\d{2}\.zip$/);
  const file = await download.path();

  // A fresh browser profile: nothing there, then the file.
  const fresh = await page.context().browser().newContext({ locale: fr ? 'fr-FR' : 'en-US' });
  const other = await fresh.newPage();
  await openApp(other, '#/settings');
  await other.setInputFiles('[data-field="import-input"]', { name: 'workspace.zip', mimeType: 'application/zip', buffer: readFileSync(file) });
  const banner = other.locator('.banner[data-kind="confirm"]');
  await expect(banner).toContainText(fr ? 'Ce fichier contient 1 réclamation' : 'This file holds 1 claim');
  await other.screenshot({ path: `build/screenshots/settings-import-confirm-${lang}.png`, fullPage: true });
  await banner.getByRole('button', { name: fr ? 'Remplacer mon espace de travail' : 'Replace my workspace' }).click();
  await other.goto('/#/publisher');
  await expect(other.locator('.claims-table .claim-link')).toHaveText('CLM-MOVE');
  await other.locator('.claims-table .claim-link').click();
  await expect(other.locator('.claim-form [data-field="/comment"] textarea')).toHaveValue('kept across browsers');
  const stored = await other.evaluate(async (key) => {
    const db = await new Promise((resolve) => { const r = indexedDB.open('cashback-claims'); r.onsuccess = () => resolve(r.result); });
    const rec = await new Promise((resolve) => { const r = db.transaction('proofs').objectStore('proofs').get(key); r.onsuccess = () => resolve(r.result); });
    return rec ? (await rec.blob.arrayBuffer()).byteLength : null;
  }, sha256(pdf));
  expect(stored).toBe(pdf.length);
  await fresh.close();
});

test('a file that is not a workspace is refused and changes nothing', async ({ page }) => {
  await openApp(page, '#/settings');
  await page.setInputFiles('[data-field="import-input"]', { name: 'notes.zip', mimeType: 'application/zip', buffer: Buffer.from('hello') });
  await expect(page.locator('[role="alert"].issue')).toHaveText('This file is not a workspace export (not a ZIP file).');
  await expect(page.locator('.banner[data-kind="confirm"]')).toHaveCount(0);
});
