#!/usr/bin/env node
// Writes the service worker of a built site: every file of the site (source maps aside) is
// an asset, listed with its SHA-256, and the version is a hash of that list, so any change
// of any byte is a new version (and a new cache) and nothing else is. Writes
//   <site>/asset-manifest.json  {version, assets: [{url, sha256, size}]}
//   <site>/sw.js                VERSION and ASSETS, then web/sw/sw.js
// Usage: node scripts/build-sw.mjs [--site DIR]   (after the site is complete)
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(fileURLToPath(import.meta.url), '..', '..');
const args = process.argv.slice(2);
const site = resolve(root, args.includes('--site') ? args[args.indexOf('--site') + 1] : 'build/site');
const OWN = new Set(['sw.js', 'asset-manifest.json']);

function files(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    return entry.isDirectory() ? files(path) : [path];
  });
}

const assets = files(site)
  .map((path) => relative(site, path).split(sep).join('/'))
  .filter((url) => !OWN.has(url) && !url.endsWith('.map'))
  .sort()
  .map((url) => {
    const bytes = readFileSync(join(site, url));
    return { url, sha256: createHash('sha256').update(bytes).digest('hex'), size: bytes.length };
  });
const version = createHash('sha256').update(assets.map((a) => `${a.url} ${a.sha256}\n`).join('')).digest('hex').slice(0, 16);

writeFileSync(join(site, 'asset-manifest.json'), `${JSON.stringify({ version, assets }, null, 1)}\n`);
const head = `const VERSION = ${JSON.stringify(version)};\nconst ASSETS = ${JSON.stringify(assets.map((a) => [a.url, a.sha256]))};\n`;
writeFileSync(join(site, 'sw.js'), head + readFileSync(join(root, 'web', 'sw', 'sw.js'), 'utf8'));
console.log(`service worker ${version}: ${assets.length} assets, ${assets.reduce((n, a) => n + a.size, 0)} bytes`);
