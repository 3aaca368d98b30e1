// The core's module worker: the only place where the WebAssembly module is loaded and
// called. It answers the page's messages (protocol.ts) one at a time, in arrival order,
// so a long call never freezes the page, only the worker.
import type { FromWorker, ToWorker } from './protocol.ts';
import { ClaimsError, toPayload, unwrapEnvelope } from './errors.ts';
import { Engine, type ClaimsModule } from './engine.ts';
import { isOperationName, type OperationName } from './operations.ts';
import { runTask, type TaskContext } from './tasks.ts';
import { Workspace } from '../store/workspace.ts';

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

// Loaded once; a call that breaks the instance gets request.too_large and the next call a
// fresh instance (engine.ts).
const engine = new Engine(load);
engine.first.then(
  () => post({ type: 'ready' }),
  (e: unknown) => post({ type: 'load-failed', message: e instanceof Error ? e.message : String(e) }),
);

const cancelled = new Set<number>();

// The workspace, for the views' tasks (views/<view>/work/): opened on first use.
let workspace: Promise<Workspace> | null = null;
const taskContext = (progress: TaskContext['progress'], id: number): TaskContext => ({
  progress,
  cancelled: () => cancelled.has(id),
  call: async (op, request, options) =>
    unwrapEnvelope(await engine.dispatch(op, JSON.stringify(request), options?.payload, options?.onProgress)) as never,
  workspace: () => {
    workspace ??= Workspace.open();
    workspace.catch(() => { workspace = null; });
    return workspace;
  },
});

async function call(message: Extract<ToWorker, { type: 'call' }>): Promise<unknown> {
  if (!isOperationName(message.op)) {
    throw new ClaimsError('request.unknown_operation', '', `Unknown operation "${String(message.op).slice(0, 64)}".`);
  }
  const text = typeof message.request === 'string' ? message.request : JSON.stringify(message.request);
  if (message.payload === undefined) return unwrapEnvelope(await engine.dispatch(message.op satisfies OperationName, text));

  // Large inputs: bytes beside the JSON (docs/operations/payload.md), with progress reports.
  const bytes = new Uint8Array(message.payload instanceof Blob ? await message.payload.arrayBuffer() : message.payload);
  const progress = message.progress
    ? (done: number, total: number): void => post({ type: 'progress', id: message.id, done, total })
    : null;
  return unwrapEnvelope(await engine.dispatch(message.op, text, bytes, progress));
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
        result = await call(message);
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
