import { test } from 'node:test';
import assert from 'node:assert/strict';
import { CSV_COLUMNS, csvCell, lineOfPath, pointerOfRowPath, rowPathOf, withCell, writeClaimsCsv } from './csvColumns.ts';

test('CSV issue paths and claim members map both ways', () => {
  assert.equal(pointerOfRowPath('/rows/7/order_date'), '/order/date');
  assert.equal(pointerOfRowPath('/rows/7/CURRENCY'), '/order/currency');
  assert.equal(pointerOfRowPath('/rows/7'), null);
  assert.equal(pointerOfRowPath('/rows/7/colour'), null);
  assert.equal(rowPathOf('/tracked/amount', 12), '/rows/12/tracked_amount');
  assert.equal(rowPathOf('/order/items', 12), null);
  assert.equal(lineOfPath('/rows/12/claim_id'), 12);
  assert.equal(lineOfPath('/claims/3/id'), null);
});

test('cells: quoted only when they must be, formula-like text guarded, money never', () => {
  assert.equal(csvCell('plain', 'text', ','), 'plain');
  assert.equal(csvCell('a,b', 'text', ','), '"a,b"');
  assert.equal(csvCell('a,b', 'text', ';'), 'a,b');
  assert.equal(csvCell('say "hi"\r\nbye', 'text', ','), '"say ""hi""\r\nbye"');
  assert.equal(csvCell('=HYPERLINK("x")', 'text', ','), '"\'=HYPERLINK(""x"")"');
  assert.equal(csvCell('+33 1 23', 'text', ','), "'+33 1 23");
  assert.equal(csvCell('-10.00', 'money', ','), '-10.00');
});

test('the claims file: every import column, CRLF line ends, a byte-order mark', () => {
  const text = writeClaimsCsv([
    { id: 'CLM-1', member_ref: 'm-1', advertiser: { id: 'adv-7' }, order: { id: 'A-1', date: '2026-01-01', amount: '120.00', currency: 'EUR', completed_online: false },
      reason: 'untracked', comment: 'café; "ok"', attachments: [] },
  ], ';');
  assert.ok(text.startsWith('\ufeffclaim_id;member_ref;advertiser_id;order_id;order_date;order_amount;currency;'));
  const [header, line, end] = text.slice(1).split('\r\n');
  assert.equal(header?.split(';').length, CSV_COLUMNS.length);
  assert.equal(line, 'CLM-1;m-1;adv-7;A-1;2026-01-01;120.00;EUR;;untracked;;;;;;"café; ""ok""";;;false;;;');
  assert.equal(end, '');
});

test('a cell typed in the fix form sets its member (empty removes it; yes/no for booleans)', () => {
  const currency = CSV_COLUMNS.find((c) => c.column === 'currency')!;
  const online = CSV_COLUMNS.find((c) => c.column === 'completed_online')!;
  assert.deepEqual(withCell({ order: { id: 'A' } }, currency, 'EUR'), { order: { id: 'A', currency: 'EUR' } });
  assert.deepEqual(withCell({ order: { id: 'A', currency: 'eur' } }, currency, ''), { order: { id: 'A' } });
  assert.deepEqual(withCell({}, online, 'false'), { order: { completed_online: false } });
});
