// The store in Node, on fake-indexeddb: revisions across two "tabs", migrations, backup.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import 'fake-indexeddb/auto';
import { ConflictError, Workspace, type Change } from './workspace.ts';
import { MIGRATIONS, type MigrationStep } from './schema.ts';
import { exportWorkspace, readBackup, importWorkspace, BackupError } from './backup.ts';

let dbCount = 0;
const freshName = (): string => `test-${++dbCount}-${Math.random()}`;

/** Two tabs on one database, with a shared in-memory channel standing in for BroadcastChannel. */
function channelPair() {
  const ends: { listener?: (e: MessageEvent<Change>) => void }[] = [{}, {}];
  const make = (i: number) => ({
    postMessage: (m: Change) => ends[1 - i]?.listener?.({ data: m } as MessageEvent<Change>),
    addEventListener: (_t: 'message', l: (e: MessageEvent<Change>) => void) => { ends[i]!.listener = l; },
    close: () => undefined,
  });
  return [make(0), make(1)] as const;
}

test('two tabs: the second save of the same revision is a conflict carrying the first one\'s record', async () => {
  const name = freshName();
  const [a, b] = channelPair();
  const tabA = await Workspace.open({ name, channel: a });
  const tabB = await Workspace.open({ name, channel: b });
  const heardByB: Change[] = [];
  tabB.onChange((c) => heardByB.push(c));

  const saved = await tabA.saveClaim(tabA.newClaim({ id: 'CLM-1' }));
  assert.equal(saved.rev, 1);
  assert.equal(heardByB.length, 1);
  assert.equal(heardByB[0]?.store, 'claims');
  assert.equal(heardByB[0]?.key, saved.key);

  const readByB = (await tabB.getClaim(saved.key))!;
  await tabA.saveClaim({ ...saved, claim: { id: 'CLM-1', comment: 'from A' } });
  await assert.rejects(tabB.saveClaim({ ...readByB, claim: { id: 'CLM-1', comment: 'from B' } }), (e: unknown) => {
    assert.ok(e instanceof ConflictError);
    assert.equal((e.current as { claim: { comment: string } }).claim.comment, 'from A');
    return true;
  });
  // Nothing was overwritten; B can choose to keep its own version.
  assert.equal((await tabB.getClaim(saved.key))?.claim.comment, 'from A');
  const forced = await tabB.saveClaim({ ...readByB, claim: { id: 'CLM-1', comment: 'from B' } }, { force: true });
  assert.equal(forced.rev, 3);
  assert.equal((await tabA.getClaim(saved.key))?.claim.comment, 'from B');
  // A new record must not exist yet (rev 0).
  await assert.rejects(tabA.saveClaim({ ...saved, rev: 0 }), ConflictError);
  tabA.close(); tabB.close();
});

test('settings default until set, then keep their revision', async () => {
  const ws = await Workspace.open({ name: freshName(), channel: null });
  const share = await ws.getSettingRecord('member_share');
  assert.equal(share.rev, 0);
  assert.equal(share.value, null);
  assert.equal((await ws.getSetting('contract')).currency, 'EUR');
  const saved = await ws.saveSetting({ ...share, value: '80' });
  assert.equal(saved.rev, 1);
  assert.equal(await ws.getSetting('member_share'), '80');
  await assert.rejects(ws.saveSetting({ ...share, value: '50' }), ConflictError);
  await ws.setSetting('locale', 'fr');
  assert.equal(await ws.getSetting('locale'), 'fr');
  ws.close();
});

test('a later schema version runs only its new step and keeps the records', async () => {
  const name = freshName();
  const v1 = await Workspace.open({ name, channel: null });
  const claim = await v1.saveClaim(v1.newClaim({ id: 'CLM-9', order: { amount: '10.00' } }));
  v1.close();
  let ran = 0;
  // A future step: every claim gets a `tags` member, and a new store appears.
  const step2: MigrationStep = async (db, tx) => {
    ran += 1;
    db.createObjectStore('notes', { keyPath: 'id' });
    const store = tx.objectStore('claims');
    for (const record of await store.getAll()) await store.put({ ...record, tags: ['migrated'] });
  };
  const v2 = await Workspace.open({ name, channel: null, migrations: [...MIGRATIONS, step2] });
  assert.equal(ran, 1);
  assert.equal(v2.db.version, MIGRATIONS.length + 1);
  const after = (await v2.getClaim(claim.key)) as unknown as { tags: string[]; claim: { id: string }; rev: number };
  assert.deepEqual(after.tags, ['migrated']);
  assert.equal(after.claim.id, 'CLM-9');
  assert.equal(after.rev, 1);
  assert.ok(v2.db.objectStoreNames.contains('notes' as never));
  v2.close();
});

