// Runs every case of build/bench/cases.json natively (claims_bench), on WASM in Node and
// on WASM in headless Chromium, and prints a Markdown table (also written to
// build/bench/results.md). Usage: node scripts/bench.mjs [--only NAME_SUBSTRING]
import { readFileSync, writeFileSync, statSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { createServer } from 'node:http';
import { gzipSync } from 'node:zlib';
import { join, resolve } from 'node:path';
import os from 'node:os';
import { chromium } from '@playwright/test';
import { loadCore } from '../wasm/load_node.mjs';

const root = resolve(new URL('..', import.meta.url).pathname);
const benchDir = join(root, 'build', 'bench');
const onlyIndex = process.argv.indexOf('--only');
const only = onlyIndex > 0 ? process.argv[onlyIndex + 1] : '';
const cases = JSON.parse(readFileSync(join(benchDir, 'cases.json'), 'utf8'))
  .filter((c) => c.name.includes(only));
const MB = 1024 * 1024;

// A case with `payload` sends that file's bytes beside the request
// (docs/operations/payload.md), as claimctl --csv and the page do.
function native(c) {
  const run = spawnSync(join(root, 'build/native-release/tests/bench/claims_bench'),
    [c.operation, c.file, String(c.repeat), ...(c.payload ? [c.payload] : [])], { encoding: 'utf8', maxBuffer: 1 << 26 });
  if (run.status !== 0) return { error: run.stderr.trim() };
  const r = JSON.parse(run.stdout);
  return { seconds: r.nanos_per_run / 1e9, ok: r.ok, peakBytes: r.peak_rss_kb * 1024 };
}

// The whole claimctl process (reading the files, writing the response to a file), best of
// two runs, for the cases with a payload.
function wholeProcess(c) {
  if (!c.payload) return null;
  let best = Infinity;
  for (let i = 0; i < 2; i++) {
    const start = process.hrtime.bigint();
    const run = spawnSync('sh', ['-c', `"$0" --csv "$1" "$2" "$3" > /dev/null`,
      join(root, 'build/native-release/cli/claimctl'), c.payload, c.operation, c.file]);
    if (run.status !== 0) return null;
    best = Math.min(best, Number(process.hrtime.bigint() - start) / 1e9);
  }
  return best;
}

// A fresh module per case: WASM memory only grows, so its size after the run is the case's
// peak only if the case started from a new module.
async function wasmNode(c) {
  const nodeCore = await loadCore();
  const bytes = readFileSync(c.file);
  const request = new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.length);
  const payload = c.payload ? new Uint8Array(readFileSync(c.payload)) : null;
  let response = '';
  const start = process.hrtime.bigint();
  for (let i = 0; i < c.repeat; i++) {
    response = payload ? nodeCore.dispatch(c.operation, request, payload) : nodeCore.dispatch(c.operation, request);
  }
  const seconds = Number(process.hrtime.bigint() - start) / 1e9 / c.repeat;
  return { seconds, ok: response.startsWith('{"ok":true'), peakBytes: nodeCore.HEAPU8.length };
}

// Chromium loads the site's module and fetches the request from a loopback server.
async function browserRunner() {
  const server = createServer((req, res) => {
    const url = new URL(req.url, 'http://127.0.0.1');
    const file = url.pathname.startsWith('/bench/')
      ? join(benchDir, url.pathname.slice(7)) : join(root, 'build/site', url.pathname);
    try {
      const body = readFileSync(file);
      const type = file.endsWith('.wasm') ? 'application/wasm'
        : /\.m?js$/.test(file) ? 'text/javascript' : file.endsWith('.html') ? 'text/html'
        : file.endsWith('.css') ? 'text/css' : 'application/octet-stream';
      res.writeHead(200, { 'content-type': type });
      res.end(body);
    } catch {
      res.writeHead(404);
      res.end();
    }
  });
  await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
  const port = server.address().port;
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  const page = await browser.newPage();
  await page.goto(`http://127.0.0.1:${port}/index.html`);
  await page.waitForSelector('.core-status[data-state=ready]');
  return {
    async run(c) {
      const name = c.file.split('/').pop();
      const payloadName = c.payload ? c.payload.split('/').pop() : null;
      return page.evaluate(async ({ name, payloadName, operation, repeat }) => {
        const { default: create } = await import('/wasm/claims.mjs');
        const module = await create();  // fresh per case, see wasmNode
        const request = new Uint8Array(await (await fetch(`/bench/${name}`)).arrayBuffer());
        const payload = payloadName ? new Uint8Array(await (await fetch(`/bench/${payloadName}`)).arrayBuffer()) : null;
        let response = '';
        const start = performance.now();
        for (let i = 0; i < repeat; i++) {
          response = payload ? module.dispatch(operation, request, payload) : module.dispatch(operation, request);
        }
        const seconds = (performance.now() - start) / 1000 / repeat;
        return { seconds, ok: response.startsWith('{"ok":true'), peakBytes: module.HEAPU8.length };
      }, { name, payloadName, operation: c.operation, repeat: c.repeat });
    },
    async close() { await browser.close(); server.close(); },
  };
}

