// The core runs in a module worker: the page itself never loads the WebAssembly module,
// and a failed load shows a retry that works once the module can be fetched again.
import { test, expect, openApp, newClaim, fillClaim, fieldIssues, setAsOf } from './helpers.mjs';

const resources = () => performance.getEntriesByType('resource').map((e) => e.name);

test('the core answers from its worker; the page never loads the module', async ({ page }) => {
  await openApp(page);
  await setAsOf(page, '2026-01-10');
  await newClaim(page);
  await fillClaim(page, { '/order/date': '2026-01-01', '/filed_on': '2026-01-10', '/reason': 'untracked' });
  // An answer of the core: claim.too_early at the order date.
  await expect(fieldIssues(page, '/order/date')).toHaveAttribute('data-code', 'claim.too_early');

  const pageResources = await page.evaluate(resources);
  expect(pageResources.some((url) => url.endsWith('/app.js'))).toBe(true);
  expect(pageResources.filter((url) => /claims\.(mjs|wasm)$/.test(url))).toEqual([]);
  expect(await page.evaluate(() => typeof globalThis.createClaimsModule)).toBe('undefined');

  const workers = page.workers();
  expect(workers.map((w) => new URL(w.url()).pathname)).toEqual(['/core-worker.js']);
  const workerResources = await workers[0].evaluate(resources);
  expect(workerResources.filter((url) => /claims\.(mjs|wasm)$/.test(url)).map((u) => new URL(u).pathname).sort())
    .toEqual(['/wasm/claims.mjs', '/wasm/claims.wasm']);
});

test('a failed module load shows a retry; once the module is back, retrying works @i18n', async ({ page, guard, lang, shot }) => {
  guard.allow(/console error: Failed to load resource/);
  guard.allow(/console error: .*claims\.wasm/);
  guard.allow(/console error: .*(wasm|WebAssembly|abort)/i);
  await page.route('**/wasm/claims.wasm', (route) => route.fulfill({ status: 503, body: 'unavailable' }));
  await page.goto('/#/publisher');
  const status = page.locator('.core-status');
  await expect(status).toHaveAttribute('data-state', 'failed');
  await expect(status).toHaveAttribute('role', 'alert');
  const retry = status.getByRole('button', { name: lang === 'fr' ? 'Réessayer' : 'Try again' });
  await expect(retry).toBeVisible();
  await shot('core-load-failed');

  await page.unroute('**/wasm/claims.wasm');
  await retry.click();
  await expect(status).toHaveAttribute('data-state', 'ready');
  await newClaim(page);
  await fillClaim(page, { '/order/amount': '12x' });
  await expect(fieldIssues(page, '/order/amount')).toHaveAttribute('data-code', 'money.invalid');
});
