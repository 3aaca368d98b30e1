import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readMembersCsv, writeHistoryCsv, writeMembersCsv } from './files.ts';

const members = [{ member: 'm-1', available: '12.50', rev: 1 }, { member: '=HYPERLINK("x")', available: '-3.00', rev: 2 }];

test('members are written with "," and a dot in English, ";" and a decimal comma in French; formulas guarded', () => {
  assert.equal(writeMembersCsv(members, 'en-US'), 'member,available\r\nm-1,12.50\r\n"\'=HYPERLINK(""x"")",-3.00\r\n');
  assert.equal(writeMembersCsv(members, 'fr-FR'), 'member;available\r\nm-1;12,50\r\n"\'=HYPERLINK(""x"")";-3,00\r\n');
});

test('both files read back, whatever the page\'s language', () => {
  for (const tag of ['en-US', 'fr-FR']) {
    const file = readMembersCsv(writeMembersCsv(members, tag));
    assert.deepEqual(file.rows, [{ line: 2, member: 'm-1', amount: '12.50' }, { line: 3, member: '=HYPERLINK("x")', amount: '-3.00' }]);
    assert.deepEqual(file.problems, []);
  }
});

test('bad lines are named: shape, no member, duplicate, no amount; other amounts go to the core as written', () => {
  const file = readMembersCsv('Member , AVAILABLE,extra\nm-1,1.00,\nm-2,2.00\n,3.00,\nm-1,4.00,\nm-3,,\nm-4,12,345,\nm-5,abc,\n');
  assert.deepEqual(file.missing, []);
  assert.deepEqual(file.problems, [
    { line: 3, kind: 'shape' },
    { line: 4, kind: 'member_missing' },
    { line: 5, kind: 'duplicate', member: 'm-1', first: 2 },
    { line: 6, kind: 'amount_missing', member: 'm-3' },
    { line: 7, kind: 'shape' },
  ]);
  assert.deepEqual(file.rows, [{ line: 2, member: 'm-1', amount: '1.00' }, { line: 8, member: 'm-5', amount: 'abc' }]);
  assert.deepEqual(readMembersCsv('id;balance\nm-1;1\n').missing, ['member', 'available']);
});

test('history: every entry with its currency, comment, reference, number and the entry it reverses', () => {
  const csv = writeHistoryCsv([{ id: 1, applied_at: '2026-03-01T10:00:00.000Z', currency: 'EUR',
    entry: { adjustment: 0, member: 'm-1', before: '12.50', delta: '-10.00', after: '2.50', comment: '-returned; "kettle"', reference: 'CLM-1', date: '2026-02-28' } },
  { id: 2, applied_at: '2026-03-02T10:00:00.000Z', currency: 'EUR', reverses: 1,
    entry: { adjustment: 0, member: 'm-1', before: '2.50', delta: '10.00', after: '12.50', comment: 'Reversal' } }], 'fr-FR');
  assert.equal(csv, 'applied_at;date;member;before;change;after;currency;comment;reference;entry;reverses\r\n'
    + '2026-03-01T10:00:00.000Z;2026-02-28;m-1;12,50;-10,00;2,50;EUR;"\'-returned; ""kettle""";CLM-1;1;\r\n'
    + '2026-03-02T10:00:00.000Z;;m-1;2,50;10,00;12,50;EUR;Reversal;;2;1\r\n');
});