const rate = (c, r) => (r && r.ok ? c.units / r.seconds : null);
const fmtRate = (v) => (v === null ? 'n/a' : v >= 1e6 ? `${(v / 1e6).toFixed(2)} M` : `${Math.round(v / 1e3)} k`);
const fmtMB = (b) => (b ? `${(b / MB).toFixed(0)} MB` : 'n/a');

const browser = await browserRunner();
const rows = [];
const notes = [];
for (const c of cases) {
  process.stderr.write(`bench ${c.name} …\n`);
  const n = native(c);
  const w = await wasmNode(c).catch((e) => ({ error: String(e) }));
  const b = await browser.run(c).catch((e) => ({ error: String(e).slice(0, 200) }));
  const input = statSync(c.file).size + (c.payload ? statSync(c.payload).size : 0);
  const whole = wholeProcess(c);
  if (whole !== null && rate(c, n)) {
    notes.push(`${c.name}: whole claimctl process ${whole.toFixed(2)} s against ${n.seconds.toFixed(2)} s in-process (${(whole / n.seconds).toFixed(2)}×).`);
  }
  rows.push(`| ${c.name}${c.payload ? ' (payload)' : ''} | ${(input / MB).toFixed(1)} MB | ${fmtRate(rate(c, n))} | ${fmtRate(rate(c, w))} | ${fmtRate(rate(c, b))} | `
    + `${rate(c, n) && rate(c, w) ? (rate(c, n) / rate(c, w)).toFixed(2) : 'n/a'} | `
    + `${rate(c, n) && rate(c, b) ? (rate(c, n) / rate(c, b)).toFixed(2) : 'n/a'} | `
    + `${fmtMB(n.peakBytes)}${n.peakBytes && input >= MB ? ` (${(n.peakBytes / input).toFixed(2)}×)` : ''} | ${fmtMB(w.peakBytes)} |`);
  for (const [where, r] of [['native', n], ['wasm-node', w], ['chromium', b]]) {
    if (r.error || !r.ok) process.stderr.write(`  ${where}: ${r.error ?? 'response was ok:false'}\n`);
  }
}
await browser.close();

const wasm = readFileSync(join(root, 'build/wasm-release/wasm/claims.wasm'));
const glue = readFileSync(join(root, 'build/wasm-release/wasm/claims.mjs'));
const gz = (b) => gzipSync(b, { level: 9 }).length;
const table = [
  `Machine: ${os.cpus()[0]?.model ?? 'unknown CPU'}, ${os.cpus().length} cores, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB; Node ${process.version}.`,
  '',
  '| case | input | native /s | WASM Node /s | WASM Chromium /s | native ÷ Node | native ÷ Chromium | native peak RSS (× input) | WASM heap |',
  '| --- | --- | --- | --- | --- | --- | --- | --- | --- |',
  ...rows,
  '',
  ...notes,
  '',
  `WASM size: claims.wasm ${(wasm.length / 1024).toFixed(0)} KB (${(gz(wasm) / 1024).toFixed(1)} KB gzipped), `
  + `claims.mjs ${(glue.length / 1024).toFixed(0)} KB (${(gz(glue) / 1024).toFixed(1)} KB gzipped); `
  + `total ${((gz(wasm) + gz(glue)) / 1024).toFixed(1)} KB gzipped.`,
];
writeFileSync(join(benchDir, 'results.md'), table.join('\n') + '\n');
console.log(table.join('\n'));