test('a failing migration step leaves the database at its old version', async () => {
  const name = freshName();
  const v1 = await Workspace.open({ name, channel: null });
  await v1.saveClaim(v1.newClaim({ id: 'CLM-5' }));
  v1.close();
  const broken: MigrationStep = async (_db, tx) => {
    await tx.objectStore('claims').getAll();
    throw new Error('boom');
  };
  await assert.rejects(Workspace.open({ name, channel: null, migrations: [...MIGRATIONS, broken] }));
  const again = await Workspace.open({ name, channel: null });
  assert.equal(again.db.version, MIGRATIONS.length);
  assert.equal((await again.listClaims())[0]?.claim.id, 'CLM-5');
  again.close();
});

test('the workspace exports to one file and imports back, proofs bytes included', async () => {
  const from = await Workspace.open({ name: freshName(), channel: null });
  const record = await from.saveClaim(from.newClaim({ id: 'CLM-1', attachments: [] }));
  const bytes = new Uint8Array([0x25, 0x50, 0x44, 0x46, 0x2d, 1, 2, 3]);
  await from.putProof({ sha256: 'a'.repeat(64), blob: new Blob([bytes]), media_type: 'application/pdf', size: 8, name: 'c.pdf' });
  await from.setSetting('member_share', '75');
  const file = await exportWorkspace(from, '2026-03-01T10:00:00.000Z');

  const to = await Workspace.open({ name: freshName(), channel: null });
  await to.saveClaim(to.newClaim({ id: 'OLD' }));
  const manifest = await importWorkspace(to, file);
  assert.equal(manifest.exported_at, '2026-03-01T10:00:00.000Z');
  const claims = await to.listClaims();
  assert.deepEqual(claims.map((c) => c.claim.id), ['CLM-1']);
  assert.equal(claims[0]?.key, record.key);
  assert.equal(claims[0]?.rev, 1);
  const proof = await to.getProof('a'.repeat(64));
  assert.deepEqual(new Uint8Array(await proof!.blob.arrayBuffer()), bytes);
  assert.equal(await to.getSetting('member_share'), '75');
  from.close(); to.close();
});

test('a file that is not a workspace is refused before anything changes', async () => {
  await assert.rejects(readBackup(new Blob(['hello'])), (e: unknown) => e instanceof BackupError && e.reason === 'not_zip');
});

test('version 3: a stored single map of network ids becomes the map of each network', async () => {
  const name = freshName();
  const v1 = await Workspace.open({ name, channel: null, migrations: MIGRATIONS.slice(0, 1) });
  await v1.db.put('settings', { key: 'network_ids', rev: 3, value: { 'adv-7': '1234' } as never });
  v1.close();
  const v2 = await Workspace.open({ name, channel: null });
  assert.equal(v2.db.version, MIGRATIONS.length);
  const record = await v2.getSettingRecord('network_ids');
  assert.deepEqual(record.value, { awin: { 'adv-7': '1234' }, impact: { 'adv-7': '1234' } });
  assert.equal(record.rev, 3);
  v2.close();
  // A workspace that never set them keeps the default.
  const fresh = await Workspace.open({ name: freshName(), channel: null });
  assert.deepEqual(await fresh.getSetting('network_ids'), { awin: {}, impact: {} });
  fresh.close();
});

test('bulk claim writes: added in chunks, changed in one transaction with rev + 1, announced with their keys', async () => {
  const [a, b] = channelPair();
  const name = freshName();
  const tabA = await Workspace.open({ name, channel: a });
  const tabB = await Workspace.open({ name, channel: b });
  const heard: Change[] = [];
  tabB.onChange((c) => heard.push(c));
  const progress: number[] = [];
  const added = await tabA.addClaims([1, 2, 3, 4, 5].map((i) => tabA.newClaim({ id: `CLM-${i}` }, 'csv')), (done) => progress.push(done), 2);
  assert.deepEqual(progress, [2, 4, 5]);
  assert.deepEqual(added.map((r) => r.rev), [1, 1, 1, 1, 1]);
  assert.equal(heard.at(-1)?.key, null);
  assert.deepEqual(heard.at(-1)?.keys, added.map((r) => r.key));

  // An editor holding revision 1 of CLM-2 conflicts after the bulk change (nothing is lost).
  const editor = (await tabB.getClaim(added[1]!.key))!;
  const { before, after } = await tabA.updateClaims([added[1]!.key, added[3]!.key, 'missing'], (r) => (r.claim.id === 'CLM-4' ? null : { ...r, status: 'sent' }));
  assert.deepEqual(before.map((r) => [r.claim.id, r.status, r.rev]), [['CLM-2', 'draft', 1]]);
  assert.deepEqual(after.map((r) => [r.claim.id, r.status, r.rev]), [['CLM-2', 'sent', 2]]);
  assert.deepEqual(heard.at(-1)?.keys, [added[1]!.key]);
  await assert.rejects(tabB.saveClaim({ ...editor, claim: { id: 'CLM-2', comment: 'typed' } }), ConflictError);
  assert.deepEqual((await tabA.getClaims([added[0]!.key, 'missing'])).map((r) => r?.claim.id), ['CLM-1', undefined]);
  tabA.close(); tabB.close();
});
