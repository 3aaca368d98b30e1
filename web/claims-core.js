// Facade over the WebAssembly core: JSON in, JSON out, and `ok: false` turned into a
// thrown ClaimsError with `.code` and `.path`. Types: claims-core.d.ts.
// Only strings cross into the module and only strings come back, so nothing here holds
// a handle that would have to be deleted.

export class ClaimsError extends Error {
  /** @param {string} code @param {string} path @param {string} message */
  constructor(code, path, message) {
    super(message);
    this.name = 'ClaimsError';
    this.code = code;
    this.path = path;
  }
}

/** @type {Promise<import('./claims-core').ClaimsCore> | null} */
let loading = null;

/** @param {string} [moduleUrl] */
export function loadClaimsCore(moduleUrl = new URL('./wasm/claims.mjs', import.meta.url).href) {
  if (!loading) loading = import(moduleUrl).then(async ({ default: create }) => wrap(await create()));
  return loading;
}

/** @param {{dispatch(op: string, request: string): string}} module */
function wrap(module) {
  /** @param {string} operation @param {object} request */
  function call(operation, request) {
    const envelope = JSON.parse(module.dispatch(operation, JSON.stringify(request)));
    if (!envelope.ok) {
      const { code, path, message } = envelope.error;
      throw new ClaimsError(code, path, message);
    }
    return envelope.result;
  }
  return {
    call,
    dispatchText: (operation, requestText) => module.dispatch(operation, requestText),
    sniffMediaType(head) {
      let binary = '';
      for (const byte of head.subarray(0, 64)) binary += String.fromCharCode(byte);
      return call('sniff_media_type', { head: btoa(binary) }).media_type;
    },
    computeLifecycle: (request) => call('compute_lifecycle', request),
  };
}

/** @param {ArrayBuffer | Uint8Array} bytes */
export async function sha256Hex(bytes) {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', bytes));
  return Array.from(digest, (b) => b.toString(16).padStart(2, '0')).join('');
}
