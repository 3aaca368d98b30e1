// Browser tests in Debian's Chromium (never a downloaded browser), against the static site
// served by Python's http.server on loopback, as scripts/run serves it; one server for the
// whole run. Every test runs in English (en-US); tests tagged @i18n run in French (fr-FR)
// too, as a French user's browser would show them.
import { defineConfig } from '@playwright/test';

const port = Number(process.env.CLAIMS_TEST_PORT || 8391);

const chromium = {
  browserName: 'chromium',
  launchOptions: {
    executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  },
};

export default defineConfig({
  testDir: 'tests/web',
  outputDir: 'build/playwright/results',
  reporter: [['list']],
  fullyParallel: false,
  // Two workers, one per core: each spec file still runs in order in one worker. The whole
  // run took 6.0 min so on the 2-core machine, against ~9 min with one.
  workers: 2,
  retries: 0,
  timeout: 30_000,
  expect: { timeout: 7_000 },
  // Service workers are blocked (register() does nothing) in every test but those that
  // test offline use (offline.spec.mjs opts in): no test is ever served a cached bundle.
  use: { baseURL: `http://127.0.0.1:${port}/`, serviceWorkers: 'block', ...chromium },
  projects: [
    { name: 'en', use: { locale: 'en-US', timezoneId: 'Europe/London' } },
    { name: 'fr', use: { locale: 'fr-FR', timezoneId: 'Europe/Paris' }, grep: /@i18n/ },
  ],
  webServer: {
    command: `python3 -m http.server ${port} --bind 127.0.0.1 --directory build/site`,
    url: `http://127.0.0.1:${port}/index.html`,
    reuseExistingServer: false,
    stdout: 'ignore',
    stderr: 'ignore',
    timeout: 30_000,
  },
});
