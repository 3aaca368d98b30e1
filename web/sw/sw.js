// The service worker: the application works with no network after the first visit.
// scripts/build-sw.mjs writes build/site/sw.js as two constants — VERSION (a hash of every
// asset's bytes) and ASSETS ([url, sha256] of every file of the site) — followed by this
// file. Policy (docs/web.md, "Offline and updates"):
//  - install: every asset of this version into the cache `cashback-claims-<VERSION>`,
//    fetched past the HTTP cache and checked against its SHA-256: a file that does not
//    match (a half-finished deploy, a proxy's page) fails the install, and the version
//    in use stays;
//  - fetch: GET requests of this origin are answered from this version's cache (a page
//    load gets index.html); anything else goes to the network as it would without us.
//    Nothing the user makes is a request: it stays in IndexedDB;
//  - a new version waits until the page asks it to take over (the user pressed Reload);
//    then it claims the pages and removes the caches of earlier versions.
/* global VERSION, ASSETS */
const PREFIX = 'cashback-claims-';
const CACHE = PREFIX + VERSION;
const INDEX = new URL('index.html', self.registration.scope).href;
const hex = (buffer) => [...new Uint8Array(buffer)].map((b) => b.toString(16).padStart(2, '0')).join('');

async function precache() {
  const cache = await caches.open(CACHE);
  for (const [url, sha256] of ASSETS) {
    const response = await fetch(new Request(url, { cache: 'reload' }));
    if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
    const digest = hex(await crypto.subtle.digest('SHA-256', await response.clone().arrayBuffer()));
    if (digest !== sha256) throw new Error(`${url}: not the bytes of version ${VERSION}`);
    await cache.put(url, response);
  }
}

self.addEventListener('install', (event) => {
  // A failed install leaves nothing behind: this version's cache goes with it.
  event.waitUntil(precache().catch(async (error) => {
    await caches.delete(CACHE);
    throw error;
  }));
});

self.addEventListener('activate', (event) => {
  event.waitUntil((async () => {
    for (const key of await caches.keys()) if (key.startsWith(PREFIX) && key !== CACHE) await caches.delete(key);
    await self.clients.claim();
  })());
});

self.addEventListener('message', (event) => {
  if (event.data?.type === 'skip-waiting') void self.skipWaiting();
  if (event.data?.type === 'version') event.ports[0]?.postMessage({ version: VERSION });
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET' || new URL(request.url).origin !== self.location.origin) return;
  event.respondWith((async () => {
    const cache = await caches.open(CACHE);
    const hit = request.mode === 'navigate' ? await cache.match(INDEX) : await cache.match(request, { ignoreSearch: true });
    return hit ?? fetch(request);
  })());
});
