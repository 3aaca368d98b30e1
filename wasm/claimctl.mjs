#!/usr/bin/env node
// claimctl on the WASM build, same contract as the native CLI (spec section 3):
// node wasm/claimctl.mjs OPERATION [FILE|-] -> response JSON and one newline; exit 0 when
// a response was produced, 2 when the input could not be read or the response could not
// be written, with the same message on stderr as cli/claimctl.cpp.
// node wasm/claimctl.mjs --lines OPERATION [FILE|-] -> one response line per input line,
// in order, each written as soon as it is answered (as cli/claimctl.cpp does).
// node wasm/claimctl.mjs --csv CSV OPERATION [FILE|-] -> the file CSV's bytes go to the
// core beside the request (dispatch's payload), as cli/claimctl.cpp does.
import { closeSync, fstatSync, openSync, readSync, writeSync } from 'node:fs';
import { loadCore } from './load_node.mjs';

// The reason of a failed read or write in the words of cli/claimctl.cpp.
const reasons = {
  ENOENT: 'no such file or directory',
  EACCES: 'permission denied',
  EISDIR: 'is a directory',
  ENOSPC: 'no space left on device',
  EPIPE: 'broken pipe',
};
function fail(what, error) {
  process.stderr.write(`claimctl: ${what}: ${reasons[error.code] ?? error.message}\n`);
  process.exit(2);
}
// After a failed write: a reader that stopped reading (head, a closed pipe) wants no more,
// a quiet exit 0, as after the last answer; any other failure is exit 2.
function writeFailed(error) {
  if (error.code === 'EPIPE') process.exit(0);
  fail('cannot write the response', error);
}

// Opens `source` ('-': standard input) for reading; a directory is refused as the native
// CLI refuses it (EISDIR). Throws the error (with its code).
function openInput(source) {
  const fd = source === '-' ? 0 : openSync(source, 'r');
  if (fstatSync(fd).isDirectory()) {
    if (fd !== 0) closeSync(fd);
    throw Object.assign(new Error('is a directory'), { code: 'EISDIR' });
  }
  return fd;
}

// Reads what `fd` has, up to the buffer's size, waiting when a non-blocking input has
// nothing yet; 0 at the end. Throws the read's error (with its code).
function readSome(fd, buffer) {
  for (;;) {
    try {
      return readSync(fd, buffer, 0, buffer.length, null);
    } catch (e) {
      if (e.code === 'EAGAIN') { pause(); continue; }
      if (e.code === 'EOF') return 0;  // Windows' end of a pipe
      throw e;
    }
  }
}

// Waits a little without spinning (a non-blocking stdin or stdout answers EAGAIN).
const pause = () => Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 10);

// Reads the request from `source` ('-': standard input), stopping after `limit` + 1
// bytes: a larger input is never read whole, and what was read is enough for dispatch()
// to answer request.too_large. Throws the read's error (with its code).
function readRequest(source, limit) {
  const fd = openInput(source);
  try {
    const stat = fstatSync(fd);
    const cap = limit + 1;
    const buffer = Buffer.allocUnsafe(stat.isFile() ? Math.min(stat.size, cap) + 1 : 1 << 20);
    let bytes = buffer;
    let length = 0;
    for (;;) {
      if (length === bytes.length) {
        if (length >= cap) break;
        const grown = Buffer.allocUnsafe(Math.min(bytes.length * 2, cap));
        bytes.copy(grown, 0, 0, length);
        bytes = grown;
      }
      let got;
      try {
        got = readSync(fd, bytes, length, Math.min(bytes.length, cap) - length, null);
      } catch (e) {
        if (e.code === 'EAGAIN') { pause(); continue; }
        throw e;
      }
      if (got === 0) break;
      length += got;
    }
    return bytes.subarray(0, length);
  } finally {
    if (fd !== 0) closeSync(fd);
  }
}

// Writes all of `bytes` to standard output; throws the write's error (with its code).
function writeResponse(bytes) {
  for (let at = 0; at < bytes.length;) {
    try {
      at += writeSync(1, bytes, at, bytes.length - at);
    } catch (e) {
      if (e.code === 'EAGAIN') { pause(); continue; }
      throw e;
    }
  }
}

