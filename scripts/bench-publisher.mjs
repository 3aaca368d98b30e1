// The publisher's import page on a 100,000-row claims file, in headless Chromium: how long
// from picking the file to the results on screen, and the longest task the page's main
// thread ran meanwhile (a long-task observer: anything over 50 ms is one), then the same for
// adding the rows to the workspace and for the claims list's first page afterwards.
// Not a test: it only reports. Run by scripts/bench (build/site and build/bench must exist).
// Usage: node scripts/bench-publisher.mjs [--runs N]
import { createServer } from 'node:http';
import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import os from 'node:os';
import { chromium } from '@playwright/test';

const root = resolve(new URL('..', import.meta.url).pathname);
const csv = join(root, 'build', 'bench', 'claims-100k.csv');
const runsIndex = process.argv.indexOf('--runs');
const runs = runsIndex > 0 ? Number(process.argv[runsIndex + 1]) : 3;

const TYPES = { '.wasm': 'application/wasm', '.js': 'text/javascript', '.mjs': 'text/javascript', '.html': 'text/html', '.css': 'text/css' };
const server = createServer((req, res) => {
  const path = new URL(req.url, 'http://127.0.0.1').pathname;
  try {
    const body = readFileSync(join(root, 'build/site', path === '/' ? 'index.html' : path));
    res.writeHead(200, { 'content-type': TYPES[path.slice(path.lastIndexOf('.'))] ?? 'application/octet-stream' });
    res.end(body);
  } catch {
    res.writeHead(404);
    res.end();
  }
});
await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
const origin = `http://127.0.0.1:${server.address().port}`;
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-sync'],
});

/** In the page: every long task, and a clock started by a mark and stopped when a selector has a text. */
const OBSERVE = () => {
  window.__long = [];
  // The highest value the import's progress bar showed (bytes of the file read).
  window.__progress = { shown: 0, max: 0 };
  new MutationObserver(() => {
    const bar = document.querySelector('.progress progress[value]');
    if (!bar) return;
    window.__progress.shown = Math.max(window.__progress.shown, Number(bar.getAttribute('value')));
    window.__progress.max = Number(bar.getAttribute('max'));
  }).observe(document, { subtree: true, childList: true, attributes: true, attributeFilter: ['value'] });
  new PerformanceObserver((list) => { for (const e of list.getEntries()) window.__long.push({ start: e.startTime, duration: e.duration }); })
    .observe({ type: 'longtask', buffered: true });
  window.__until = (selector, pattern) => new Promise((resolve) => {
    const check = () => {
      const el = document.querySelector(selector);
      if (el && new RegExp(pattern).test(el.textContent ?? '')) { resolve(performance.now()); return true; }
      return false;
    };
    if (check()) return;
    const mo = new MutationObserver(() => { if (check()) mo.disconnect(); });
    mo.observe(document.body, { subtree: true, childList: true, characterData: true });
  });
};

async function step(page, start, selector, pattern) {
  const t0 = await page.evaluate(() => performance.now());
  const done = page.evaluate(([s, p]) => window.__until(s, p), [selector, pattern]);
  await start();
  const t1 = await done;
  const tasks = await page.evaluate(([a, b]) => window.__long.filter((t) => t.start >= a && t.start <= b), [t0, t1]);
  return { ms: t1 - t0, longest: Math.max(0, ...tasks.map((t) => t.duration)), over50: tasks.length };
}

const results = [];
for (let run = 0; run < runs; run++) {
  const context = await browser.newContext({ locale: 'en-US' });
  const page = await context.newPage();
  page.on('crash', () => process.stderr.write('the page crashed\n'));
  page.on('pageerror', (e) => process.stderr.write(`page error: ${e.message}\n`));
  await page.addInitScript(OBSERVE);
  await page.goto(`${origin}/index.html#/publisher/import`);
  await page.waitForSelector('.core-status[data-state=ready]');
  const asOf = page.locator('[data-field="as-of"] input');
  await asOf.fill('2026-03-01');
  await asOf.blur();
  await page.locator('[data-field="publisher_id"] input').fill('pub-42');
  const t0 = await page.evaluate(() => performance.now());
  const ready = page.evaluate(() => window.__until('[data-action="import-commit"]:not([disabled])', '.'));
  const check = await step(page, () => page.setInputFiles('[data-field="csv-input"]', csv),
    '.import-table tbody tr:nth-child(50) td.claim-id', '^CLM-');
  const detailsAt = await ready;
  const detailTasks = await page.evaluate(([a, b]) => window.__long.filter((t) => t.start >= a && t.start <= b), [t0, detailsAt]);
  const details = { ms: detailsAt - t0, longest: Math.max(0, ...detailTasks.map((t) => t.duration)), over50: detailTasks.length };
  const total = await page.locator('[data-field="total"]').textContent();
  const progress = await page.evaluate(() => window.__progress);
  const add = await step(page, () => page.locator('[data-action="import-commit"]').click(), '.import-done', 'Added');
  // The rows to fix are not added (the import's default): the list must show what was.
  const added = (await page.locator('.import-done').textContent()).match(/Added: ([\d,]+)/)?.[1] ?? '?';
  const list = await step(page, () => page.evaluate(() => { location.hash = '#/publisher'; }), '.claims-table caption', `^${added} claims`);
  results.push({ check, details, add, list, total, progress, added });
  process.stderr.write(`run ${run + 1}: check ${Math.round(check.ms)} ms (longest task ${Math.round(check.longest)} ms), `
    + `details ${Math.round(details.ms)} ms (longest ${Math.round(details.longest)} ms), `
    + `progress bar up to ${progress.shown} of ${progress.max} bytes, `
    + `add ${Math.round(add.ms)} ms (longest ${Math.round(add.longest)} ms), list ${Math.round(list.ms)} ms (longest ${Math.round(list.longest)} ms); ${total} claims\n`);
  await context.close();
}
await browser.close();
server.close();

const best = (key) => results.map((r) => r[key]).sort((a, b) => a.ms - b.ms)[0];
const worstTask = (key) => Math.max(...results.map((r) => r[key].longest));
const fmt = (key) => `${(best(key).ms / 1000).toFixed(2)} s | ${Math.round(worstTask(key))} ms | ${Math.max(...results.map((r) => r[key].over50))}`;
const table = [
  `Publisher page, ${(statSync(csv).size / 2 ** 20).toFixed(1)} MB claims file of 100,000 rows, headless Chromium; `
  + `best of ${runs} runs for the time, worst of ${runs} for the main thread (${os.cpus()[0]?.model ?? 'unknown CPU'}, ${os.cpus().length} cores).`,
  '',
  '| step | time | longest main-thread task | tasks over 50 ms |',
  '| --- | --- | --- | --- |',
  `| pick the file → counts, kinds of issue and the first page of rows on screen | ${fmt('check')} |`,
  `| pick the file → every claim's details read, ready to add (same clock) | ${fmt('details')} |`,
  `| add the file's ${results[0]?.added} ready and need-proof claims to the workspace (IndexedDB) | ${fmt('add')} |`,
  `| claims list's first page afterwards (all ${results[0]?.added} checked) | ${fmt('list')} |`,
  '',
  `While the file was checked, its progress bar moved up to ${Math.min(...results.map((r) => r.progress.shown))} of `
  + `${results[0]?.progress.max} bytes (lowest of the runs).`,
];
writeFileSync(join(root, 'build', 'bench', 'publisher.md'), `${table.join('\n')}\n`);
console.log(table.join('\n'));
