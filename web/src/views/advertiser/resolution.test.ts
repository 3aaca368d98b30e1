import { test } from 'node:test';
import assert from 'node:assert/strict';
import { EMPTY_DRAFT, fromResolution, toResolution } from './resolution.ts';

test('an untouched accept leaves the dates and event type to the core', () => {
  assert.deepEqual(toResolution(EMPTY_DRAFT), { decision: 'accept', payout_option: 'expected' });
});

test('item details, sale amount and promo code travel as details; blank item rows are dropped', () => {
  const r = toResolution({ ...EMPTY_DRAFT, payoutOption: 'generate', promoCode: 'PARTNER10',
    items: [{ sku: 'SKU-1', category: 'home', subtotal: '80.00' }, {}, { category: 'electronics', subtotal: '40.00' }] });
  assert.deepEqual(r, { decision: 'accept', payout_option: 'generate', details: {
    items: [{ sku: 'SKU-1', category: 'home', subtotal: '80.00' }, { category: 'electronics', subtotal: '40.00' }], promo_code: 'PARTNER10' } });
  assert.deepEqual(toResolution(fromResolution(r)), r);
});

test('a specified amount is sent only with the "specify" option; decline and request_info carry their own member', () => {
  assert.deepEqual(toResolution({ ...EMPTY_DRAFT, payoutAmount: '4.50' }), { decision: 'accept', payout_option: 'expected' });
  assert.deepEqual(toResolution({ ...EMPTY_DRAFT, payoutOption: 'specify', payoutAmount: '4.50' }), { decision: 'accept', payout_option: 'specify', payout_amount: '4.50' });
  assert.deepEqual(toResolution({ ...EMPTY_DRAFT, decision: 'decline', declineReason: 'returned' }), { decision: 'decline', decline_reason: 'returned' });
  assert.deepEqual(toResolution({ ...EMPTY_DRAFT, decision: 'request_info' }), { decision: 'request_info' });
  assert.deepEqual(fromResolution({ decision: 'decline', decline_reason: 'other' }).declineReason, 'other');
});
