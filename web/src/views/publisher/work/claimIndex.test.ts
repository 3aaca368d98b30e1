// The claim index in Node: a workspace on fake-indexeddb and a stand-in for the core that
// records what it was asked and says "proof required" for claims without attachments.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import 'fake-indexeddb/auto';
import { Workspace } from '../../../store/workspace.ts';
import type { TaskContext } from '../../../core/tasks.ts';
import type { ValidateClaimsRequest, ValidateClaimsResult } from '../../../core/types.ts';
import { ClaimIndex } from './claimIndex.ts';

function context(workspace: Workspace, asked: ValidateClaimsRequest[]): TaskContext {
  return {
    progress: undefined,
    cancelled: () => false,
    workspace: async () => workspace,
    call: (async (op: string, request: ValidateClaimsRequest): Promise<ValidateClaimsResult> => {
      assert.equal(op, 'validate_claims');
      asked.push(request);
      const claims = request.claims.map((c) => {
        const missing = !c.attachments?.length;
        return {
          id: c.id ?? null, valid: !missing, claimable_from: null, claimable_until: c.order?.date === '2026-01-01' ? '2026-04-01' : '2026-12-31',
          issues: missing ? [{ severity: 'error' as const, code: 'proof.required', path: '/claims/0/attachments', message: '' }] : [],
        };
      });
      return { claims, summary: { total: claims.length, valid: 0, with_errors: 0, with_warnings: 0 }, issues: [] };
    }) as TaskContext['call'],
  };
}

const proof = [{ name: 'a.pdf', media_type: 'application/pdf', size: 1, sha256: 'a'.repeat(64), kind: 'other' as const }];

test('the list: states from the checks, counts, filters, pages; only changed records re-read; closed claims are known orders', async () => {
  const ws = await Workspace.open({ name: `index-${Math.random()}`, channel: null });
  const asked: ValidateClaimsRequest[] = [];
  const ctx = context(ws, asked);
  const index = new ClaimIndex();
  const made = await ws.addClaims([
    ws.newClaim({ id: 'CLM-1', advertiser: { id: 'adv-7' }, order: { id: 'A-1', date: '2026-01-01' } }, 'csv'),
    { ...ws.newClaim({ id: 'CLM-2', advertiser: { id: 'adv-7' }, order: { id: 'A-2' }, attachments: proof }, 'csv'), status: 'ready' },
    { ...ws.newClaim({ id: 'CLM-3', advertiser: { id: 'adv-9' }, order: { id: 'B-3' } }, 'csv'), status: 'sent' },
  ]);
  const page = await index.query(ctx, { as_of: '2026-05-01', filter: {}, sort: { key: 'id', dir: 'asc' }, offset: 0, limit: 2 });
  assert.deepEqual(page.rows.map((r) => [r.claim.id, r.state, r.errors, r.late]), [['CLM-1', 'needs_proof', 1, true], ['CLM-2', 'ready', 0, false]]);
  assert.equal(page.total, 3);
  assert.deepEqual(page.advertisers, ['adv-7', 'adv-9']);
  assert.equal(page.counts.needs_proof, 1);
  assert.equal(page.counts.sent, 1);
  assert.equal(page.late, 1);
  // One request for the default policy; the sent claim is not checked, its order is known.
  assert.equal(asked.length, 1);
  assert.deepEqual(asked[0]?.claims.map((c) => c.id), ['CLM-1', 'CLM-2']);
  assert.deepEqual(asked[0]?.known_orders, [{ advertiser_id: 'adv-9', order_id: 'B-3' }]);

  // Nothing changed: no new check. A page past the end becomes the last page.
  const last = await index.query(ctx, { as_of: '2026-05-01', filter: { advertiser: 'adv-7' }, sort: { key: 'id', dir: 'asc' }, offset: 50, limit: 1 });
  assert.equal(asked.length, 1);
  assert.equal(last.offset, 1);
  assert.deepEqual(last.rows.map((r) => r.claim.id), ['CLM-2']);

  // A record changed by another writer is seen once the page says so.
  await ws.updateClaims([made[0]!.key], (r) => ({ ...r, claim: { ...r.claim, attachments: proof } }));
  assert.equal((await index.query(ctx, { as_of: '2026-05-01', filter: { state: 'needs_proof' }, sort: { key: 'id', dir: 'asc' }, offset: 0, limit: 10 })).total, 1);
  index.changed([made[0]!.key]);
  assert.equal((await index.query(ctx, { as_of: '2026-05-01', filter: { state: 'needs_proof' }, sort: { key: 'id', dir: 'asc' }, offset: 0, limit: 10 })).total, 0);
  assert.equal(asked.length, 2);
  // A deleted record leaves; a new as-of day checks again.
  await ws.remove('claims', made[1]!.key);
  index.changed([made[1]!.key]);
  const keys = await index.keys(ctx, { as_of: '2026-01-02', filter: {}, sort: { key: 'id', dir: 'asc' } });
  assert.deepEqual(keys, [made[0]!.key, made[2]!.key]);
  assert.equal(asked.length, 3);
  ws.close();
});
