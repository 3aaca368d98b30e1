import { test } from 'node:test';
import assert from 'node:assert/strict';
import { matchName, nameCandidates, orderIndex } from './proofMatch.ts';

const index = orderIndex([
  { key: 'k1', orderId: 'A-1001' }, { key: 'k2', orderId: '1001' }, { key: 'k3', orderId: 'B-7' },
  { key: 'k4', orderId: 'DUP-1' }, { key: 'k5', orderId: 'dup-1' }, { key: 'k6', orderId: 'A-10' }, { key: 'k7', orderId: undefined },
]);

test('runs of whole words of the name, without its extension', () => {
  assert.deepEqual(nameCandidates('inv_A-1001.pdf'), ['inv', 'inv_A', 'inv_A-1001', 'A', 'A-1001', '1001']);
  assert.deepEqual(nameCandidates('.pdf'), ['pdf']);
});

test('the longest order id in the name wins, whole words only, any case', () => {
  assert.deepEqual(matchName('A-1001.pdf', index), { key: 'k1', orderId: 'a-1001' });
  assert.deepEqual(matchName('invoice a-1001 (2).PNG', index), { key: 'k1', orderId: 'a-1001' });
  assert.deepEqual(matchName('order 1001.pdf', index), { key: 'k2', orderId: '1001' });
  assert.deepEqual(matchName('A-10.pdf', index), { key: 'k6', orderId: 'a-10' });
  assert.deepEqual(matchName('A-100.pdf', index), { problem: 'no_match' }); // "A-10" is not a whole word of "A-100"
  assert.deepEqual(matchName('B-77.pdf', index), { problem: 'no_match' });
  assert.deepEqual(matchName('<img src=x onerror=alert(1)>.pdf', index), { problem: 'no_match' });
});

test('two claims with the order id, or two order ids of the same length, are ambiguous', () => {
  assert.deepEqual(matchName('DUP-1.pdf', index), { problem: 'ambiguous', keys: ['k4', 'k5'] });
  assert.deepEqual(matchName('A-10 and B-7 and X.pdf', index).hasOwnProperty('key'), true); // A-10 is longer than B-7
  const same = orderIndex([{ key: 'x', orderId: 'AB-1' }, { key: 'y', orderId: 'CD-2' }]);
  assert.deepEqual(matchName('AB-1 CD-2.pdf', same), { problem: 'ambiguous', keys: ['x', 'y'] });
});
