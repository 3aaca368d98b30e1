import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { LedgerRecord } from '../../../store/schema.ts';
import { negate, reversals, reversingAdjustments, sameAdjustment } from './reversal.ts';

const record = (id: number, member: string, delta: string, extra: Partial<LedgerRecord> = {}, adjustment = 0): LedgerRecord => ({
  id, applied_at: '2026-03-01T10:00:00.000Z', currency: 'EUR',
  entry: { adjustment, member, before: '0.00', delta, after: delta, comment: 'Winter promotion' }, ...extra,
});

test('negate flips the sign on the text, exactly', () => {
  assert.equal(negate('-10.00'), '10.00');
  assert.equal(negate('47.50'), '-47.50');
  assert.equal(negate('0.00'), '0.00');
  assert.equal(negate('1500'), '-1500');
});

test('a reversal is a relative adjustment of the opposite change, with the reference kept', () => {
  const r = record(7, 'm-1', '-10.00');
  r.entry.reference = 'CLM-0001';
  assert.deepEqual(reversingAdjustments([r, record(8, 'm-2', '5.00')], 'Reversal: order kept'), [
    { target: { member: 'm-1' }, mode: 'relative', amount: '10.00', comment: 'Reversal: order kept', reference: 'CLM-0001' },
    { target: { member: 'm-2' }, mode: 'relative', amount: '-5.00', comment: 'Reversal: order kept' },
  ]);
});

test('the entries of one adjustment are found together; which reversed which is read back', () => {
  const history = [record(1, 'm-1', '5.00'), record(2, 'm-2', '5.00'), record(3, 'm-3', '1.00', {}, 1),
    record(4, 'm-1', '-5.00', { applied_at: '2026-03-02T08:00:00.000Z', reverses: 1 })];
  assert.deepEqual(sameAdjustment(history, history[1]!).map((r) => r.id), [1, 2]);
  const by = reversals(history);
  assert.equal(by.get(1)?.id, 4);
  assert.equal(by.has(2), false);
});
