// The members' store on fake-indexeddb: applying a previewed answer (all or nothing, and
// only on the balances it started from), imports with their undo, group renames.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import 'fake-indexeddb/auto';
import { ConflictError, Workspace } from './workspace.ts';
import { applyLedger, importBalances, listHistory, listMembers, renameGroup, restoreMembers, saveGroup, startingBalances } from './ledger.ts';
import type { ApplyAdjustmentsResult } from '../core/types.ts';
import { LEDGER_BY_REFERENCE, MIGRATIONS } from './schema.ts';
import { pendingCreditOffers } from './credits.ts';

const open = () => Workspace.open({ name: `ledger-${Math.random()}`, channel: null });

/** The spec's example answer (section 9), as the core gives it, on m-1 = 12.50 and m-2 new. */
const SPEC_RESULT: ApplyAdjustmentsResult = {
  balances: [{ member: 'm-1', available: '50.00' }, { member: 'm-2', available: '50.00' }],
  entries: [
    { adjustment: 0, member: 'm-1', before: '12.50', delta: '-10.00', after: '2.50', comment: 'Order returned' },
    { adjustment: 1, member: 'm-1', before: '2.50', delta: '47.50', after: '50.00', comment: 'Winter promotion' },
    { adjustment: 1, member: 'm-2', before: '0.00', delta: '50.00', after: '50.00', comment: 'Winter promotion' },
  ],
  issues: [],
};

test('an applied answer stores the new balances and every entry, newest first in the history', async () => {
  const ws = await open();
  await importBalances(ws, [{ member: 'm-1', available: '12.50' }]);
  const starting = await startingBalances(ws, ['m-1', 'm-2']);
  assert.deepEqual(starting, [{ member: 'm-1', available: '12.50', rev: 1 }, { member: 'm-2', available: '0', rev: 0 }]);
  await applyLedger(ws, 'EUR', starting, SPEC_RESULT, '2026-03-01T10:00:00.000Z');
  assert.deepEqual((await listMembers(ws)).map((r) => [r.member, r.available, r.rev]), [['m-1', '50.00', 2], ['m-2', '50.00', 1]]);
  const history = await listHistory(ws);
  assert.deepEqual(history.map((r) => [r.entry.member, r.entry.delta]), [['m-2', '50.00'], ['m-1', '47.50'], ['m-1', '-10.00']]);
  assert.equal(history[0]?.currency, 'EUR');
  ws.close();
});

test('a reversal is stored linked to the entry it reverses', async () => {
  const ws = await open();
  await applyLedger(ws, 'EUR', await startingBalances(ws, ['m-1']), {
    balances: [{ member: 'm-1', available: '5.00' }],
    entries: [{ adjustment: 0, member: 'm-1', before: '0.00', delta: '5.00', after: '5.00', comment: 'Winter promotion' }], issues: [],
  });
  const [credit] = await listHistory(ws);
  await applyLedger(ws, 'EUR', await startingBalances(ws, ['m-1']), {
    balances: [{ member: 'm-1', available: '0.00' }],
    entries: [{ adjustment: 0, member: 'm-1', before: '5.00', delta: '-5.00', after: '0.00', comment: 'Reversal' }], issues: [],
  }, '2026-03-02T10:00:00.000Z', [credit!.id!]);
  const [reversal, original] = await listHistory(ws);
  assert.equal(reversal?.reverses, credit!.id);
  assert.equal(original?.reverses, undefined);
  assert.deepEqual((await listMembers(ws)).map((r) => [r.member, r.available]), [['m-1', '0.00']]);
  ws.close();
});

test('a balance changed since the preview refuses the whole apply', async () => {
  const ws = await open();
  await importBalances(ws, [{ member: 'm-1', available: '12.50' }]);
  const starting = await startingBalances(ws, ['m-1', 'm-2']);
  await importBalances(ws, [{ member: 'm-1', available: '99.00' }]);   // another tab
  await assert.rejects(applyLedger(ws, 'EUR', starting, SPEC_RESULT), ConflictError);
  assert.deepEqual((await listMembers(ws)).map((r) => r.available), ['99.00']);
  assert.equal((await listHistory(ws)).length, 0);
  ws.close();
});

