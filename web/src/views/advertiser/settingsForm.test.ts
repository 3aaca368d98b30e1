import { test } from 'node:test';
import assert from 'node:assert/strict';
import { DEFAULT_CONTRACT } from '../../store/defaults.ts';
import { parseKnownOrders, readSettingsFile, settingsFile, termsOf, withTerms } from './settingsForm.ts';

test('the default contract goes to the form and back unchanged', () => {
  const terms = termsOf(DEFAULT_CONTRACT);
  assert.deepEqual(terms.map((t) => [t.event, t.kind, t.value]), [['sale', 'percent', '5'], ['lead', 'flat', '2.50']]);
  assert.deepEqual(terms[0]?.categories, [{ name: 'electronics', percent: '2' }, { name: 'gift-cards', percent: '0' }]);
  assert.deepEqual(withTerms(DEFAULT_CONTRACT, terms), DEFAULT_CONTRACT);
});

test('a term switched to flat drops its categories; a renamed event type is renamed', () => {
  const terms = termsOf(DEFAULT_CONTRACT);
  const next = withTerms(DEFAULT_CONTRACT, [{ ...terms[0]!, event: 'order', kind: 'flat', value: '3.00' }]);
  assert.deepEqual(next.commission, { order: { flat: '3.00', min: '0.50', max: '50.00' } });
});

test('known orders: one per line, two values each; other lines are named by number', () => {
  assert.deepEqual(parseKnownOrders('adv-7, A-0999\n\nadv-7;A-1000\nA-1001\n'), {
    orders: [{ advertiser_id: 'adv-7', order_id: 'A-0999' }, { advertiser_id: 'adv-7', order_id: 'A-1000' }], bad: [4],
  });
});

test('the settings file: read back what was written; anything else is refused with a reason', () => {
  const file = settingsFile({ contract: DEFAULT_CONTRACT, policy: {}, account: { balance: '100.00', currency: 'EUR' }, rules: [], knownOrders: [] });
  assert.deepEqual(readSettingsFile(JSON.stringify(file)), file);
  assert.equal(readSettingsFile('{'), 'not_json');
  assert.equal(readSettingsFile('{"format":"other"}'), 'not_settings');
  assert.equal(readSettingsFile(JSON.stringify({ ...file, version: 2 })), 'newer_version');
  assert.equal(readSettingsFile(JSON.stringify({ ...file, rules: {} })), 'not_settings');
});
