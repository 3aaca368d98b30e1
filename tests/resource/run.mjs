#!/usr/bin/env node
// Resource tests: every shape of tests/resource/shapes.mjs runs at n and 2n, natively
// (tests/bench/claims_bench, one process per run so that its VmHWM is the run's peak) and
// on WASM in Node (a fresh module per run, so that its heap is the run's peak). Each must:
//   - answer as the shape expects (ok, or its error code),
//   - scale: processor time at 2n over time at n below 3 (a quadratic path gives ~4),
//   - keep its peak memory within the shape's multiple of the request (+ 16 MiB),
//   - keep its response within the shape's multiple of the request, when it has one.
// Ratios, not absolute times: the same test holds on a fast or a busy machine. Each size
// runs twice and keeps its faster run; a ratio over the bound is measured once more.
// Usage: node tests/resource/run.mjs [--native-only | --wasm-only] [--only TEXT]
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { shapes } from './shapes.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const args = process.argv.slice(2);
const onlyIndex = args.indexOf('--only');
const only = onlyIndex >= 0 ? args[onlyIndex + 1] : '';
const targets = args.includes('--native-only') ? ['native']
  : args.includes('--wasm-only') ? ['wasm'] : ['native', 'wasm'];
const bench = process.env.CLAIMS_BENCH || join(root, 'build', 'native-release', 'tests', 'bench', 'claims_bench');
const dir = join(root, 'build', 'resource');
mkdirSync(dir, { recursive: true });
const MiB = 1024 * 1024;
const kMaxRatio = 3;

let loadCore;
if (targets.includes('wasm')) ({ loadCore } = await import('../../wasm/load_node.mjs'));

// One run: { cpu (seconds), memory (bytes above the starting point), responseBytes, envelope }.
function runNative(operation, file) {
  const r = spawnSync(bench, [operation, file], { encoding: 'utf8', maxBuffer: 1 << 26 });
  if (r.status !== 0) throw new Error(`claims_bench exited ${r.status}: ${r.stderr}`);
  const out = JSON.parse(r.stdout);
  return { cpu: out.cpu_nanos_per_run / 1e9, memory: (out.peak_rss_kb - out.baseline_rss_kb) * 1024,
    responseBytes: out.response_bytes, code: out.ok ? 'ok' : out.response?.error?.code ?? '(long error)' };
}
async function runWasm(operation, file) {
  const core = await loadCore();
  const start = core.HEAPU8.length;
  const bytes = readFileSync(file);
  const before = process.cpuUsage();
  const response = core.dispatch(operation, new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.length));
  const used = process.cpuUsage(before);
  const code = response.startsWith('{"ok":true') ? 'ok'
    : response.length <= 4096 ? JSON.parse(response).error.code : '(long error)';
  return { cpu: (used.user + used.system) / 1e6, memory: core.HEAPU8.length - start,
    responseBytes: Buffer.byteLength(response), code };
}

async function measure(target, operation, file) {
  const once = target === 'native' ? () => runNative(operation, file) : () => runWasm(operation, file);
  const a = await once();
  const b = await once();
  return a.cpu <= b.cpu ? a : b;
}

let passed = 0;
let failed = 0;
for (const shape of shapes.filter((s) => s.name.includes(only))) {
  const files = [shape.n, 2 * shape.n].map((n) => {
    const file = join(dir, `${shape.name.replace(/[^a-z0-9]+/gi, '-')}-${n}.json`);
    writeFileSync(file, shape.request(n));
    return file;
  });
  const bytes = files.map((f) => readFileSync(f).length);
  for (const target of targets) {
    const problems = [];
    let small = await measure(target, shape.operation, files[0]);
    let large = await measure(target, shape.operation, files[1]);
    let ratio = large.cpu / Math.max(small.cpu, 1e-4);
    if (ratio >= kMaxRatio) {  // a busy moment: measure both sizes once more
      small = await measure(target, shape.operation, files[0]);
      large = await measure(target, shape.operation, files[1]);
      ratio = large.cpu / Math.max(small.cpu, 1e-4);
    }
    const expect = shape.expect ?? 'ok';
    for (const r of [small, large]) if (r.code !== expect) problems.push(`answered ${r.code}, expected ${expect}`);
    if (ratio >= kMaxRatio) problems.push(`time(2n)/time(n) = ${ratio.toFixed(2)} (${small.cpu.toFixed(3)} s -> ${large.cpu.toFixed(3)} s), at most ${kMaxRatio}`);
    const memoryMultiple = large.memory / bytes[1];
    if (large.memory > shape.memory * bytes[1] + 16 * MiB) {
      problems.push(`peak memory ${(large.memory / MiB).toFixed(0)} MiB = ${memoryMultiple.toFixed(1)} x the request, at most ${shape.memory} x (+16 MiB)`);
    }
    if (shape.response !== undefined && large.responseBytes > shape.response * bytes[1] + 4096) {
      problems.push(`response ${large.responseBytes} bytes = ${(large.responseBytes / bytes[1]).toFixed(1)} x the request, at most ${shape.response} x (+4 KiB)`);
    }
    const figures = `n=${shape.n}: ${(bytes[1] / MiB).toFixed(1)} MiB, ${small.cpu.toFixed(3)} s -> ${large.cpu.toFixed(3)} s `
      + `(x${ratio.toFixed(2)}), memory ${memoryMultiple.toFixed(1)} x, response ${(large.responseBytes / bytes[1]).toFixed(2)} x`;
    if (problems.length === 0) {
      passed += 1;
      console.log(`ok   ${target.padEnd(6)} ${shape.name} (${figures})`);
    } else {
      failed += 1;
      console.log(`FAIL ${target.padEnd(6)} ${shape.name} (${figures})\n  ${problems.join('\n  ')}`);
    }
  }
}
console.log(`resource tests (${targets.join(' + ')})`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed === 0 && passed > 0 ? 0 : 1);
