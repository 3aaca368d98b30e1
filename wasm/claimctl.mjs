#!/usr/bin/env node
// claimctl on the WASM build, same contract as the native CLI (spec section 3):
// node wasm/claimctl.mjs OPERATION [FILE|-] -> response JSON and one newline; exit 0 when
// a response was produced, 2 when the input could not be read.
// node wasm/claimctl.mjs --lines OPERATION [FILE|-] -> one response line per input line,
// in order, each written as soon as it is answered (as cli/claimctl.cpp does).
import { createReadStream, readFileSync } from 'node:fs';
import { loadCore } from './load_node.mjs';

const args = process.argv.slice(2);
const lines = args[0] === '--lines';
if (lines) args.shift();
if (args.length < 1 || args.length > 2) {
  process.stderr.write('usage: claimctl --wasm [--lines] OPERATION [FILE|-]\n');
  process.exit(2);
}
const [operation, source = '-'] = args;
const sourceName = source === '-' ? 'standard input' : source;
// Embind copies a Uint8Array into std::string byte for byte, so the core sees exactly
// the file's bytes (invalid UTF-8 included), as the native CLI does.
const asBytes = (buf) => new Uint8Array(buf.buffer, buf.byteOffset, buf.length);

if (!lines) {
  let bytes;
  try {
    bytes = readFileSync(source === '-' ? 0 : source);
  } catch (e) {
    process.stderr.write(`claimctl: cannot read ${sourceName}\n`);
    process.exit(2);
  }
  const core = await loadCore();
  process.stdout.write(core.dispatch(operation, asBytes(bytes)) + '\n');
} else {
  const core = await loadCore();
  // Lines are split on LF bytes (not decoded text), so a line reaches the core byte for
  // byte; a CR before the LF is dropped, and a last line without LF is still a request.
  const answer = (line) => {
    const end = line.length > 0 && line[line.length - 1] === 0x0d ? line.length - 1 : line.length;
    process.stdout.write(core.dispatch(operation, asBytes(line.subarray(0, end))) + '\n');
  };
  // A long line arrives in many chunks: they are kept apart and joined once, at its LF.
  let pending = [];
  try {
    const stream = source === '-' ? process.stdin : createReadStream(source);
    for await (const chunk of stream) {
      let start = 0;
      for (let lf = chunk.indexOf(0x0a); lf >= 0; lf = chunk.indexOf(0x0a, start)) {
        pending.push(chunk.subarray(start, lf));
        answer(pending.length === 1 ? pending[0] : Buffer.concat(pending));
        pending = [];
        start = lf + 1;
      }
      if (start < chunk.length) pending.push(chunk.subarray(start));
    }
  } catch (e) {
    process.stderr.write(`claimctl: cannot read ${sourceName}\n`);
    process.exit(2);
  }
  if (pending.length > 0) answer(Buffer.concat(pending));
}
