import { test } from 'node:test';
import assert from 'node:assert/strict';
import { advertiserPage, segmentsOf, tabOf } from './routes.ts';

test('advertiser pages are read from the route and written back', () => {
  assert.deepEqual(advertiserPage([]), { page: 'queue' });
  assert.deepEqual(advertiserPage(['rules']), { page: 'rules' });
  assert.deepEqual(advertiserPage(['claims', 'k-1', '3']), { page: 'claim', key: 'k-1', index: 3 });
  assert.deepEqual(advertiserPage(['claims', 'k-1', 'x']), { page: 'queue' });
  assert.deepEqual(advertiserPage(['claims', 'k-1']), { page: 'queue' });
  assert.deepEqual(advertiserPage(['files', 'k-2']), { page: 'file', key: 'k-2' });
  assert.deepEqual(advertiserPage(['nowhere']), { page: 'queue' });
  for (const page of [advertiserPage(['claims', 'k-1', '0']), advertiserPage(['settings']), advertiserPage(['files', 'a b'])]) {
    assert.deepEqual(advertiserPage(segmentsOf(page)), page);
  }
  assert.equal(tabOf({ page: 'claim', key: 'k', index: 0 }), 'queue');
  assert.equal(tabOf({ page: 'file', key: 'k' }), 'open');
});
