import { test } from 'node:test';
import assert from 'node:assert/strict';
import { claimFromLegacyDraft } from './legacy.ts';

test('the first page\'s localStorage draft becomes a claim', () => {
  const draft = JSON.stringify({
    fields: { '/id': 'CLM-OLD', '/reason': 'untracked', '/order/amount': '120.00', '/order/returned': 'false',
      '/order/completed_online': '', '/tracked/amount': '60.00', '/comment': 'kept' },
    policy: { '/min_wait_days': '14' },
    attachments: [{ name: 'c.pdf', media_type: 'application/pdf', size: 10, sha256: 'a'.repeat(64), kind: 'invoice' }, { bad: 1 }],
    saved_at: '2026-01-01T00:00:00Z',
  });
  assert.deepEqual(claimFromLegacyDraft(draft), {
    id: 'CLM-OLD', reason: 'untracked', order: { amount: '120.00', returned: false }, comment: 'kept',
    attachments: [{ name: 'c.pdf', media_type: 'application/pdf', size: 10, sha256: 'a'.repeat(64), kind: 'invoice' }],
  });
  assert.equal(claimFromLegacyDraft('{broken'), null);
  assert.equal(claimFromLegacyDraft('[]'), null);
});
