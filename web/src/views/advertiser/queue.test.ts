import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Claim, QueueEntry } from '../../core/types.ts';
import type { DecisionStored } from '../../store/schema.ts';
import { alignQueue, availableBalance, committedFunds } from './data.ts';
import { DEFAULT_FILTER, buildRows, daysBetween, matches, sortRows } from './queue.ts';

const claim = (id: string, amount: string | undefined, date: string, reason: Claim['reason'] = 'untracked'): Claim =>
  ({ id, reason, order: { ...(amount ? { amount } : {}), date, currency: 'EUR' } });
const entry = (claim_id: string, respond_by: string | null, days_left: number | null): QueueEntry => ({
  claim_id, waiting_on: 'advertiser', respond_by, days_left, overdue: days_left !== null && days_left < 0,
  auto_decision: null, auto_decision_on: null, claimable_until: null,
});
const received = (c: Claim, index: number) => ({ fileKey: 'f', index, fileName: 'f.zip', claim: c, proofs: [], proofIssues: [] });

const claims = [claim('A', '60.00', '2025-11-10'), claim('B', '120.00', '2026-01-01'), claim('C', '9.5', '2026-02-10', 'wrong_amount'), claim('D', undefined, '2026-02-20')];
const queue = [entry('B', '2026-04-05', 31), entry('A', '2026-02-14', -19), entry('C', null, null), entry('D', '2026-03-10', 5)];

test('queue entries go back beside their claims; accepted and declined claims are resolved', () => {
  const aligned = alignQueue(claims.map((c) => c.id ?? null), [...queue].sort((x, y) => (x.respond_by ?? 'z').localeCompare(y.respond_by ?? 'z')),
    [{ claim_id: 'C', decision: 'request_info' }, { claim_id: 'C', decision: 'accept' }]);
  assert.deepEqual(aligned.map((e) => e?.claim_id ?? null), ['A', 'B', null, 'D']);
  // The last decision counts: asked, then accepted → resolved; accepted, then asked → queued.
  assert.equal(alignQueue(['C'], [entry('C', null, null)], [{ claim_id: 'C', decision: 'accept' }, { claim_id: 'C', decision: 'request_info' }])[0]?.claim_id, 'C');
});

test('filters: overdue, within a week, amounts compared exactly, order age on the review date', () => {
  const rows = buildRows(claims.map(received), [], alignQueue(claims.map((c) => c.id ?? null), queue, []), new Map());
  const ids = (f: Partial<typeof DEFAULT_FILTER>) => rows.filter((r) => matches(r, { ...DEFAULT_FILTER, ...f }, '2026-03-05')).map((r) => r.received.claim.id);
  assert.deepEqual(ids({ deadline: 'overdue' }), ['A']);
  assert.deepEqual(ids({ deadline: 'week' }), ['D']);
  assert.deepEqual(ids({ deadline: 'none' }), ['C']);
  assert.deepEqual(ids({ minAmount: '9.50' }), ['A', 'B', 'C']); // 9.5 is not below 9.50
  assert.deepEqual(ids({ maxAmount: '60' }), ['A', 'C']); // no amount: not "at most"
  assert.deepEqual(ids({ minAge: 63 }), ['A', 'B']);
  assert.deepEqual(ids({ reason: 'wrong_amount' }), ['C']);
  assert.deepEqual(ids({ text: 'b' }), ['B']);
  assert.equal(daysBetween('2026-01-01', '2026-03-05'), 63);
  assert.equal(daysBetween('2026-02-30', '2026-03-05'), null); // not a day: the core names it, the filter leaves it out
  assert.deepEqual(ids({ minAge: 1 }).length, 4);
});

test('sorting: by deadline (none last, either way), by amount exactly, ties in claim order', () => {
  const rows = buildRows(claims.map(received), [], alignQueue(claims.map((c) => c.id ?? null), queue, []), new Map());
  const ids = (key: Parameters<typeof sortRows>[1]['key'], descending = false) => sortRows(rows, { key, descending }).map((r) => r.received.claim.id);
  assert.deepEqual(ids('deadline'), ['A', 'D', 'B', 'C']);
  assert.deepEqual(ids('deadline', true), ['B', 'D', 'A', 'C']);
  assert.deepEqual(ids('amount'), ['C', 'A', 'B', 'D']);
  assert.deepEqual(ids('amount', true), ['B', 'A', 'C', 'D']);
  assert.deepEqual(ids('age'), ['A', 'B', 'C', 'D']);
});

test('funds promised: the accepts due on approval recorded since the balance was set', () => {
  const d = (claim_id: string, decision: 'accept' | 'decline', due: string, decided_on: string): DecisionStored =>
    ({ claim_id, decided_on, due_on_approval: due, rev: 1, updated_at: '', decision: { claim_id, decision } });
  const decisions = [d('A', 'accept', '6.00', '2026-03-05'), d('B', 'accept', '0.00', '2026-03-05'), d('C', 'decline', '0', '2026-03-05'), d('E', 'accept', '2.50', '2026-03-01')];
  const account = { balance: '100.00', currency: 'EUR', since: '2026-03-02' };
  assert.deepEqual(committedFunds(decisions, account), { total: '6.00', count: 1 });
  assert.equal(availableBalance(decisions, account), '94.00');
  assert.equal(availableBalance(decisions, account, 'A'), '100.00');
  assert.equal(availableBalance(decisions, { balance: '5', currency: 'EUR' }), '-3.50');
});
