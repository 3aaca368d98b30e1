// Bytes in the worker: SHA-256 by WebCrypto and ZIP writing by fflate. Shared by the
// worker's tasks (tasks.ts) and the views' worker work (views/<view>/work/).
import { zipSync, type Zippable } from 'fflate';

export async function sha256Hex(data: ArrayBuffer | Uint8Array): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', data as BufferSource));
  return Array.from(digest, (b) => b.toString(16).padStart(2, '0')).join('');
}

const bytesOf = async (data: Blob | Uint8Array): Promise<Uint8Array> =>
  data instanceof Uint8Array ? data : new Uint8Array(await data.arrayBuffer());

/** A ZIP of the named entries; proofs (PDF, images) are compressed already, so stored unless asked. */
export async function zipEntries(entries: { name: string; data: Blob | Uint8Array; compress?: boolean }[], progress?: (done: number, total: number) => void): Promise<Blob> {
  const files: Zippable = {};
  let done = 0;
  for (const entry of entries) {
    files[entry.name] = [await bytesOf(entry.data), { level: entry.compress ? 6 : 0 }];
    progress?.(++done, entries.length);
  }
  const bytes = zipSync(files);
  return new Blob([bytes as BlobPart], { type: 'application/zip' });
}

