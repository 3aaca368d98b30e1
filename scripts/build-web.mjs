#!/usr/bin/env node
// Builds the web application with esbuild: the page's bundle (app.js + app.css), the core's
// module worker (core-worker.js), and the Node unit tests of the pure modules
// (web/src/**/*.test.ts → build/web-unit/). Static files (web/public) are copied as they are.
// Usage: node scripts/build-web.mjs [--site DIR] [--no-tests]
import { build } from 'esbuild';
import { cpSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(fileURLToPath(import.meta.url), '..', '..');
const args = process.argv.slice(2);
const site = join(root, args.includes('--site') ? args[args.indexOf('--site') + 1] : 'build/site');
const withTests = !args.includes('--no-tests');

mkdirSync(site, { recursive: true });
cpSync(join(root, 'web', 'public'), site, { recursive: true });

// The page and the worker: ES modules, no eval (the CSP forbids it), one file each.
const common = {
  bundle: true,
  format: 'esm',
  target: 'es2022',
  minify: true,
  sourcemap: 'linked',
  legalComments: 'none',
  logLevel: 'warning',
  jsx: 'automatic',
  jsxImportSource: 'preact',
};
await build({
  ...common,
  entryPoints: { app: join(root, 'web/src/main.tsx'), 'core-worker': join(root, 'web/src/core/worker.ts') },
  outdir: site,
  // The WASM glue is not bundled: the worker imports it at run time from wasm/.
  external: ['./wasm/*'],
  metafile: false,
});

function findTests(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return findTests(path);
    return /\.test\.tsx?$/.test(entry.name) ? [path] : [];
  });
}

if (withTests) {
  const out = join(root, 'build', 'web-unit');
  rmSync(out, { recursive: true, force: true });
  const tests = findTests(join(root, 'web', 'src'));
  await build({
    ...common,
    minify: false,
    sourcemap: 'inline',
    platform: 'node',
    packages: 'external',
    entryPoints: Object.fromEntries(tests.map((t) => [relative(join(root, 'web', 'src'), t).replace(/\.tsx?$/, '').replaceAll('/', '__'), t])),
    outdir: out,
    outExtension: { '.js': '.mjs' },
  });
}
