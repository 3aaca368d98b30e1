// The WASM module as the worker holds it: loaded once, and replaced when a call breaks it.
// The core answers every request with an envelope, memory exhaustion included (spec
// section 3); but a module that aborts anyway (an allocation that cannot be answered, a
// trap) is left unusable, and every later call on it would fail too. So a call that throws
// instead of answering drops the instance: the request gets request.too_large (what the
// spec names for a request the engine has no memory for), and the next call loads a fresh
// instance, transparently.
import { ClaimsError } from './errors.ts';
import { CLIENT_ERROR_CODES } from './protocol.ts';

/**
 * What the embind layer exports (wasm/bindings.cpp): dispatch overloaded by argument
 * count; the payload form copies the bytes once into WASM memory, no text in between.
 */
export interface ClaimsModule {
  dispatch: ((op: string, request: string) => string) &
    ((op: string, request: string, payload: Uint8Array, progress: ((done: number, total: number) => void) | null) => string);
}

export const BROKEN_MESSAGE =
  'The claims engine ran out of memory on this request and was restarted. The request is too large to process at once; split it.';

export class Engine {
  #loading: Promise<ClaimsModule>;
  #replacements = 0;

  constructor(private readonly load: () => Promise<ClaimsModule>) {
    this.#loading = load();
  }

  /** The first load, for the worker's "ready" / "load-failed" message. */
  get first(): Promise<ClaimsModule> {
    return this.#loading;
  }

  /** How many times a broken instance was replaced (for tests and support). */
  get replacements(): number {
    return this.#replacements;
  }

  /** The module's response text; a ClaimsError when it could not load or broke. */
  async dispatch(op: string, request: string, payload?: Uint8Array, progress?: ((done: number, total: number) => void) | null): Promise<string> {
    const module = await this.#module();
    try {
      return payload === undefined ? module.dispatch(op, request) : module.dispatch(op, request, payload, progress ?? null);
    } catch (e) {
      this.#replacements += 1;
      this.#loading = this.load();
      this.#loading.catch(() => undefined); // reported by the next call that needs it
      const why = e instanceof Error ? e.message : String(e);
      throw new ClaimsError('request.too_large', '', `${BROKEN_MESSAGE} (${why.slice(0, 120)})`);
    }
  }

  async #module(): Promise<ClaimsModule> {
    try {
      return await this.#loading;
    } catch (e) {
      throw new ClaimsError(CLIENT_ERROR_CODES.loadFailed, '', e instanceof Error ? e.message : String(e));
    }
  }
}
