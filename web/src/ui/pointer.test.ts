import { test } from 'node:test';
import assert from 'node:assert/strict';
import { getAt, withValue } from './pointer.ts';

test('a member is set by pointer without changing the original', () => {
  const claim = { id: 'C1', order: { id: 'A-1' } };
  const next = withValue(claim, '/order/date', '2026-01-02');
  assert.deepEqual(next, { id: 'C1', order: { id: 'A-1', date: '2026-01-02' } });
  assert.deepEqual(claim, { id: 'C1', order: { id: 'A-1' } });
  assert.equal(getAt(next, '/order/date'), '2026-01-02');
  assert.equal(getAt(next, '/tracked/amount'), undefined);
});

test('an emptied field is removed, with the objects it leaves empty', () => {
  const claim = { id: 'C1', tracked: { amount: '3.00' } };
  assert.deepEqual(withValue(claim, '/tracked/amount', undefined), { id: 'C1' });
  assert.deepEqual(withValue({}, '/order/returned', false), { order: { returned: false } });
});
