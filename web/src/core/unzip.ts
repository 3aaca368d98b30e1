// Reading a ZIP someone else made (a claim package): streamed through fflate's Unzip, so
// that a hostile file is refused as soon as it passes the limits, not after it was
// inflated whole. A ZIP declares each entry's size, but the declaration is the sender's
// word: a 4 MB file whose entry "is" 1 KB can inflate to 1 GB. So the cap runs on the
// bytes actually inflated, and also on the declared sizes, whichever passes first.
//
// Every entry is kept, in the file's order, same-named copies included: check_package
// judges the attachments against the first copy and calls the others unexpected (docs/
// operations/check_package.md), which it can only do if it sees them all.
import { Unzip, UnzipInflate, type UnzipFile } from 'fflate';
import { ClaimsError } from './errors.ts';

/** The package limits of spec section 10, rule 1. */
export const ZIP_LIMITS = { maxEntries: 10_000, maxBytes: 1_073_741_824 } as const;

/**
 * Input bytes pushed into the inflater at a time. Deflate expands at most ~1,032 times, so a
 * 64 KiB piece inflates to at most ~66 MB before the cap is checked again; progress and
 * cancel come every STEP bytes (a timer per piece would add seconds to a large package).
 */
const PIECE = 1 << 16;
const STEP = 1 << 20;

export const ZIP_ERROR_CODES = {
  /** The file is not a ZIP, or it is damaged, or it uses a compression we do not read. */
  unreadable: 'client.zip_unreadable',
} as const;

export interface ZipEntry {
  name: string;
  data: Uint8Array;
}

export interface ReadZipOptions {
  maxEntries?: number;
  maxBytes?: number;
  /** Only these names are inflated (the others are still counted against the limits). */
  names?: readonly string[];
  /** Input bytes read so far, of the file's size. */
  onProgress?: (read: number, total: number) => void;
  /** Asked between chunks; true stops the reading with client.cancelled. */
  isCancelled?: () => boolean;
}

const tooLarge = (maxEntries: number, maxBytes: number) =>
  new ClaimsError('package.too_large', '', `The ZIP holds more than ${maxEntries} entries or more than ${maxBytes} bytes once unpacked.`);

const unreadable = (why: string) =>
  new ClaimsError(ZIP_ERROR_CODES.unreadable, '', `The file could not be read as a ZIP archive: ${why.slice(0, 120)}`);

/** Lets the worker handle a cancel message between chunks. */
const breathe = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/**
 * Every file entry of the ZIP (folders left out), in order, with the bytes inflated, or a
 * ClaimsError: package.too_large past a limit, client.zip_unreadable for a file that is
 * not a ZIP or is damaged, client.cancelled when isCancelled() said so.
 */
export async function readZip(bytes: Uint8Array, options: ReadZipOptions = {}): Promise<{ entries: ZipEntry[]; unpacked_bytes: number }> {
  const { maxEntries = ZIP_LIMITS.maxEntries, maxBytes = ZIP_LIMITS.maxBytes, names, onProgress, isCancelled } = options;
  const entries: ZipEntry[] = [];
  let count = 0;
  let declared = 0;
  let inflated = 0;
  let open = 0; // entries started and not yet inflated to their end
  let failure: ClaimsError | null = null;
  const fail = (e: ClaimsError) => { failure ??= e; };

  const reader = new Unzip((file: UnzipFile) => {
    if (failure) return;
    if (file.name.endsWith('/')) return; // a folder: nothing to inflate
    count += 1;
    declared += file.originalSize ?? 0;
    if (count > maxEntries || declared > maxBytes) { fail(tooLarge(maxEntries, maxBytes)); return; }
    if (names && !names.includes(file.name)) return;
    const parts: Uint8Array[] = [];
    let size = 0;
    open += 1;
    file.ondata = (err, data, final) => {
      if (failure) return;
      if (err) { fail(unreadable(err.message)); return; }
      size += data.length;
      inflated += data.length;
      if (inflated > maxBytes) { fail(tooLarge(maxEntries, maxBytes)); file.terminate(); return; }
      parts.push(data);
      if (final) { open -= 1; entries.push({ name: file.name, data: concat(parts, size) }); }
    };
    try {
      file.start();
    } catch (e) {
      fail(unreadable(e instanceof Error ? e.message : String(e)));
    }
  });
  reader.register(UnzipInflate);

  if (!looksLikeZip(bytes)) throw unreadable('it does not start as a ZIP archive does');
  for (let at = 0; at < bytes.length && !failure; at += PIECE) {
    const end = Math.min(at + PIECE, bytes.length);
    try {
      reader.push(bytes.subarray(at, end), end === bytes.length);
    } catch (e) {
      fail(unreadable(e instanceof Error ? e.message : String(e)));
    }
    if (end % STEP === 0 || end === bytes.length) {
      onProgress?.(end, bytes.length);
      if (end < bytes.length) {
        await breathe();
        if (isCancelled?.()) throw new ClaimsError('client.cancelled', '', 'Cancelled.');
      }
    }
  }
  if (failure) throw failure;
  if (open > 0) throw unreadable('the archive ends in the middle of a file');
  return { entries, unpacked_bytes: inflated };
}

/** "PK\x03\x04" (a first entry) or "PK\x05\x06" (an empty archive): the first 4 bytes are enough. */
export function looksLikeZip(bytes: Uint8Array): boolean {
  return bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && (bytes[2] === 3 || bytes[2] === 5);
}

function concat(parts: Uint8Array[], size: number): Uint8Array {
  if (parts.length === 1) return parts[0] as Uint8Array;
  const out = new Uint8Array(size);
  let at = 0;
  for (const part of parts) { out.set(part, at); at += part.length; }
  return out;
}
