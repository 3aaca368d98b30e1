import { test } from 'node:test';
import assert from 'node:assert/strict';
import { compareDecimal, filterMembers, idMatcher, parseIds, validMemberId } from './table.ts';

test('decimals compare exactly, whatever their number of digits or sign', () => {
  assert.equal(compareDecimal('2.50', '2.5'), 0);
  assert.equal(compareDecimal('10', '9.99'), 1);
  assert.equal(compareDecimal('-10.00', '-9.99'), -1);
  assert.equal(compareDecimal('-0.00', '0'), 0);
  assert.equal(compareDecimal('0.01', '-0.01'), 1);
  assert.equal(compareDecimal('90071992547409930.01', '90071992547409930.02'), -1);
  assert.equal(compareDecimal('007.5', '7.50'), 0);
});

test('a search is part of the id, any case; * and ? make a pattern of the whole id', () => {
  assert.equal(idMatcher('M-1')('xm-12'), true);
  assert.equal(idMatcher('m-1*')('m-12'), true);
  assert.equal(idMatcher('m-1*')('xm-12'), false);
  assert.equal(idMatcher('m-?')('m-7'), true);
  assert.equal(idMatcher('m-?')('m-17'), false);
  assert.equal(idMatcher('a.b*')('axb'), false);
  assert.equal(idMatcher(undefined)('anything'), true);
});

test('filters by balance above and below (strictly) and sorts by id or balance', () => {
  const rows = [
    { member: 'm-2', available: '0.00', rev: 1 },
    { member: 'm-1', available: '12.50', rev: 1 },
    { member: 'm-3', available: '5.00', rev: 1 },
    { member: 'x-9', available: '-1.00', rev: 1 },
  ];
  const ids = (f: Parameters<typeof filterMembers>[1], key: 'member' | 'available' = 'member', descending = false) =>
    filterMembers(rows, f, { key, descending }).map((r) => r.member);
  assert.deepEqual(ids({}), ['m-1', 'm-2', 'm-3', 'x-9']);
  assert.deepEqual(ids({}, 'available'), ['x-9', 'm-2', 'm-3', 'm-1']);
  assert.deepEqual(ids({}, 'available', true), ['m-1', 'm-3', 'm-2', 'x-9']);
  assert.deepEqual(ids({ above: '0' }), ['m-1', 'm-3']);
  assert.deepEqual(ids({ below: '5.00' }), ['m-2', 'x-9']);
  assert.deepEqual(ids({ id: 'm-*', above: '1', below: '12.5' }), ['m-3']);
  // Text that is not an amount does not filter (the field shows it as typed).
  assert.deepEqual(ids({ above: 'abc' }), ['m-1', 'm-2', 'm-3', 'x-9']);
});

test('pasted ids: lines, commas, semicolons, tabs; trimmed; each once', () => {
  assert.deepEqual(parseIds(' m-1\r\nm-2, m-3;m-1\tm 4\n\n'), ['m-1', 'm-2', 'm-3', 'm 4']);
  assert.equal(validMemberId('m-1'), true);
  assert.equal(validMemberId('x'.repeat(65)), false);
  assert.equal(validMemberId('a\u0007b'), false);
  assert.equal(validMemberId('<script>alert(1)</script>'), true);
});
