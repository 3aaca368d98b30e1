// The core's module worker: the only place where the WebAssembly module is loaded and
// called. It answers the page's messages (protocol.ts) one at a time, in arrival order,
// so a long call never freezes the page, only the worker.
import { CLIENT_ERROR_CODES, type FromWorker, type ToWorker } from './protocol.ts';
import { ClaimsError, toPayload, unwrapEnvelope } from './errors.ts';
import { isOperationName, type OperationName } from './operations.ts';
import { runTask, type TaskContext } from './tasks.ts';
import { Workspace } from '../store/workspace.ts';

/**
 * What the embind layer exports (wasm/bindings.cpp): dispatch overloaded by argument
 * count; the payload form copies the bytes once into WASM memory, no text in between.
 */
interface ClaimsModule {
  dispatch: ((op: string, request: string) => string) &
    ((op: string, request: string, payload: Uint8Array, progress: ((done: number, total: number) => void) | null) => string);
}

interface WorkerScope {
  postMessage(message: FromWorker, transfer?: Transferable[]): void;
  addEventListener(type: 'message', listener: (event: MessageEvent<ToWorker>) => void): void;
  location: { href: string };
}
const scope = globalThis as unknown as WorkerScope;
const post = (message: FromWorker): void => scope.postMessage(message);

// The module sits beside this script in wasm/ (scripts/build-site). The URL is built at
// run time so esbuild leaves the import alone.
const moduleUrl = new URL('./wasm/claims.mjs', scope.location.href).href;

async function load(): Promise<ClaimsModule> {
  const { default: create } = (await import(/* @vite-ignore */ moduleUrl)) as {
    default: (options?: object) => Promise<ClaimsModule>;
  };
  return create();
}

const loading: Promise<ClaimsModule> = load();
loading.then(
  () => post({ type: 'ready' }),
  (e: unknown) => post({ type: 'load-failed', message: e instanceof Error ? e.message : String(e) }),
);

const cancelled = new Set<number>();

async function loaded(): Promise<ClaimsModule> {
  try {
    return await loading;
  } catch (e) {
    throw new ClaimsError(CLIENT_ERROR_CODES.loadFailed, '', e instanceof Error ? e.message : String(e));
  }
}

// The workspace, for the views' tasks (views/<view>/work/): opened on first use.
let workspace: Promise<Workspace> | null = null;
const taskContext = (progress: TaskContext['progress'], id: number): TaskContext => ({
  progress,
  cancelled: () => cancelled.has(id),
  call: async (op, request, options) => {
    const module = await loaded();
    const text = JSON.stringify(request);
    if (!options?.payload) return unwrapEnvelope(module.dispatch(op, text)) as never;
    return unwrapEnvelope(module.dispatch(op, text, options.payload, options.onProgress ?? null)) as never;
  },
  workspace: () => {
    workspace ??= Workspace.open();
    workspace.catch(() => { workspace = null; });
    return workspace;
  },
});

async function call(module: ClaimsModule, message: Extract<ToWorker, { type: 'call' }>): Promise<unknown> {
  if (!isOperationName(message.op)) {
    throw new ClaimsError('request.unknown_operation', '', `Unknown operation "${String(message.op).slice(0, 64)}".`);
  }
  const text = typeof message.request === 'string' ? message.request : JSON.stringify(message.request);
  if (message.payload === undefined) return unwrapEnvelope(module.dispatch(message.op satisfies OperationName, text));

  // Large inputs: bytes beside the JSON (docs/operations/payload.md), with progress reports.
  const bytes = new Uint8Array(message.payload instanceof Blob ? await message.payload.arrayBuffer() : message.payload);
  const progress = message.progress
    ? (done: number, total: number): void => post({ type: 'progress', id: message.id, done, total })
    : null;
  return unwrapEnvelope(module.dispatch(message.op, text, bytes, progress));
}

// One message at a time, in order: the core is single-threaded and calls are short next to
// the time a user takes to notice; long ones report progress.
let queue: Promise<void> = Promise.resolve();

scope.addEventListener('message', (event) => {
  const message = event.data;
  if (message.type === 'cancel') {
    cancelled.add(message.id);
    return;
  }
  queue = queue.then(async () => {
    if (cancelled.delete(message.id)) return;
    try {
      let result: unknown;
      if (message.type === 'call') {
        result = await call(await loaded(), message);
      } else {
        const progress = message.progress
          ? (done: number, total: number) => post({ type: 'progress', id: message.id, done, total })
          : undefined;
        result = await runTask(message.task, message.input, taskContext(progress, message.id));
      }
      if (!cancelled.delete(message.id)) post({ type: 'result', id: message.id, result });
    } catch (e) {
      if (!cancelled.delete(message.id)) post({ type: 'error', id: message.id, error: toPayload(e) });
    }
  });
});
