// The page's side of the core: a typed facade that sends every call to the module worker
// (worker.ts) and never loads the WASM module itself. `call` is typed by operations.ts.
import { ClaimsError, fromPayload } from './errors.ts';
import type { OperationName, RequestOf, ResultOf } from './operations.ts';
import { CLIENT_ERROR_CODES, type FromWorker, type TaskName, type Tasks, type ToWorker } from './protocol.ts';

export type CoreState = 'loading' | 'ready' | 'failed';

/** The part of a Worker the client uses (a fake one in the unit tests). */
export interface WorkerLike {
  postMessage(message: ToWorker, transfer?: Transferable[]): void;
  addEventListener(type: 'message', listener: (event: MessageEvent<FromWorker>) => void): void;
  addEventListener(type: 'error', listener: (event: Event) => void): void;
  terminate(): void;
}

export interface CallOptions {
  /** Called with (done, total) while the worker reports progress. */
  onProgress?: (done: number, total: number) => void;
  /** Aborting rejects the call with client.cancelled and drops its answer. */
  signal?: AbortSignal;
  /** Bytes sent beside the request (see protocol.ts); transferred, not copied, when an ArrayBuffer. */
  payload?: ArrayBuffer | Blob;
}

interface Pending {
  resolve: (value: unknown) => void;
  reject: (error: ClaimsError) => void;
  onProgress: ((done: number, total: number) => void) | undefined;
}

export class CoreClient {
  #worker: WorkerLike | null = null;
  #nextId = 1;
  #pending = new Map<number, Pending>();
  #listeners = new Set<() => void>();
  #state: CoreState = 'loading';
  #failure = '';

  constructor(private readonly createWorker: () => WorkerLike) {
    this.#start();
  }

  get state(): CoreState {
    return this.#state;
  }

  /** Why the module could not load (for the details line under the retry button). */
  get failure(): string {
    return this.#failure;
  }

  /** Calls fn on every state change; returns the unsubscribe function. */
  subscribe(fn: () => void): () => void {
    this.#listeners.add(fn);
    return () => this.#listeners.delete(fn);
  }

  /** Runs one operation of the core in the worker: its result, or a ClaimsError. */
  call<Op extends OperationName>(op: Op, request: RequestOf<Op>, options: CallOptions = {}): Promise<ResultOf<Op>> {
    return this.#send(
      (id) => ({ type: 'call', id, op, request, payload: options.payload, progress: Boolean(options.onProgress) }),
      options,
      options.payload instanceof ArrayBuffer ? [options.payload] : [],
    ) as Promise<ResultOf<Op>>;
  }

  /** Runs JavaScript work in the worker (hashing, ZIP): see tasks.ts. */
  task<K extends TaskName>(task: K, input: Tasks[K]['input'], options: Omit<CallOptions, 'payload'> = {}): Promise<Tasks[K]['output']> {
    return this.#send((id) => ({ type: 'task', id, task, input, progress: Boolean(options.onProgress) }), options, []) as Promise<
      Tasks[K]['output']
    >;
  }

  /** A new worker after a failed load (or to recover from a stuck one). Waiting calls fail. */
  retry(): void {
    this.#worker?.terminate();
    this.#rejectAll(CLIENT_ERROR_CODES.workerLost, 'The claims engine was restarted.');
    this.#start();
  }

  /** Stops the worker for good (tests, page unload). */
  dispose(): void {
    this.#worker?.terminate();
    this.#worker = null;
    this.#rejectAll(CLIENT_ERROR_CODES.workerLost, 'The claims engine was stopped.');
  }

  #send(build: (id: number) => ToWorker, options: Omit<CallOptions, 'payload'>, transfer: Transferable[]): Promise<unknown> {
    const id = this.#nextId++;
    return new Promise((resolve, reject) => {
      const worker = this.#worker;
      if (!worker) {
        reject(new ClaimsError(CLIENT_ERROR_CODES.workerLost, '', 'The claims engine is stopped.'));
        return;
      }
      if (options.signal?.aborted) {
        reject(new ClaimsError(CLIENT_ERROR_CODES.cancelled, '', 'Cancelled.'));
        return;
      }
      this.#pending.set(id, { resolve, reject, onProgress: options.onProgress });
      options.signal?.addEventListener(
        'abort',
        () => {
          if (!this.#pending.has(id)) return;
          this.#pending.delete(id);
          this.#worker?.postMessage({ type: 'cancel', id });
          reject(new ClaimsError(CLIENT_ERROR_CODES.cancelled, '', 'Cancelled.'));
        },
        { once: true },
      );
      worker.postMessage(build(id), transfer);
    });
  }

  #start(): void {
    this.#setState('loading', '');
    let worker: WorkerLike;
    try {
      worker = this.createWorker();
    } catch (e) {
      this.#worker = null;
      this.#setState('failed', e instanceof Error ? e.message : String(e));
      return;
    }
    this.#worker = worker;
    worker.addEventListener('message', (event: MessageEvent<FromWorker>) => {
      if (this.#worker !== worker) return; // an answer from a worker that was replaced
      this.#receive(event.data);
    });
    worker.addEventListener('error', (event: Event) => {
      if (this.#worker !== worker) return;
      // The worker's own script failed (not found, blocked): nothing will answer.
      const message = (event as ErrorEvent).message || 'The engine\'s worker could not start.';
      this.#rejectAll(CLIENT_ERROR_CODES.loadFailed, message);
      this.#setState('failed', message);
    });
  }

  #receive(message: FromWorker): void {
    switch (message.type) {
      case 'ready':
        this.#setState('ready', '');
        return;
      case 'load-failed':
        this.#setState('failed', message.message);
        return;
      case 'progress':
        this.#pending.get(message.id)?.onProgress?.(message.done, message.total);
        return;
      case 'result': {
        const pending = this.#pending.get(message.id);
        this.#pending.delete(message.id);
        pending?.resolve(message.result);
        return;
      }
      case 'error': {
        const pending = this.#pending.get(message.id);
        this.#pending.delete(message.id);
        pending?.reject(fromPayload(message.error));
        return;
      }
    }
  }

  #rejectAll(code: string, message: string): void {
    const pending = [...this.#pending.values()];
    this.#pending.clear();
    for (const p of pending) p.reject(new ClaimsError(code, '', message));
  }

  #setState(state: CoreState, failure: string): void {
    this.#state = state;
    this.#failure = failure;
    for (const fn of this.#listeners) fn();
  }
}

/** The worker as the page starts it: a module worker beside app.js. */
export function createBrowserCore(): CoreClient {
  const url = new URL('./core-worker.js', import.meta.url);
  return new CoreClient(() => new Worker(url, { type: 'module', name: 'claims-core' }) as unknown as WorkerLike);
}

/** Base64 of at most the first 64 bytes, as sniff_media_type takes them. */
export function headBase64(head: Uint8Array): string {
  let binary = '';
  for (const byte of head.subarray(0, 64)) binary += String.fromCharCode(byte);
  return btoa(binary);
}
