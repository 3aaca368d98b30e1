// JavaScript work that runs in the core's worker beside the WASM module: hashing (WebCrypto),
// ZIP writing and reading (fflate). Kept here so that large files never block the page.
import { unzipSync, zipSync, type Zippable } from 'fflate';
import type { TaskName, Tasks } from './protocol.ts';
import { ClaimsError } from './errors.ts';
import { CLIENT_ERROR_CODES } from './protocol.ts';

type Progress = ((done: number, total: number) => void) | undefined;

export async function sha256Hex(data: ArrayBuffer | Uint8Array): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', data as BufferSource));
  return Array.from(digest, (b) => b.toString(16).padStart(2, '0')).join('');
}

const bytesOf = async (data: Blob | Uint8Array): Promise<Uint8Array> =>
  data instanceof Uint8Array ? data : new Uint8Array(await data.arrayBuffer());

const handlers: { [K in TaskName]: (input: Tasks[K]['input'], progress: Progress) => Promise<Tasks[K]['output']> } = {
  async sha256({ blobs }, progress) {
    const digests: string[] = [];
    for (const blob of blobs) {
      digests.push(await sha256Hex(await blob.arrayBuffer()));
      progress?.(digests.length, blobs.length);
    }
    return { digests };
  },

  async zip({ entries }, progress) {
    const files: Zippable = {};
    let done = 0;
    for (const entry of entries) {
      // Proofs (PDF, images) are compressed already: stored, unless asked.
      files[entry.name] = [await bytesOf(entry.data), { level: entry.compress ? 6 : 0 }];
      progress?.(++done, entries.length);
    }
    const bytes = zipSync(files);
    return { zip: new Blob([bytes as BlobPart], { type: 'application/zip' }) };
  },

  async unzip({ zip, maxEntries = 10_000, maxBytes = 1_073_741_824, names: only }, progress) {
    const bytes = new Uint8Array(await zip.arrayBuffer());
    let count = 0;
    let declared = 0;
    // The sizes the ZIP declares are checked before anything is inflated.
    const files = unzipSync(bytes, {
      filter(file) {
        count += 1;
        declared += file.originalSize;
        if (count > maxEntries || declared > maxBytes) {
          throw new ClaimsError('package.too_large', '', `The ZIP holds more than ${maxEntries} entries or ${maxBytes} bytes.`);
        }
        return !only || only.includes(file.name);
      },
    });
    const names = Object.keys(files).filter((name) => !name.endsWith('/'));
    const entries: Tasks['unzip']['output']['entries'] = [];
    let unpacked = 0;
    for (const name of names) {
      const data = files[name] as Uint8Array;
      unpacked += data.length;
      entries.push({ name, size: data.length, sha256: await sha256Hex(data), data: new Blob([data as BlobPart]) });
      progress?.(entries.length, names.length);
    }
    return { entries, unpacked_bytes: unpacked };
  },
};

export async function runTask(task: TaskName, input: unknown, progress: Progress): Promise<unknown> {
  const handler = handlers[task] as ((input: unknown, progress: Progress) => Promise<unknown>) | undefined;
  if (!handler) throw new ClaimsError(CLIENT_ERROR_CODES.taskFailed, '', `Unknown task "${String(task).slice(0, 64)}".`);
  return handler(input, progress);
}
