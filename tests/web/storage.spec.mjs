// Storage failures are shown, not swallowed; the first page's draft is not lost.
import { test, expect, openApp, newClaim, fillClaim, claimInput } from './helpers.mjs';

test('a full storage is shown in a banner and the editor says "Not saved" @i18n', async ({ page, lang, shot }) => {
  // Every IndexedDB write fails once the test says so, as a full disk would.
  await page.addInitScript(() => {
    const put = IDBObjectStore.prototype.put;
    IDBObjectStore.prototype.put = function (...args) {
      if (window.storageFull) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      return put.apply(this, args);
    };
  });
  await openApp(page);
  await newClaim(page);
  await page.evaluate(() => { window.storageFull = true; });
  await fillClaim(page, { '/id': 'CLM-FULL' });
  const banner = page.locator('.banner[data-kind="quota"]');
  await expect(banner).toContainText(lang === 'fr' ? 'plus de place' : 'no room left');
  await expect(page.locator('.save-state')).toHaveAttribute('data-state', 'failed');
  await shot('storage-full');
});

test('the first page\'s claim draft (localStorage) becomes a claim of the workspace', async ({ page }) => {
  await openApp(page);
  await page.evaluate(() => {
    localStorage.setItem('cashback-claims:claim-draft:v1', JSON.stringify({
      fields: { '/id': 'CLM-LEGACY', '/order/amount': '12.50', '/reason': 'untracked' }, policy: {}, attachments: [],
    }));
  });
  await page.reload();
  await expect(page.locator('.claims-table .claim-link')).toHaveText('CLM-LEGACY');
  expect(await page.evaluate(() => localStorage.getItem('cashback-claims:claim-draft:v1'))).toBeNull();
  await page.locator('.claims-table .claim-link').click();
  await expect(claimInput(page, '/order/amount')).toHaveValue('12.50');
  await page.reload();
  await page.goto('/#/publisher');
  await expect(page.locator('.claims-table tbody tr')).toHaveCount(1);
});
