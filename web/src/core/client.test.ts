// The page's side of the worker protocol, against a fake worker: answers paired by id in
// any order, progress, ClaimsError with code and path, load failure and retry.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { CoreClient, headBase64, type WorkerLike } from './client.ts';
import { ClaimsError, unwrapEnvelope } from './errors.ts';
import type { FromWorker, ToWorker } from './protocol.ts';

class FakeWorker implements WorkerLike {
  sent: ToWorker[] = [];
  terminated = false;
  #message: ((e: MessageEvent<FromWorker>) => void)[] = [];
  #error: ((e: Event) => void)[] = [];
  postMessage(m: ToWorker): void { this.sent.push(m); }
  addEventListener(type: 'message' | 'error', l: (e: never) => void): void {
    if (type === 'message') this.#message.push(l as (e: MessageEvent<FromWorker>) => void);
    else this.#error.push(l as (e: Event) => void);
  }
  terminate(): void { this.terminated = true; }
  answer(m: FromWorker): void { for (const l of this.#message) l({ data: m } as MessageEvent<FromWorker>); }
  fail(message: string): void { for (const l of this.#error) l({ message } as unknown as Event); }
}

function setup() {
  const workers: FakeWorker[] = [];
  const client = new CoreClient(() => { const w = new FakeWorker(); workers.push(w); return w; });
  return { client, workers, worker: () => workers[workers.length - 1]! };
}

test('answers are paired with their calls by id, in any order; progress reaches its call', async () => {
  const { client, worker } = setup();
  assert.equal(client.state, 'loading');
  worker().answer({ type: 'ready' });
  assert.equal(client.state, 'ready');
  const seen: [number, number][] = [];
  const a = client.call('sniff_media_type', { head: 'JVBERi0=' });
  const b = client.call('compute_lifecycle', { lifecycle: { lock: { rule: 'immediate' } }, transaction_date: '2026-01-01', as_of: '2026-01-02' },
    { onProgress: (done, total) => seen.push([done, total]) });
  const [first, second] = worker().sent as Extract<ToWorker, { type: 'call' }>[];
  assert.equal(first?.op, 'sniff_media_type');
  assert.equal(second?.progress, true);
  worker().answer({ type: 'progress', id: second!.id, done: 1, total: 2 });
  worker().answer({ type: 'result', id: second!.id, result: { status: 'paid' } });
  worker().answer({ type: 'result', id: first!.id, result: { media_type: 'application/pdf' } });
  assert.deepEqual(await a, { media_type: 'application/pdf' });
  assert.deepEqual(await b, { status: 'paid' });
  assert.deepEqual(seen, [[1, 2]]);
});

test('a refused request is a ClaimsError with the core\'s code and path', async () => {
  const { client, worker } = setup();
  const call = client.call('validate_claims', { as_of: 'x', claims: [] });
  const { id } = worker().sent[0] as { id: number };
  worker().answer({ type: 'error', id, error: { code: 'request.invalid', path: '/as_of', message: 'as_of "x" is not a valid date' } });
  await assert.rejects(call, (e: unknown) => e instanceof ClaimsError && e.code === 'request.invalid' && e.path === '/as_of');
});

test('a failed load is reported, waiting calls fail, and a retry starts a new worker', async () => {
  const { client, workers, worker } = setup();
  let changes = 0;
  client.subscribe(() => { changes += 1; });
  const waiting = client.call('sniff_media_type', { head: '' });
  worker().fail('404');
  assert.equal(client.state, 'failed');
  assert.equal(client.failure, '404');
  await assert.rejects(waiting, (e: unknown) => e instanceof ClaimsError && e.code === 'client.load_failed');
  client.retry();
  assert.equal(workers.length, 2);
  assert.equal(workers[0]?.terminated, true);
  assert.equal(client.state, 'loading');
  worker().answer({ type: 'ready' });
  assert.equal(client.state, 'ready');
  assert.ok(changes >= 3);
  // An answer from the old worker is ignored.
  workers[0]?.answer({ type: 'load-failed', message: 'late' });
  assert.equal(client.state, 'ready');
});

test('an aborted call is rejected and the worker is told to drop it', async () => {
  const { client, worker } = setup();
  const abort = new AbortController();
  const call = client.call('sniff_media_type', { head: '' }, { signal: abort.signal });
  abort.abort();
  await assert.rejects(call, (e: unknown) => e instanceof ClaimsError && e.code === 'client.cancelled');
  assert.equal(worker().sent[1]?.type, 'cancel');
});

test('envelopes: ok gives the result, ok:false a ClaimsError, anything else a bad response', () => {
  assert.deepEqual(unwrapEnvelope('{"ok":true,"result":{"a":1}}'), { a: 1 });
  assert.throws(() => unwrapEnvelope('{"ok":false,"error":{"code":"request.invalid_json","path":"","message":"m"}}'),
    (e: unknown) => e instanceof ClaimsError && e.code === 'request.invalid_json' && e.message === 'm');
  assert.throws(() => unwrapEnvelope('not json'), (e: unknown) => e instanceof ClaimsError && e.code === 'client.bad_response');
  assert.throws(() => unwrapEnvelope('{"result":1}'), (e: unknown) => e instanceof ClaimsError && e.code === 'client.bad_response');
});

test('the head of a file goes to the core as base64 of at most 64 bytes', () => {
  assert.equal(headBase64(new Uint8Array([0x25, 0x50, 0x44, 0x46, 0x2d])), 'JVBERi0=');
  assert.equal(atob(headBase64(new Uint8Array(100))).length, 64);
});