const args = process.argv.slice(2);
const lines = args[0] === '--lines';
if (lines) args.shift();
const csvFile = args[0] === '--csv' ? args[1] : undefined;
if (args[0] === '--csv') args.splice(0, 2);
if (args.length < 1 || args.length > 2 || csvFile === '-' || (lines && csvFile !== undefined)) {
  process.stderr.write('usage: claimctl --wasm [--lines | --csv CSV] OPERATION [FILE|-]\n');
  process.exit(2);
}
const [operation, source = '-'] = args;
const sourceName = source === '-' ? 'standard input' : source;
// Embind copies a Uint8Array into std::string byte for byte, so the core sees exactly
// the file's bytes (invalid UTF-8 included), as the native CLI does.
const asBytes = (buf) => new Uint8Array(buf.buffer, buf.byteOffset, buf.length);

const core = await loadCore();
if (!lines) {
  let request;
  try {
    request = readRequest(source, core.maxRequestBytes);
  } catch (e) {
    fail(`cannot read ${sourceName}`, e);
  }
  let payload;
  if (csvFile !== undefined) {
    try {
      payload = readRequest(csvFile, core.maxRequestBytes);
    } catch (e) {
      fail(`cannot read ${csvFile}`, e);
    }
  }
  const response = payload === undefined
    ? core.dispatch(operation, asBytes(request))
    : core.dispatch(operation, asBytes(request), asBytes(payload));
  try {
    writeResponse(Buffer.from(`${response}\n`, 'utf8'));
  } catch (e) {
    writeFailed(e);
  }
} else {
  // Lines are split on LF bytes (not decoded text), so a line reaches the core byte for
  // byte; a CR before the LF is dropped, and a last line without LF is still a request.
  // A line is kept up to maxRequestBytes + 2 bytes (a request at the limit and its CR):
  // once it is that long it is answered at once (request.too_large) and the rest of it is
  // skipped, as the native CLI does. Reads and writes are synchronous, as the native
  // CLI's: each answer is written before the next line is read.
  const keep = core.maxRequestBytes + 2;
  const answer = (line) => {
    const cr = line.length > 0 && line.length < keep && line[line.length - 1] === 0x0d;
    const response = core.dispatch(operation, asBytes(line.subarray(0, line.length - (cr ? 1 : 0))));
    try {
      writeResponse(Buffer.from(`${response}\n`, 'utf8'));
    } catch (e) {
      writeFailed(e);
    }
  };
  // A long line arrives in many chunks: they are kept apart and joined once, at its LF.
  let pending = [];
  let kept = 0;
  let skipping = false;
  const flush = () => {
    answer(pending.length === 1 ? pending[0] : Buffer.concat(pending));
    pending = [];
    kept = 0;
  };
  const add = (part) => {
    if (skipping || part.length === 0) return;
    const piece = part.subarray(0, keep - kept);
    pending.push(piece);
    kept += piece.length;
    if (kept === keep) {
      flush();
      skipping = true;
    }
  };
  let open = false; // a line has begun (a last line needs no LF)
  let fd;
  try {
    fd = openInput(source);
  } catch (e) {
    fail(`cannot read ${sourceName}`, e);
  }
  for (;;) {
    const buffer = Buffer.allocUnsafe(1 << 16);  // a new one each time: pending keeps pieces
    let got;
    try {
      got = readSome(fd, buffer);
    } catch (e) {
      fail(`cannot read ${sourceName}`, e);
    }
    if (got === 0) break;
    const chunk = buffer.subarray(0, got);
    let start = 0;
    for (let lf = chunk.indexOf(0x0a); lf >= 0; lf = chunk.indexOf(0x0a, start)) {
      add(chunk.subarray(start, lf));
      if (!skipping) flush();
      skipping = false;
      open = false;
      start = lf + 1;
    }
    if (start < chunk.length) {
      add(chunk.subarray(start));
      open = true;
    }
  }
  if (open && !skipping) flush();
}
