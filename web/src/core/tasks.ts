// JavaScript work that runs in the core's worker beside the WASM module: hashing (WebCrypto),
// ZIP writing and reading (fflate), and each view's own worker work (views/<view>/work/),
// which gets the core and the workspace through a TaskContext. Kept here so that large
// files and large lists never block the page.
import { sha256Hex, zipEntries } from './files.ts';
import { readZip } from './unzip.ts';
import type { CoreTasks, TaskName, Tasks } from './protocol.ts';
import type { OperationName, RequestOf, ResultOf } from './operations.ts';
import type { Workspace } from '../store/workspace.ts';
import { ClaimsError } from './errors.ts';
import { CLIENT_ERROR_CODES } from './protocol.ts';
import { publisherTasks } from '../views/publisher/work/tasks.ts';

type Progress = ((done: number, total: number) => void) | undefined;

/** What a task gets in the worker: progress reporting, the core, and the workspace (IndexedDB). */
export interface TaskContext {
  progress: Progress;
  /** True once the page cancelled this task: long tasks ask between steps and stop. */
  cancelled: () => boolean;
  /**
   * Runs an operation of the core in this worker (no message round trip). `payload`: a
   * file's bytes beside the request, standing for its `csv` (import_claims_csv,
   * import_decisions_csv; docs/operations/payload.md); `onProgress` then gets bytes read.
   */
  call<Op extends OperationName>(
    op: Op, request: RequestOf<Op>,
    options?: { payload?: Uint8Array; onProgress?: (done: number, total: number) => void },
  ): Promise<ResultOf<Op>>;
  /** The workspace, opened in the worker on first use (the same database as the page's). */
  workspace(): Promise<Workspace>;
}

export type TaskHandlers<T> = { [K in keyof T]: T[K] extends { input: infer I; output: infer O } ? (input: I, context: TaskContext) => Promise<O> : never };

const coreTasks: TaskHandlers<CoreTasks> = {
  async sha256({ blobs }, { progress }) {
    const digests: string[] = [];
    for (const blob of blobs) {
      digests.push(await sha256Hex(await blob.arrayBuffer()));
      progress?.(digests.length, blobs.length);
    }
    return { digests };
  },

  async zip({ entries }, { progress }) {
    return { zip: await zipEntries(entries, progress) };
  },

  async unzip({ zip, maxEntries, maxBytes, names }, { progress, cancelled }) {
    // Streamed, with the limits running on the bytes actually inflated (unzip.ts); every
    // entry is kept in order, same-named copies included, for check_package to judge.
    const read = await readZip(new Uint8Array(await zip.arrayBuffer()), {
      ...(maxEntries === undefined ? {} : { maxEntries }), ...(maxBytes === undefined ? {} : { maxBytes }),
      ...(names ? { names } : {}), ...(progress ? { onProgress: progress } : {}), isCancelled: cancelled,
    });
    const entries: Tasks['unzip']['output']['entries'] = [];
    for (const { name, data } of read.entries) {
      entries.push({ name, size: data.length, sha256: await sha256Hex(data), data: new Blob([data as BlobPart]) });
    }
    return { entries, unpacked_bytes: read.unpacked_bytes };
  },
};

const handlers: TaskHandlers<Tasks> = { ...coreTasks, ...publisherTasks };

export async function runTask(task: TaskName, input: unknown, context: TaskContext): Promise<unknown> {
  const handler = (Object.hasOwn(handlers, task) ? handlers[task] : undefined) as ((input: unknown, context: TaskContext) => Promise<unknown>) | undefined;
  if (!handler) throw new ClaimsError(CLIENT_ERROR_CODES.taskFailed, '', `Unknown task "${String(task).slice(0, 64)}".`);
  return handler(input, context);
}