test('an import is undone, except for a member changed since', async () => {
  const ws = await open();
  await importBalances(ws, [{ member: 'm-1', available: '1.00' }]);
  const undo = await importBalances(ws, [{ member: 'm-1', available: '2.00' }, { member: 'm-2', available: '3.00' }, { member: 'm-3', available: '4.00' }]);
  await applyLedger(ws, 'EUR', await startingBalances(ws, ['m-3']), {
    balances: [{ member: 'm-3', available: '5.00' }],
    entries: [{ adjustment: 0, member: 'm-3', before: '4.00', delta: '1.00', after: '5.00', comment: 'c' }], issues: [],
  });
  assert.equal(await restoreMembers(ws, undo), 1);
  assert.deepEqual((await listMembers(ws)).map((r) => [r.member, r.available]), [['m-1', '1.00'], ['m-3', '5.00']]);
  ws.close();
});

test('groups: a taken name is refused; a rename moves the group in one step', async () => {
  const ws = await open();
  const dormant = await saveGroup(ws, { name: 'dormant', members: ['m-1', 'm-2'], rev: 0 });
  await saveGroup(ws, { name: 'vip', members: ['m-3'], rev: 0 });
  await assert.rejects(saveGroup(ws, { name: 'vip', members: [], rev: 0 }), ConflictError);
  await assert.rejects(renameGroup(ws, dormant, 'vip'), ConflictError);
  const renamed = await renameGroup(ws, dormant, 'sleepers');
  assert.deepEqual(renamed.members, ['m-1', 'm-2']);
  assert.deepEqual((await ws.db.getAll('groups')).map((g) => g.name), ['sleepers', 'vip']);
  ws.close();
});

test('a workspace from before the ledger\'s reference index keeps every record and gains the index', async () => {
  const name = `ledger-${Math.random()}`;
  const before = MIGRATIONS.slice(0, MIGRATIONS.indexOf(LEDGER_BY_REFERENCE));
  assert.ok(before.length >= 1);
  const old = await Workspace.open({ name, channel: null, migrations: before });
  const claim = old.newClaim({ id: 'CLM-1', member_ref: 'm-1', order: { currency: 'EUR' } });
  const answer = { decision: 'accept' as const, on: '2026-03-05', payout: '6.00', currency: 'EUR' };
  await old.saveClaim({ ...claim, status: 'accepted', answer });
  await old.saveClaim({ ...old.newClaim({ id: 'CLM-2', member_ref: 'm-2', order: { currency: 'EUR' } }), status: 'accepted', answer });
  await importBalances(old, [{ member: 'm-1', available: '12.50' }]);
  await applyLedger(old, 'EUR', await startingBalances(old, ['m-1']), {
    balances: [{ member: 'm-1', available: '17.30' }],
    entries: [{ adjustment: 0, member: 'm-1', before: '12.50', delta: '4.80', after: '17.30', comment: 'Cashback for claim CLM-1', reference: 'CLM-1' }],
    issues: [],
  });
  old.close();

  const ws = await Workspace.open({ name, channel: null });
  assert.equal(ws.db.version, MIGRATIONS.length);
  assert.deepEqual((await listMembers(ws)).map((r) => [r.member, r.available]), [['m-1', '17.30']]);
  assert.equal((await ws.listClaims()).length, 2);
  assert.equal((await ws.db.getAllFromIndex('ledger', 'by_reference', 'CLM-1')).length, 1);
  // CLM-1 was credited before the upgrade: only CLM-2 still offers a credit.
  assert.deepEqual((await pendingCreditOffers(ws)).map((o) => o.claim_id), ['CLM-2']);
  ws.close();
});
