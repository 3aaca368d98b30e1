// The facade's error handling, kept pure so that Node tests cover it: a core envelope
// becomes its result or a ClaimsError with the spec's code and path.
import { CLIENT_ERROR_CODES, type ErrorPayload } from './protocol.ts';

/** The request as a whole was refused (`ok: false`), or the core could not answer. */
export class ClaimsError extends Error {
  override readonly name = 'ClaimsError';
  /** A stable dotted code: the spec's ("request.invalid") or the page's ("client.load_failed"). */
  readonly code: string;
  /** JSON Pointer into the request ("" for the whole request). */
  readonly path: string;

  constructor(code: string, path: string, message: string) {
    super(message);
    this.code = code;
    this.path = path;
  }

  toPayload(): ErrorPayload {
    return { code: this.code, path: this.path, message: this.message };
  }
}

export const isClaimsError = (e: unknown): e is ClaimsError => e instanceof ClaimsError;

/** Rebuilds a ClaimsError from what crossed the worker boundary. */
export const fromPayload = (p: ErrorPayload): ClaimsError => new ClaimsError(p.code, p.path, p.message);

/**
 * Reads the core's response text: `{"ok": true, "result": …}` gives the result;
 * `{"ok": false, "error": {code, path, message}}` throws it as a ClaimsError; anything else
 * is a client.bad_response (the module or its build is broken).
 */
export function unwrapEnvelope(text: string): unknown {
  let envelope: unknown;
  try {
    envelope = JSON.parse(text);
  } catch {
    throw new ClaimsError(CLIENT_ERROR_CODES.badResponse, '', `The core answered with text that is not JSON (${text.length} characters).`);
  }
  if (typeof envelope !== 'object' || envelope === null || !('ok' in envelope)) {
    throw new ClaimsError(CLIENT_ERROR_CODES.badResponse, '', 'The core answered without an "ok" member.');
  }
  const e = envelope as { ok: unknown; result?: unknown; error?: Partial<ErrorPayload> };
  if (e.ok === true && 'result' in e) return e.result;
  if (e.ok === false && typeof e.error === 'object' && e.error !== null) {
    const { code, path, message } = e.error;
    throw new ClaimsError(String(code ?? CLIENT_ERROR_CODES.badResponse), String(path ?? ''), String(message ?? ''));
  }
  throw new ClaimsError(CLIENT_ERROR_CODES.badResponse, '', 'The core answered with an envelope of an unknown shape.');
}

/** Any thrown value as an error payload that can cross the worker boundary. */
export function toPayload(e: unknown, fallbackCode: string = CLIENT_ERROR_CODES.taskFailed): ErrorPayload {
  if (e instanceof ClaimsError) return e.toPayload();
  const message = e instanceof Error ? e.message : String(e);
  return { code: fallbackCode, path: '', message };
}
