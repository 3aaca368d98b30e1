import { test } from 'node:test';
import assert from 'node:assert/strict';
import { labelOf, list, str } from './show.ts';

test('any JSON value from a package becomes bounded text or a list', () => {
  assert.equal(str('CLM-1'), 'CLM-1');
  assert.equal(str(120), '120');
  assert.equal(str(false), 'false');
  assert.equal(str(null), undefined);
  assert.equal(str({ a: 1 }), '{"a":1}');
  assert.equal(str({ long: 'x'.repeat(500) })?.length, 120);
  assert.deepEqual(list('not a list'), []);
  assert.deepEqual(list([1]), [1]);
});

test('labels: known keys are translated, unknown ones shown as written, inherited names are not keys', () => {
  const labels = { untracked: 'Not tracked' };
  assert.equal(labelOf(labels, 'untracked'), 'Not tracked');
  assert.equal(labelOf(labels, 'lost'), 'lost');
  assert.equal(labelOf(labels, 'toString'), 'toString');
  assert.equal(labelOf(labels, undefined), undefined);
});
