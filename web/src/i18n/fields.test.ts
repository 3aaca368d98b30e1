import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fieldOf, valuesOf } from './fields.ts';

test('issue paths name their field, from a request or a CSV file', () => {
  assert.equal(fieldOf('/claims/0/order/date'), 'orderDate');
  assert.equal(fieldOf('/claims/12/id'), 'claimId');
  assert.equal(fieldOf('/claim/tracked/payout'), 'trackedPayout');
  assert.equal(fieldOf('/claims/0/attachments/1/sha256'), 'attachment');
  assert.equal(fieldOf('/claims/0'), 'claim');
  assert.equal(fieldOf('/rows/5/order_date'), 'orderDate');
  assert.equal(fieldOf('/rows/4'), 'row');
  assert.equal(fieldOf('/rows/2/Conversion ID'), 'claimId');
  assert.equal(fieldOf('/policy/min_wait_days'), 'policy');
  assert.equal(fieldOf('/resolution/payout_amount'), 'payoutAmount');
  assert.equal(fieldOf('/manifest/claims/0/attachments/0'), 'attachment');
  assert.equal(fieldOf('/entries/3/name'), 'entry');
  assert.equal(fieldOf('/claims/0/mystery'), 'value');
  assert.equal(fieldOf(''), 'value');
});

test('the core\'s concrete values are picked out of its sentence', () => {
  assert.deepEqual(valuesOf('Claims for this program can be filed from 2026-01-15 (14 days after the order).'),
    { quoted: [], dates: ['2026-01-15'], amounts: [], numbers: ['14'] });
  assert.deepEqual(valuesOf('Promo code "WELCOME10" is not one the program allows (PARTNER10); such claims are usually declined.').quoted,
    ['WELCOME10']);
  assert.deepEqual(valuesOf('The balance 4.00 EUR does not cover the 6.00 EUR paid out on approval; it would fall to -2.00 EUR.').amounts,
    [{ amount: '4.00', currency: 'EUR' }, { amount: '6.00', currency: 'EUR' }, { amount: '-2.00', currency: 'EUR' }]);
  assert.deepEqual(valuesOf('Attachment "a.gif" is 20000000 bytes; the program accepts at most 10485760.').numbers, ['20000000', '10485760']);
});
