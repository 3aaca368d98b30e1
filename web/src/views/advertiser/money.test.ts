import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cashFlowByDate, signOf, subtractMoney, sumMoney } from './money.ts';

test('sums are exact and keep the most decimals', () => {
  assert.equal(sumMoney(['6.00', '4.80', '0.10']), '10.90');
  assert.equal(sumMoney(['0.1', '0.2']), '0.3'); // 0.30000000000000004 in binary float
  assert.equal(sumMoney([], '0.00'), '0.00');
  assert.equal(sumMoney(['6.00', '-7.50']), '-1.50');
  assert.equal(sumMoney(['1500', '20']), '1520'); // JPY
  assert.equal(sumMoney(['90071992547409.93', '0.01']), '90071992547409.94'); // beyond float precision
  assert.equal(sumMoney(['6.00', 'six']), null);
});

test('a difference is exact, and signs are read without a float', () => {
  assert.equal(subtractMoney('100.00', '6.00'), '94.00');
  assert.equal(subtractMoney('5.00', '6.00'), '-1.00');
  assert.equal(subtractMoney('5.00', '-1.00'), '6.00');
  assert.equal(subtractMoney('5.00', '0.00'), '5.00');
  assert.equal(signOf('-0.01'), -1);
  assert.equal(signOf('0.00'), 0);
  assert.equal(signOf('3'), 1);
  assert.equal(signOf(null), 0);
});

test('payouts by date: earliest first, zero sums left out', () => {
  assert.deepEqual(cashFlowByDate([
    { date: '2026-03-05', amount: '6.00' }, { date: '2026-03-04', amount: '2.00' },
    { date: '2026-03-05', amount: '4.80' }, { date: '2026-04-04', amount: '0.00' },
  ]), [{ date: '2026-03-04', amount: '2.00' }, { date: '2026-03-05', amount: '10.80' }]);
});
