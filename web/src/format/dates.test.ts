import { test } from 'node:test';
import assert from 'node:assert/strict';
import { dateOrder, formatDate, parseDate, toDateInputText, todayIso } from './dates.ts';

test('typed dates follow the locale order', () => {
  assert.equal(parseDate('02/01/2026', 'fr-FR'), '2026-01-02');
  assert.equal(parseDate('2/1/2026', 'fr-FR'), '2026-01-02');
  assert.equal(parseDate('02.01.26', 'fr-FR'), '2026-01-02');
  assert.equal(parseDate('01/02/2026', 'en-US'), '2026-01-02');
  assert.equal(parseDate('02/01/2026', 'en-GB'), '2026-01-02');
  assert.equal(parseDate('2026-01-02', 'fr-FR'), '2026-01-02');
  assert.equal(parseDate('31/02/2026', 'fr-FR'), '2026-02-31'); // the core says date.invalid
  assert.equal(parseDate('yesterday', 'en-US'), null);
  assert.equal(parseDate('1/2', 'en-US'), null);
  assert.equal(parseDate('', 'en-US'), null);
});

test('a date that cannot be in this locale\'s order is not turned into another one (issue 26, item 8)', () => {
  assert.equal(parseDate('11/30/2026', 'en-GB'), null); // month 30: the text goes to the check as typed
  assert.equal(parseDate('31/10/2026', 'en-US'), null);
  assert.equal(parseDate('0/10/2026', 'fr-FR'), null);
  assert.equal(parseDate('2026-9-5', 'en-GB'), '2026-09-05'); // year first is unambiguous
  assert.equal(parseDate('2026/9/5', 'fr-FR'), '2026-09-05');
  assert.equal(toDateInputText('2026-30-11', 'en-GB'), '2026-30-11'); // never rolled into 2028
  assert.equal(toDateInputText('11/30/2026', 'en-GB'), '11/30/2026');
});

test('locale orders', () => {
  assert.deepEqual(dateOrder('fr-FR'), ['day', 'month', 'year']);
  assert.deepEqual(dateOrder('en-US'), ['month', 'day', 'year']);
});

test('ISO dates are shown in the locale', () => {
  assert.equal(toDateInputText('2026-01-02', 'fr-FR'), '02/01/2026');
  assert.equal(toDateInputText('2026-01-02', 'en-US'), '01/02/2026');
  assert.equal(toDateInputText('2026-02-30', 'en-US'), '2026-02-30');
  assert.equal(formatDate('2026-01-02', 'en-GB'), '2 Jan 2026');
  assert.equal(formatDate('2026-01-02', 'fr-FR'), '2 janv. 2026');
  assert.equal(formatDate('2026-03-01', 'en-US', 'long'), 'March 1, 2026');
  assert.equal(formatDate(null, 'fr-FR'), '—');
});

test('today is the local calendar day', () => {
  assert.equal(todayIso(new Date(2026, 0, 5, 23, 59)), '2026-01-05');
});
