import { test } from 'node:test';
import assert from 'node:assert/strict';
import { csvDelimiter, formatMoney, formatSize, parseDecimal, toInputText } from './numbers.ts';

// Intl writes French groups with a narrow no-break space and "€" after a no-break space.
const plain = (s: string): string => s.replace(/[\u00a0\u202f]/g, ' ');

test('French typed amounts become canonical decimals', () => {
  assert.equal(parseDecimal('120,00', 'fr-FR'), '120.00');
  assert.equal(parseDecimal('1 234,50', 'fr-FR'), '1234.50');
  assert.equal(parseDecimal('1\u202f234,5', 'fr-FR'), '1234.5');
  assert.equal(parseDecimal('1.234,50', 'fr-FR'), '1234.50');
  assert.equal(parseDecimal('120.00', 'fr-FR'), '120.00'); // pasted canonical
  assert.equal(parseDecimal('-10,5', 'fr-FR'), '-10.5');
  assert.equal(parseDecimal('6,000', 'fr-FR'), '6.000'); // digits kept: the core judges decimals
});

test('English typed amounts become canonical decimals', () => {
  assert.equal(parseDecimal('120.00', 'en-US'), '120.00');
  assert.equal(parseDecimal('1,234.50', 'en-US'), '1234.50');
  assert.equal(parseDecimal(' 6 ', 'en-US'), '6');
  assert.equal(parseDecimal('120,00', 'en-US'), null); // not a number in English
  assert.equal(parseDecimal('12x', 'en-US'), null);
  assert.equal(parseDecimal('', 'en-US'), null);
  assert.equal(parseDecimal('1,2,3', 'fr-FR'), null);
});

test('canonical amounts are shown in the locale for editing', () => {
  assert.equal(toInputText('120.00', 'fr-FR'), '120,00');
  assert.equal(toInputText('120.00', 'en-US'), '120.00');
  assert.equal(toInputText('abc', 'fr-FR'), 'abc');
  assert.equal(toInputText(undefined, 'fr-FR'), '');
});

test('money is formatted exactly, per locale and currency', () => {
  assert.equal(plain(formatMoney('1234.50', 'EUR', 'fr-FR')), '1 234,50 €');
  assert.equal(formatMoney('1234.50', 'EUR', 'en-US'), '€1,234.50');
  assert.equal(formatMoney('6', 'EUR', 'en-US'), '€6.00');
  assert.equal(plain(formatMoney('1500', 'JPY', 'fr-FR')), '1 500 JPY');
  assert.equal(plain(formatMoney('0.125', 'KWD', 'en-US')), 'KWD 0.125');
  // No binary float: 17 significant digits survive.
  assert.equal(formatMoney('90000000000.01', 'EUR', 'en-US'), '€90,000,000,000.01');
  assert.equal(formatMoney(null, 'EUR', 'en-US'), '—');
  assert.equal(formatMoney('-1.00', 'EUR', 'en-US'), '-€1.00');
});

test('spreadsheet files use ";" where decimals are written with a comma', () => {
  assert.equal(csvDelimiter('fr-FR'), ';');
  assert.equal(csvDelimiter('de-DE'), ';');
  assert.equal(csvDelimiter('en-US'), ',');
  assert.equal(csvDelimiter('en-GB'), ',');
});

test('file sizes use the language\'s units', () => {
  assert.equal(formatSize(614, 'en-US'), '614 B');
  assert.equal(formatSize(10_485_760, 'en-US'), '10 MB');
  assert.equal(formatSize(1536, 'fr-FR'), '1,5 Ko');
  assert.equal(formatSize(10_485_760, 'fr-FR'), '10 Mo');
});
