#!/usr/bin/env node
// claimctl on the WASM build, same contract as the native CLI (spec section 3):
// node wasm/claimctl.mjs OPERATION [FILE|-] -> response JSON and one newline; exit 0 when
// a response was produced, 2 when the input could not be read.
import { readFileSync } from 'node:fs';
import { loadCore } from './load_node.mjs';

const args = process.argv.slice(2);
if (args.length < 1 || args.length > 2) {
  process.stderr.write('usage: claimctl --wasm OPERATION [FILE|-]\n');
  process.exit(2);
}
const [operation, source = '-'] = args;
let bytes;
try {
  bytes = readFileSync(source === '-' ? 0 : source);
} catch (e) {
  process.stderr.write(`claimctl: cannot read ${source === '-' ? 'standard input' : source}\n`);
  process.exit(2);
}
// Embind copies a Uint8Array into std::string byte for byte, so the core sees exactly
// the file's bytes (invalid UTF-8 included), as the native CLI does.
const core = await loadCore();
process.stdout.write(core.dispatch(operation, new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.length)) + '\n');
