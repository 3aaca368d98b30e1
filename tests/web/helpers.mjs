// Shared by the browser tests. `test` adds, to every test:
//  - a guard that fails the test on any console error or page error, and on any request
//    that leaves the page's own origin (a route handler aborts it and records it);
//  - `lang` ('en' or 'fr', from the project) and `shot(name)`, which writes
//    build/screenshots/<name>-<lang>.png;
//  - `axe()`, which runs axe-core on the page (loaded with addInitScript from the file's
//    contents: the page's CSP blocks injected inline scripts) and expects no violation.
import { readFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { createRequire } from 'node:module';
import { test as base, expect } from '@playwright/test';

const require = createRequire(import.meta.url);
const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

export const fixture = (name) => new URL(`./fixtures/${name}`, import.meta.url).pathname;
export const fixtureBytes = (name) => readFileSync(fixture(name));
export const sha256 = (bytes) => createHash('sha256').update(bytes).digest('hex');
export const HOSTILE = '<img src=x onerror="window.pwned=1">';

/** The browser's own PDF viewer (a built-in extension) loads its parts: not a request of the page. */
const BROWSER_OWN = /^(chrome-extension:\/\/mhjfbmdgcfjbbpaeojofohoefgiehjai\/|chrome:\/\/resources\/)/;

export const test = base.extend({
  lang: async ({}, use, testInfo) => { await use(testInfo.project.name === 'fr' ? 'fr' : 'en'); },

  guard: [async ({ page, context, baseURL }, use) => {
    const origin = new URL(baseURL).origin;
    const problems = [];
    await context.route('**/*', (route) => {
      const url = route.request().url();
      if (url.startsWith(origin) || url.startsWith('data:') || url.startsWith('blob:') || BROWSER_OWN.test(url)) return route.continue();
      problems.push(`request outside the page's origin: ${url}`);
      return route.abort();
    });
    const watch = (p) => {
      p.on('console', (m) => { if (m.type() === 'error') problems.push(`console error: ${m.text()}`); });
      p.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
    };
    watch(page);
    context.on('page', watch);
    await page.addInitScript({ content: AXE_SOURCE });
    const allowed = [];
    await use({ allow: (re) => allowed.push(re) });
    expect(problems.filter((p) => !allowed.some((re) => re.test(p)))).toEqual([]);
  }, { auto: true }],

  shot: async ({ page, lang }, use) => {
    await use(async (name, options = {}) => {
      await page.screenshot({ path: `build/screenshots/${name}-${lang}.png`, fullPage: true, ...options });
    });
  },

  axe: async ({ page }, use) => {
    await use(async () => {
      const result = await page.evaluate(async () => {
        // eslint-disable-next-line no-undef
        const r = await axe.run(document, { resultTypes: ['violations'] });
        return r.violations.map((v) => `${v.id}: ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
      });
      expect(result).toEqual([]);
    });
  },
});
export { expect };

/** Opens the application at a hash route and waits for the engine and the view's heading. */
export async function openApp(page, hash = '#/publisher') {
  await page.goto(`/${hash}`);
  await expect(page.locator('.core-status')).toHaveAttribute('data-state', 'ready');
  await expect(page.locator('h1.view-title')).toBeVisible();
}

/** Types the as-of day (ISO is read in every locale). */
export async function setAsOf(page, iso) {
  const input = page.locator('[data-field="as-of"] input');
  await input.fill(iso);
  await input.blur();
}

/** The claim editor's input for a member of the claim ("/order/date"). */
export const claimInput = (page, path) => page.locator(`.claim-form [data-field="${path}"] :is(input, select, textarea)`);
/** The issue lines shown under that field. */
export const fieldIssues = (page, path) => page.locator(`.claim-form [data-field="${path}"] .issue`);

/** Fills claim fields by pointer: selects take their option value, the rest are typed. */
export async function fillClaim(page, values) {
  for (const [path, value] of Object.entries(values)) {
    const input = claimInput(page, path);
    if (await input.evaluate((n) => n.tagName === 'SELECT')) await input.selectOption(value);
    else await input.fill(value);
  }
}

/**
 * Records every dialog the page opens (an alert from injected script would be one) and
 * returns a check: no dialog, no image with the hostile source, no inline handler attribute.
 */
export function watchInert(page) {
  const dialogs = [];
  page.on('dialog', (d) => { dialogs.push(d.message()); void d.dismiss(); });
  return async () => {
    expect(dialogs).toEqual([]);
    await expect(page.locator('img[src="x"], [onerror]')).toHaveCount(0);
  };
}

/** A stored proof's bytes read back from IndexedDB: its size, SHA-256 and media type (null when absent). */
export async function storedProof(page, digest) {
  return page.evaluate(async (key) => {
    const db = await new Promise((resolve, reject) => {
      const r = indexedDB.open('cashback-claims');
      r.onsuccess = () => resolve(r.result);
      r.onerror = () => reject(r.error);
    });
    const record = await new Promise((resolve) => {
      const r = db.transaction('proofs').objectStore('proofs').get(key);
      r.onsuccess = () => resolve(r.result);
    });
    db.close();
    if (!record) return null;
    const bytes = new Uint8Array(await record.blob.arrayBuffer());
    const hash = new Uint8Array(await crypto.subtle.digest('SHA-256', bytes));
    return { size: bytes.length, sha256: Array.from(hash, (b) => b.toString(16).padStart(2, '0')).join(''), media_type: record.media_type };
  }, digest);
}

/** Every claim record in IndexedDB, oldest first. */
export async function storedClaims(page) {
  return page.evaluate(async () => {
    const db = await new Promise((resolve, reject) => {
      const r = indexedDB.open('cashback-claims');
      r.onsuccess = () => resolve(r.result);
      r.onerror = () => reject(r.error);
    });
    const all = await new Promise((resolve) => {
      const r = db.transaction('claims').objectStore('claims').getAll();
      r.onsuccess = () => resolve(r.result);
    });
    db.close();
    return all.sort((a, b) => (a.created_at < b.created_at ? -1 : a.created_at > b.created_at ? 1 : 0));
  });
}

/** The state badge of the claim with this id in the claims list. */
export function listState(page, id) {
  const exact = new RegExp(`^${id.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`);
  return page.locator('.claims-table tr', { has: page.locator('.claim-link', { hasText: exact }) }).locator('td.state .badge');
}

/** Starts a new claim from the claims list; resolves once the editor shows it. */
export async function newClaim(page) {
  await page.locator('[data-view="publisher"] button', { hasText: /New claim|Nouvelle réclamation/ }).click();
  await expect(page).toHaveURL(/#\/publisher\/claims\/[\w-]+$/);
  await expect(claimInput(page, '/id')).toBeVisible();
}

/** Waits until the editor's last change is in IndexedDB. */
export async function saved(page) {
  await expect(page.locator('.save-state')).toHaveAttribute('data-state', 'saved');
}

/** An untracked claim of 2026-01-01 for 120.00 EUR, expecting 6.00, filed 2026-01-10 (ISO typed). */
export const EARLY_CLAIM = {
  '/id': 'CLM-0001', '/publisher/id': 'pub-42', '/advertiser/id': 'adv-7', '/member_ref': 'm-123',
  '/reason': 'untracked', '/filed_on': '2026-01-10', '/order/id': 'A-1001',
  '/order/date': '2026-01-01', '/order/amount': '120.00', '/order/currency': 'EUR',
  '/expected_payout': '6.00',
};
