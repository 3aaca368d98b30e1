#!/usr/bin/env node
// Runs every tests/scenarios/*.json through the native claimctl and the WASM module in
// Node. A scenario passes when both responses are byte-identical and equal, as JSON, to
// its `expected`. A scenario with a `payload` (text) sends it beside the request, as
// `claimctl --csv` and the module's dispatch(op, json, bytes) do; and every scenario of an
// operation that takes a payload, whose request carries `csv`, is also sent in that form:
// the answer must be the same bytes. Usage:
// node tests/run_scenarios.mjs [--native-only] [--claimctl PATH]
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { isDeepStrictEqual } from 'node:util';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..');
const args = process.argv.slice(2);
const nativeOnly = args.includes('--native-only');
const cliIndex = args.indexOf('--claimctl');
const claimctl = cliIndex >= 0 ? args[cliIndex + 1]
  : process.env.CLAIMCTL || join(root, 'build', 'native-release', 'cli', 'claimctl');

const dir = join(here, 'scenarios');
const files = readdirSync(dir).filter((f) => f.endsWith('.json')).sort();
const core = nativeOnly ? null : await (await import('../wasm/load_node.mjs')).loadCore();

// The operations that take a payload, and the member it stands for (claims/dispatch.h).
const PAYLOAD_MEMBER = { import_claims_csv: 'csv', import_decisions_csv: 'csv' };
const scratch = mkdtempSync(join(tmpdir(), 'scenarios-'));
process.on('exit', () => rmSync(scratch, { recursive: true, force: true }));

// The response to `request` (text) with `payload` (text) beside it: native and WASM, which
// must be the same bytes; problems are pushed on `problems`.
function withPayload(operation, request, payload, problems) {
  const csvFile = join(scratch, 'payload.csv');
  writeFileSync(csvFile, payload, 'utf8');
  const run = spawnSync(claimctl, ['--csv', csvFile, operation, '-'], { input: Buffer.from(request, 'utf8'), maxBuffer: 1 << 30 });
  if (run.status !== 0) problems.push(`claimctl --csv exited ${run.status}: ${run.stderr}`);
  const native = run.stdout.toString('utf8').replace(/\n$/, '');
  if (core) {
    const wasm = core.dispatch(operation, request, new Uint8Array(Buffer.from(payload, 'utf8')));
    if (wasm !== native) problems.push(`WASM payload response differs from native:\n    wasm   ${wasm}\n    native ${native}`);
  }
  return native;
}

let passed = 0;
let failed = 0;
let payloadChecked = 0;
for (const file of files) {
  const problems = [];
  let scenario;
  try {
    scenario = JSON.parse(readFileSync(join(dir, file), 'utf8'));
  } catch (e) {
    problems.push(`cannot read scenario: ${e.message}`);
  }
  if (scenario) {
    const text = 'request_text' in scenario ? scenario.request_text : JSON.stringify(scenario.request);
    const bytes = Buffer.from(text, 'utf8');
    let native;
    if (typeof scenario.payload === 'string') {
      native = withPayload(scenario.operation, text, scenario.payload, problems);
    } else {
      const run = spawnSync(claimctl, [scenario.operation, '-'], { input: bytes, maxBuffer: 1 << 30 });
      if (run.status !== 0) problems.push(`claimctl exited ${run.status}: ${run.stderr}`);
      native = run.stdout.toString('utf8').replace(/\n$/, '');
    }
    let actual;
    try {
      actual = JSON.parse(native);
    } catch {
      problems.push(`native output is not JSON: ${native.slice(0, 200)}`);
    }
    if (actual !== undefined && !isDeepStrictEqual(actual, scenario.expected)) {
      problems.push(`native response differs from expected:\n    got      ${native}\n    expected ${JSON.stringify(scenario.expected)}`);
    }
    if (core && typeof scenario.payload !== 'string') {
      const wasm = core.dispatch(scenario.operation, new Uint8Array(bytes));
      if (wasm !== native) problems.push(`WASM response differs from native:\n    wasm   ${wasm}\n    native ${native}`);
    }
    // The same request with its csv as a payload.
    const member = PAYLOAD_MEMBER[scenario.operation];
    const request = scenario.request;
    if (member && typeof scenario.payload !== 'string' && request && typeof request === 'object' && typeof request[member] === 'string') {
      const { [member]: payload, ...rest } = request;
      const answered = withPayload(scenario.operation, JSON.stringify(rest), payload, problems);
      if (answered !== native) problems.push(`the payload form answers differently:\n    payload ${answered}\n    request ${native}`);
      payloadChecked += 1;
    }
  }
  if (problems.length === 0) {
    passed += 1;
  } else {
    failed += 1;
    console.log(`FAIL ${file}\n  ${problems.join('\n  ')}`);
  }
}
// claimctl --lines: per operation, every scenario request as one line, with a malformed
// line, an empty line and a CRLF ending mixed in; line N of the output must be the
// response a single run gives to line N, and the WASM CLI's output the same bytes.
const byOperation = new Map();
for (const file of files) {
  const scenario = JSON.parse(readFileSync(join(dir, file), 'utf8'));
  if (!('request' in scenario)) continue;
  if (!byOperation.has(scenario.operation)) byOperation.set(scenario.operation, []);
  byOperation.get(scenario.operation).push(JSON.stringify(scenario.request));
}
let linesChecked = 0;
for (const [operation, requests] of byOperation) {
  // Input lines as sent (CRLF endings on some), and the request each one stands for.
  const sent = [requests[0], '{"not json', '', '\r', ...requests.map((r) => `${r}\r`), requests[0]];
  const input = Buffer.from(sent.join('\n'), 'utf8');  // the last line has no LF
  const expected = sent.map((line) => line.replace(/\r$/, '')).map((line) => {
    const run = spawnSync(claimctl, [operation, '-'], { input: Buffer.from(line, 'utf8'), maxBuffer: 1 << 30 });
    return run.stdout.toString('utf8');
  }).join('');
  const native = spawnSync(claimctl, ['--lines', operation, '-'], { input, maxBuffer: 1 << 30 });
  const problems = [];
  if (native.status !== 0) problems.push(`claimctl --lines exited ${native.status}: ${native.stderr}`);
  if (native.stdout.toString('utf8') !== expected) {
    problems.push(`claimctl --lines output differs from one run per line:\n    got      ${native.stdout.toString('utf8').slice(0, 400)}\n    expected ${expected.slice(0, 400)}`);
  }
  if (!nativeOnly) {
    const wasm = spawnSync(process.execPath, [join(root, 'wasm', 'claimctl.mjs'), '--lines', operation, '-'], { input, maxBuffer: 1 << 30 });
    if (wasm.status !== 0) problems.push(`wasm claimctl --lines exited ${wasm.status}: ${wasm.stderr}`);
    if (Buffer.compare(wasm.stdout, native.stdout) !== 0) {
      problems.push(`wasm claimctl --lines output differs from native:\n    wasm   ${wasm.stdout.toString('utf8').slice(0, 400)}\n    native ${native.stdout.toString('utf8').slice(0, 400)}`);
    }
  }
  linesChecked += 1;
  if (problems.length === 0) {
    passed += 1;
  } else {
    failed += 1;
    console.log(`FAIL claimctl --lines ${operation}\n  ${problems.join('\n  ')}`);
  }
}

console.log(`scenarios (${nativeOnly ? 'native' : 'native + wasm'}): ${files.length} files (${payloadChecked} also with their csv as a payload), claimctl --lines: ${linesChecked} operations`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed === 0 && files.length > 0 && linesChecked > 0 && payloadChecked > 0 ? 0 : 1);
