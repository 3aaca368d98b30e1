import { test } from 'node:test';
import assert from 'node:assert/strict';
import { guardText, parseCsv, unguardText, writeCsv } from './csv.ts';

test('reads quoted fields, doubled quotes, embedded newlines and every line end; the delimiter from the header', () => {
  const t = parseCsv('\ufeffmember;available\r\n"m;1";"12,50"\n\n"a ""b""\r\nc";3\rlast;4');
  assert.equal(t.delimiter, ';');
  assert.deepEqual(t.header, ['member', 'available']);
  assert.deepEqual(t.rows, [
    { line: 2, cells: ['m;1', '12,50'] },
    { line: 4, cells: ['a "b"\r\nc', '3'] },
    { line: 6, cells: ['last', '4'] },
  ]);
  assert.equal(t.unterminated, null);
});

test('a comma file; an open quote names the line its record starts on', () => {
  const t = parseCsv('member,available\nm-1,1.00\n"m-2,2.00\nm-3,3.00\n');
  assert.equal(t.delimiter, ',');
  assert.equal(t.unterminated, 3);
  assert.deepEqual(t.rows[0], { line: 2, cells: ['m-1', '1.00'] });
});

test('writes CRLF, quotes only what needs it, and guards formulas on text cells', () => {
  assert.equal(writeCsv([['member', 'available'], [guardText('=1+1'), '-2.50'], ['a;b', '1,5'], ['say "hi"', '0']], ';'),
    'member;available\r\n\'=1+1;-2.50\r\n"a;b";1,5\r\n"say ""hi""";0\r\n');
  assert.equal(unguardText("'=1+1"), '=1+1');
  assert.equal(unguardText("'plain"), "'plain");
  assert.equal(unguardText(guardText('-m')), '-m');
});
