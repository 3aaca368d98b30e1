// Loads the WASM build of the core in Node. The module is built for the web
// (-sENVIRONMENT=web), so Node must hand it the .wasm bytes itself: Node's fetch cannot
// read a file path.
import { readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
export const defaultBuildDir = join(root, 'build', 'wasm-release', 'wasm');

/** @returns {Promise<{dispatch(operation: string, request: string): string}>} */
export async function loadCore(buildDir = process.env.CLAIMS_WASM_DIR || defaultBuildDir) {
  const { default: createClaimsModule } = await import(pathToFileURL(join(buildDir, 'claims.mjs')).href);
  const wasmBinary = await readFile(join(buildDir, 'claims.wasm'));
  return createClaimsModule({ wasmBinary });
}
