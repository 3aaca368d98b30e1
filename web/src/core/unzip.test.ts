import assert from 'node:assert/strict';
import { test } from 'node:test';
import { Zip, ZipDeflate, ZipPassThrough, zipSync, strToU8 } from 'fflate';
import { ClaimsError } from './errors.ts';
import { readZip } from './unzip.ts';

/** A ZIP written entry by entry, so that two entries may share a name (zipSync's object cannot). */
function zipOf(files: [string, Uint8Array, 'store' | 'deflate'][]): Uint8Array {
  const out: Uint8Array[] = [];
  const zip = new Zip((err, data) => { if (err) throw err; out.push(data); });
  for (const [name, data, how] of files) {
    const entry = how === 'store' ? new ZipPassThrough(name) : new ZipDeflate(name, { level: 6 });
    zip.add(entry);
    entry.push(data, true);
  }
  zip.end();
  const bytes = new Uint8Array(out.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of out) { bytes.set(p, at); at += p.length; }
  return bytes;
}

const text = (data: Uint8Array) => new TextDecoder().decode(data);

async function refusal(promise: Promise<unknown>): Promise<ClaimsError> {
  try {
    await promise;
  } catch (e) {
    assert.ok(e instanceof ClaimsError, `a ClaimsError, not ${String(e)}`);
    return e;
  }
  throw new Error('the ZIP was read');
}

test('every entry comes back in order with its bytes, folders left out', async () => {
  const bytes = zipSync({ 'claims.json': strToU8('{"a":1}'), 'proofs/': new Uint8Array(0), 'proofs/x.pdf': strToU8('%PDF-1.4') });
  const { entries, unpacked_bytes } = await readZip(bytes);
  assert.deepEqual(entries.map((e) => [e.name, text(e.data)]), [['claims.json', '{"a":1}'], ['proofs/x.pdf', '%PDF-1.4']]);
  assert.equal(unpacked_bytes, 15);
});

test('two entries with the same name are both kept, the first first', async () => {
  const bytes = zipOf([['proofs/a.pdf', strToU8('first'), 'deflate'], ['proofs/a.pdf', strToU8('second copy'), 'store']]);
  const { entries } = await readZip(bytes);
  assert.deepEqual(entries.map((e) => [e.name, text(e.data)]), [['proofs/a.pdf', 'first'], ['proofs/a.pdf', 'second copy']]);
});

test('an entry that declares 1 KB but inflates past the cap is refused while inflating', async () => {
  const big = new Uint8Array(8 << 20); // 8 MiB of zeros: a few KB deflated
  const bytes = zipSync({ 'proofs/bomb.pdf': [big, { level: 9 }] });
  // The local header's uncompressed size (offset 22, little-endian) now lies: 1,024 bytes.
  new DataView(bytes.buffer, bytes.byteOffset).setUint32(22, 1024, true);
  const e = await refusal(readZip(bytes, { maxBytes: 1 << 20 }));
  assert.equal(e.code, 'package.too_large');
});

test('declared sizes over the cap are refused before inflating', async () => {
  const bytes = zipSync({ 'a.bin': [new Uint8Array(600), { level: 0 }], 'b.bin': [new Uint8Array(600), { level: 0 }] });
  assert.equal((await refusal(readZip(bytes, { maxBytes: 1000 }))).code, 'package.too_large');
  assert.equal((await refusal(readZip(bytes, { maxEntries: 1 }))).code, 'package.too_large');
  assert.equal((await readZip(bytes, { maxBytes: 1200, maxEntries: 2 })).entries.length, 2);
});

test('a file that is not a ZIP, a cut one and an unknown compression are unreadable, in words', async () => {
  const notZip = await refusal(readZip(strToU8('%PDF-1.4 not a zip')));
  assert.equal(notZip.code, 'client.zip_unreadable');
  assert.equal((await refusal(readZip(new Uint8Array(0)))).code, 'client.zip_unreadable');

  const whole = zipSync({ 'proofs/x.pdf': [new Uint8Array(5000).fill(7), { level: 0 }] });
  assert.equal((await refusal(readZip(whole.subarray(0, 2000)))).code, 'client.zip_unreadable');

  const odd = zipSync({ 'x.txt': strToU8('hello') });
  new DataView(odd.buffer, odd.byteOffset).setUint16(8, 99, true); // compression method 99
  const unknown = await refusal(readZip(odd));
  assert.equal(unknown.code, 'client.zip_unreadable');
  assert.match(unknown.message, /compression/);
});

test('progress counts input bytes up to the whole file, and a cancel stops between steps', async () => {
  const noise = new Uint8Array(3 << 20).map((_, i) => (i * 2654435761) >>> 24);
  const bytes = zipSync({ 'proofs/n.bin': [noise, { level: 0 }] });
  const seen: number[] = [];
  await readZip(bytes, { onProgress: (read, total) => { assert.equal(total, bytes.length); seen.push(read); } });
  assert.equal(seen.at(-1), bytes.length);
  assert.ok(seen.length >= 3, `reports: ${seen.length}`);

  let asked = 0;
  const e = await refusal(readZip(bytes, { isCancelled: () => ++asked >= 2 }));
  assert.equal(e.code, 'client.cancelled');
});

test('names: only those entries are inflated', async () => {
  const bytes = zipSync({ 'claims.json': strToU8('{}'), 'proofs/a.pdf': strToU8('A'), 'proofs/b.pdf': strToU8('B') });
  const { entries } = await readZip(bytes, { names: ['proofs/b.pdf'] });
  assert.deepEqual(entries.map((e) => e.name), ['proofs/b.pdf']);
});
