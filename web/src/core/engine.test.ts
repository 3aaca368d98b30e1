import assert from 'node:assert/strict';
import { test } from 'node:test';
import { ClaimsError } from './errors.ts';
import { Engine, type ClaimsModule } from './engine.ts';

/** A module that answers until it is told to break, then throws on every call, as an aborted WASM instance does. */
function fakeModule(name: string, breakOn: string | null): ClaimsModule {
  let broken = false;
  const dispatch = (op: string): string => {
    if (broken || op === breakOn) { broken = true; throw new Error('Aborted(Cannot enlarge memory arrays)'); }
    return `{"ok":true,"result":{"by":"${name}"}}`;
  };
  return { dispatch: dispatch as ClaimsModule['dispatch'] };
}

test('a call that breaks the module is request.too_large, and the next call gets a fresh instance', async () => {
  let loads = 0;
  const engine = new Engine(async () => fakeModule(`instance ${++loads}`, loads === 1 ? 'huge' : null));
  assert.equal(await engine.dispatch('sniff_media_type', '{}'), '{"ok":true,"result":{"by":"instance 1"}}');
  await assert.rejects(engine.dispatch('huge', '{}'), (e: unknown) => {
    assert.ok(e instanceof ClaimsError);
    assert.equal(e.code, 'request.too_large');
    assert.equal(e.path, '');
    assert.match(e.message, /ran out of memory/);
    return true;
  });
  assert.equal(engine.replacements, 1);
  assert.equal(await engine.dispatch('sniff_media_type', '{}'), '{"ok":true,"result":{"by":"instance 2"}}');
  assert.equal(loads, 2);
});

test('a module that cannot load is client.load_failed, and nothing is replaced', async () => {
  const engine = new Engine(async () => { throw new Error('no such file'); });
  await assert.rejects(engine.dispatch('sniff_media_type', '{}'), (e: unknown) => e instanceof ClaimsError && e.code === 'client.load_failed');
  assert.equal(engine.replacements, 0);
});
