import { test } from 'node:test';
import assert from 'node:assert/strict';
import { formatRoute, parseRoute, sameRoute } from './router.ts';

test('hash routes name a view and its own segments', () => {
  assert.deepEqual(parseRoute('#/advertiser'), { view: 'advertiser', rest: [] });
  assert.deepEqual(parseRoute('#/publisher/claims/abc-1'), { view: 'publisher', rest: ['claims', 'abc-1'] });
  assert.deepEqual(parseRoute('#members/'), { view: 'members', rest: [] });
});

test('an empty, unknown or broken hash is the publisher view', () => {
  assert.deepEqual(parseRoute(''), { view: 'publisher', rest: [] });
  assert.deepEqual(parseRoute('#/nowhere/x'), { view: 'publisher', rest: [] });
  assert.deepEqual(parseRoute('#/publisher/%E0%A4%A'), { view: 'publisher', rest: [] });
});

test('segments are encoded and read back', () => {
  const hash = formatRoute('publisher', 'claims', 'a/b c');
  assert.equal(hash, '#/publisher/claims/a%2Fb%20c');
  assert.deepEqual(parseRoute(hash), { view: 'publisher', rest: ['claims', 'a/b c'] });
  assert.ok(sameRoute(parseRoute('#/members'), { view: 'members', rest: [] }));
});
