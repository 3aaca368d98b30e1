import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { ApplyAdjustmentsRequest, ApplyAdjustmentsResult } from '../../../core/types.ts';
import { readPreview } from './preview.ts';

const request: ApplyAdjustmentsRequest = {
  currency: 'EUR',
  balances: [{ member: 'm-1', available: '12.50' }, { member: 'm-2', available: '0.00' }, { member: 'm-3', available: '3.00' }],
  groups: { all: ['m-1', 'm-2', 'm-3'] },
  adjustments: [
    { target: { group: 'all' }, mode: 'relative', amount: '-5.00', comment: 'write-off' },
    { target: { member: 'm-1' }, mode: 'relative', amount: '1.00', comment: '' },
  ],
};

test('members an adjustment skipped are paired with their own issue; other issues are the adjustment\'s', () => {
  const insufficient = (who: string) => ({ severity: 'error' as const, code: 'ledger.insufficient_balance', path: '/adjustments/0', message: `Member "${who}" has ...` });
  const result: ApplyAdjustmentsResult = {
    balances: [{ member: 'm-1', available: '7.50' }, { member: 'm-2', available: '0.00' }, { member: 'm-3', available: '3.00' }],
    entries: [{ adjustment: 0, member: 'm-1', before: '12.50', delta: '-5.00', after: '7.50', comment: 'write-off' }],
    issues: [insufficient('m-2'), insufficient('m-3'),
      { severity: 'error', code: 'comment.required', path: '/adjustments/1/comment', message: 'comment is required' }],
  };
  const read = readPreview(request, result);
  assert.deepEqual(read.skipped.map((s) => [s.adjustment, s.member, s.issue.message]), [
    [0, 'm-2', 'Member "m-2" has ...'], [0, 'm-3', 'Member "m-3" has ...'],
  ]);
  assert.deepEqual(read.problems.map((p) => p.code), ['comment.required']);
  assert.equal(read.entries.length, 1);
});
