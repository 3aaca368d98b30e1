// A copy of the WASM build whose memory may grow to `maxBytes` only (the real build's is
// 4 GiB): lets a test exhaust the module's memory with a request of a few megabytes, as a
// 4 GiB request would. The module's memory section gets the new maximum; nothing else in
// the binary changes.
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

function readLeb(bytes, at) {
  let value = 0;
  let shift = 0;
  for (;;) {
    const b = bytes[at++];
    value += (b & 0x7f) * 2 ** shift;
    shift += 7;
    if (!(b & 0x80)) return { value, at };
  }
}

function leb(value) {
  const out = [];
  do {
    let b = value % 128;
    value = Math.floor(value / 128);
    if (value > 0) b |= 0x80;
    out.push(b);
  } while (value > 0);
  return out;
}

// The binary with its (single, defined) memory's maximum set to `maxBytes` (whole 64 KiB pages).
export function capMemory(wasm, maxBytes) {
  const parts = [wasm.subarray(0, 8)];
  let found = false;
  for (let at = 8; at < wasm.length;) {
    const id = wasm[at];
    const size = readLeb(wasm, at + 1);
    const end = size.at + size.value;
    if (id === 5) {
      const count = readLeb(wasm, size.at);
      if (count.value !== 1) throw new Error('expected one memory');
      const flags = wasm[count.at];
      const min = readLeb(wasm, count.at + 1);
      const pages = Math.floor(maxBytes / 65536);
      if (pages < min.value) throw new Error(`the cap is below the initial memory (${min.value} pages)`);
      const body = [1, 1, ...leb(min.value), ...leb(pages)];
      if (flags !== 0 && flags !== 1) throw new Error(`unexpected memory flags ${flags}`);
      parts.push(Uint8Array.from([5, ...leb(body.length), ...body]));
      found = true;
    } else {
      parts.push(wasm.subarray(at, end));
    }
    at = end;
  }
  if (!found) throw new Error('no memory section (an imported memory?)');
  return Buffer.concat(parts);
}

// Writes build/wasm-release/wasm's module into `dir` with its memory capped; returns `dir`.
export function cappedBuild(buildDir, dir, maxBytes) {
  mkdirSync(dir, { recursive: true });
  copyFileSync(join(buildDir, 'claims.mjs'), join(dir, 'claims.mjs'));
  writeFileSync(join(dir, 'claims.wasm'), capMemory(readFileSync(join(buildDir, 'claims.wasm')), maxBytes));
  return dir;
}
