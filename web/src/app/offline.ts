// The page's side of the service worker (sw.js, written by scripts/build-sw.mjs): register
// it, learn when a new version has been installed and waits, and let it take over when the
// user says so. Until then the page keeps running the version it loaded, with that
// version's cached files, so one page never mixes two versions.
import { useEffect, useState } from 'preact/hooks';

export type UpdateState =
  /** No new version (or no service worker: an old browser, a test run that blocks them). */
  | { kind: 'none' }
  /** A new version is installed and waits; `apply` makes it take over and reloads. */
  | { kind: 'ready'; apply: () => void };

/** How often an open page asks whether a new version is served (also when it is shown again). */
const CHECK_EVERY_MS = 60 * 60 * 1000;

/** Registers the service worker once; resolves to its registration, or null without one. */
let registration: Promise<ServiceWorkerRegistration | null> | null = null;
export function registerServiceWorker(): Promise<ServiceWorkerRegistration | null> {
  registration ??= (async () => {
    if (!('serviceWorker' in navigator) || !isSecureContext) return null;
    try {
      // Playwright's "block" mode replaces register() by one that returns nothing.
      return (await navigator.serviceWorker.register('sw.js', { scope: './' })) ?? null;
    } catch {
      // No service worker (storage off, private mode in some browsers): the page still
      // works online, as it did before.
      return null;
    }
  })();
  return registration;
}

/** The update state for the shell's banner. */
export function useUpdate(): UpdateState {
  const [state, setState] = useState<UpdateState>({ kind: 'none' });
  useEffect(() => {
    let live = true;
    let timer: ReturnType<typeof setInterval> | undefined;
    const offer = (worker: ServiceWorker) => {
      if (!live) return;
      setState({
        kind: 'ready',
        apply: () => {
          // Reload once the new version is *activated*: then the reload is its page.
          // "redundant": a newer version replaced this one; the reload offers that one.
          const settled = () => worker.state === 'activated' || worker.state === 'redundant';
          if (settled()) { location.reload(); return; }
          worker.addEventListener('statechange', () => { if (settled()) location.reload(); });
          // The new version may stay waiting after one request: on CI the button then did
          // nothing (the update test failed), and Chromium is reported to put an activation
          // off when the outgoing worker is woken during the hand-over (a fetch, a message).
          // So ask again every second; after 10 s reload anyway: the page offers it again.
          let asked = 0;
          const ask = () => {
            if (settled()) return;
            if (asked++ === 10) { location.reload(); return; }
            worker.postMessage({ type: 'skip-waiting' });
            setTimeout(ask, 1000);
          };
          ask();
        },
      });
    };
    const check = (reg: ServiceWorkerRegistration) => { void reg.update().catch(() => undefined); };
    const onVisible = (reg: ServiceWorkerRegistration) => () => { if (document.visibilityState === 'visible') check(reg); };
    let visible: (() => void) | undefined;
    void registerServiceWorker().then((reg) => {
      if (!reg || !live) return;
      // A version installed while no page could take it (or during this load) waits already.
      if (reg.waiting && navigator.serviceWorker.controller) offer(reg.waiting);
      reg.addEventListener('updatefound', () => {
        const worker = reg.installing;
        worker?.addEventListener('statechange', () => {
          // "installed" with a controller: a new version next to the one in use (the first
          // install has no controller and simply takes over).
          if (worker.state === 'installed' && navigator.serviceWorker.controller) offer(worker);
        });
      });
      // A start asks at once (a page left open asks every hour and when shown again).
      check(reg);
      timer = setInterval(() => check(reg), CHECK_EVERY_MS);
      visible = onVisible(reg);
      document.addEventListener('visibilitychange', visible);
    });
    return () => {
      live = false;
      if (timer) clearInterval(timer);
      if (visible) document.removeEventListener('visibilitychange', visible);
    };
  }, []);
  return state;
}

/** The view the application was last on (the installed app opens on it). */
const LAST_VIEW_KEY = 'cashback-claims:last-view';
export function lastView(): string | null {
  try {
    return localStorage.getItem(LAST_VIEW_KEY);
  } catch {
    return null;
  }
}
export function rememberView(view: string): void {
  try {
    localStorage.setItem(LAST_VIEW_KEY, view);
  } catch {
    // Storage refused: the app opens on the default view next time.
  }
}
