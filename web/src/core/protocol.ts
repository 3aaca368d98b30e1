// The message protocol between the page (client.ts) and the core's module worker
// (worker.ts). Every message is a plain object (structured clone); bytes travel as
// transferable ArrayBuffers or as Blobs (which cross without a copy of their contents).
//
//   page → worker  {type: 'call', id, op, request, payload?, progress?}
//                  {type: 'task', id, task, input, progress?}      JS work in the worker (zip, hash…)
//                  {type: 'cancel', id}                              best effort: drops the answer
//   worker → page  {type: 'ready'}                                   the WASM module is loaded
//                  {type: 'load-failed', message}                    it could not be loaded
//                  {type: 'progress', id, done, total}               for long work, may repeat
//                  {type: 'result', id, result}                      the envelope's `result`
//                  {type: 'error', id, error: {code, path, message}} `ok: false` or a failure
//
// `id` pairs an answer with its call; answers may come in any order.
import type { OperationName } from './operations.ts';
import type { PublisherTasks } from '../views/publisher/work/protocol.ts';

/** Work done in the worker by JavaScript rather than the core (ZIP, hashing). See tasks.ts. */
export interface CoreTasks {
  /** SHA-256 of each blob, lower-case hex, in order. */
  sha256: { input: { blobs: Blob[] }; output: { digests: string[] } };
  /** A ZIP of the named entries (stored or deflated). */
  zip: { input: { entries: { name: string; data: Blob | Uint8Array; compress?: boolean }[] }; output: { zip: Blob } };
  /**
   * Every entry of a ZIP (or only the `names` given), in order and same-named copies included,
   * with its size and SHA-256 (the bytes stay Blobs); progress is the ZIP's bytes read.
   */
  unzip: {
    input: { zip: Blob; maxEntries?: number; maxBytes?: number; names?: string[] };
    output: { entries: { name: string; size: number; sha256: string; data: Blob }[]; unpacked_bytes: number };
  };
}
/**
 * Every task: the shared ones above and each view's own (views/<view>/work/), which run in
 * the worker with the core and the workspace at hand (see TaskContext in tasks.ts).
 */
export type Tasks = CoreTasks & PublisherTasks;
export type TaskName = keyof Tasks;

export interface CallMessage {
  type: 'call';
  id: number;
  op: OperationName;
  /** The request object; the worker serialises it (or a string already serialised). */
  request: unknown;
  /**
   * Bytes that go to the core beside the JSON request (a large CSV file), through the
   * embind entry `dispatch(op, json, payloadBytes, progress)` (docs/operations/payload.md).
   */
  payload?: ArrayBuffer | Blob;
  /** Send progress messages for this call. */
  progress?: boolean;
}

export interface TaskMessage<K extends TaskName = TaskName> {
  type: 'task';
  id: number;
  task: K;
  input: Tasks[K]['input'];
  progress?: boolean;
}

export interface CancelMessage {
  type: 'cancel';
  id: number;
}

export type ToWorker = CallMessage | TaskMessage | CancelMessage;

export interface ErrorPayload {
  code: string;
  path: string;
  message: string;
}

export type FromWorker =
  | { type: 'ready' }
  | { type: 'load-failed'; message: string }
  | { type: 'progress'; id: number; done: number; total: number }
  | { type: 'result'; id: number; result: unknown }
  | { type: 'error'; id: number; error: ErrorPayload };

/** Codes the page and its worker add to the core's own (never sent by the core). */
export const CLIENT_ERROR_CODES = {
  /** The WASM module could not be loaded (network, missing file, old browser). */
  loadFailed: 'client.load_failed',
  /** The worker died or was restarted while a call was waiting. */
  workerLost: 'client.worker_lost',
  /** The call was cancelled by the page. */
  cancelled: 'client.cancelled',
  /** The module answered with something that is not an envelope. */
  badResponse: 'client.bad_response',
  /** A task in the worker failed (a damaged ZIP, an unreadable file). */
  taskFailed: 'client.task_failed',
} as const;
