import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Issue } from '../../../core/types.ts';
import type { ClaimRow } from './protocol.ts';
import { claimState, comparator, compareDecimal, importRowState, issueCodes, matches, searchText } from './listQuery.ts';

const issue = (code: string, severity: 'error' | 'warning' = 'error'): Issue => ({ code, severity, path: '/claims/0', message: '' });

test('a draft whose only errors are "proof required" needs proof; any other error keeps it a draft', () => {
  assert.equal(claimState('draft', { issues: [issue('proof.required'), issue('promo.not_allowed', 'warning')] }), 'needs_proof');
  assert.equal(claimState('draft', { issues: [issue('proof.required'), issue('date.invalid')] }), 'draft');
  assert.equal(claimState('draft', { issues: [] }), 'draft');
  assert.equal(claimState('ready', { issues: [issue('proof.required')] }), 'ready');
  assert.equal(claimState('sent', null), 'sent');
  assert.equal(importRowState({ valid: false, issues: [issue('proof.required')] }), 'needs_proof');
  assert.equal(importRowState({ valid: false, issues: [issue('currency.unknown'), issue('proof.required')] }), 'to_fix');
  assert.equal(importRowState({ valid: true, issues: [issue('promo.not_allowed', 'warning')] }), 'ready');
  assert.deepEqual(issueCodes([issue('promo.not_allowed', 'warning'), issue('proof.required'), issue('proof.required')]), ['proof.required', 'promo.not_allowed']);
});

test('decimal strings compare by value, without floating point', () => {
  assert.equal(compareDecimal('120.00', '120'), 0);
  assert.ok(compareDecimal('9.99', '10.00') < 0);
  assert.ok(compareDecimal('100', '99.999') > 0);
  assert.ok(compareDecimal('-5', '-4.5') < 0);
  assert.ok(compareDecimal('-0.00', '0') === 0);
  assert.ok(compareDecimal('0.1', '0.10000000000000000001') < 0);
  assert.ok(compareDecimal('9007199254740993.01', '9007199254740993.001') > 0);
  assert.ok(compareDecimal('12x', '5') > 0); // text after numbers
});

const row = (key: string, over: Partial<ClaimRow> = {}): ClaimRow => ({
  key, status: 'draft', state: 'draft', claim: {}, origin: 'editor', errors: 0, warnings: 0, codes: [],
  claimable_from: null, claimable_until: null, late: false, updated_at: '2026-01-01T00:00:00.000Z', ...over,
});

test('filters: state, advertiser, reason, lateness and every search word', () => {
  const r = row('a', { state: 'ready', late: true, claim: { id: 'CLM-10', member_ref: 'm-7', advertiser: { id: 'adv-7' }, reason: 'untracked', order: { id: 'A-1001' }, comment: 'Fresh Browser' } });
  const text = searchText(r);
  assert.ok(matches(r, text, {}));
  assert.ok(matches(r, text, { state: 'ready', advertiser: 'adv-7', reason: 'untracked', late: true, search: 'a-1001  fresh' }));
  assert.ok(!matches(r, text, { state: 'draft' }));
  assert.ok(!matches(r, text, { advertiser: 'adv-70' }));
  assert.ok(!matches(r, text, { reason: 'declined' }));
  assert.ok(!matches(r, text, { search: 'fresh cookie' }));
  assert.ok(!matches(row('b'), searchText(row('b')), { late: true }));
});

test('sorting: ids with numbers in order, amounts by currency then value, empty values last, ties by latest change', () => {
  const rows = [
    row('1', { claim: { id: 'CLM-10', order: { amount: '9.50', currency: 'EUR' } }, updated_at: '2026-01-03' }),
    row('2', { claim: { id: 'CLM-2', order: { amount: '120.00', currency: 'EUR' } }, updated_at: '2026-01-02' }),
    row('3', { claim: { order: { amount: '10', currency: 'EUR' } }, updated_at: '2026-01-04' }),
    row('4', { claim: { id: 'CLM-1', order: { amount: '5', currency: 'USD' } }, updated_at: '2026-01-01' }),
  ];
  const keys = (key: 'id' | 'amount' | 'updated', dir: 'asc' | 'desc') => [...rows].sort(comparator({ key, dir })).map((r) => r.key);
  assert.deepEqual(keys('id', 'asc'), ['4', '2', '1', '3']);
  assert.deepEqual(keys('amount', 'asc'), ['1', '3', '2', '4']);
  assert.deepEqual(keys('amount', 'desc'), ['4', '2', '3', '1']);
  assert.deepEqual(keys('updated', 'desc'), ['3', '1', '2', '4']);
});
