// Advertiser: auto-decide rules. A rule set built in the editor (conditions of spec section
// 12, then a decision) is simulated over the open claims; the page shows what simulate_rules
// says — checked against simulate_rules called directly with the settings the page exports —
// and "apply these decisions as mine" records them.
import { readFileSync } from 'node:fs';
import { test, expect } from './helpers.mjs';
import { CLAIMS, REVIEW_DATE, call, openSample, plain, row } from './advertiser-helpers.mjs';

const rule = (page, i) => page.locator(`fieldset.rule[data-rule="${i}"]`);
const condition = (page, i, name) => rule(page, i).locator(`li[data-condition="${name}"]`);
const simRow = (page, id) => page.locator(`.simulation .outcome-table tr[data-claim="${id}"]`);

/** Rule 1: claims with errors are declined; 2: expected payout at most 5.00 is accepted; 3: wrong amounts get a question. */
async function buildRules(page, fr) {
  await page.locator('[data-action="add-rule"]').click();
  await condition(page, 0, 'has_errors').locator('input[type="checkbox"]').check();
  await condition(page, 0, 'has_errors').locator('select').selectOption('yes');
  await rule(page, 0).locator('[data-field="rule_0_decision"] select').selectOption('decline');
  await rule(page, 0).locator('[data-field="rule_0_reason"] select').selectOption('terms_not_met');

  await page.locator('[data-action="add-rule"]').click();
  await condition(page, 1, 'expected_payout_at_most').locator('input[type="checkbox"]').check();
  await condition(page, 1, 'expected_payout_at_most').locator('input[type="text"]').fill(fr ? '5,00' : '5.00');

  await page.locator('[data-action="add-rule"]').click();
  await condition(page, 2, 'reason').locator('input[type="checkbox"]').first().check();
  await condition(page, 2, 'reason').getByLabel(fr ? 'Non suivie' : 'Not tracked').uncheck();
  await condition(page, 2, 'reason').getByLabel(fr ? 'Suivie trop bas' : 'Tracked too low').check();
  await rule(page, 2).locator('[data-field="rule_2_decision"] select').selectOption('request_info');
  await rule(page, 2).locator('[data-field="rule_2_message"] textarea').fill('Please send the invoice.');
}

test('a rule set\'s simulation is what simulate_rules says; applied, its decisions become mine @i18n', async ({ page, lang, shot, axe }) => {
  const fr = lang === 'fr';
  await openSample(page);
  await page.locator('.subnav a[href="#/advertiser/rules"]').click();
  await expect(page.locator('[data-field="no-rules"]')).toBeVisible();
  await buildRules(page, fr);
  await expect(simRow(page, 'CLM-0003')).toHaveAttribute('data-decision', 'request_info');

  // The same request, straight to the core: the settings as the page exports them, the package's claims.
  await page.locator('.subnav a[href="#/advertiser/settings"]').click();
  const download = page.waitForEvent('download');
  await page.locator('[data-action="export-settings"]').click();
  const settings = JSON.parse(readFileSync(await (await download).path(), 'utf8'));
  expect(settings.rules).toHaveLength(3);
  const direct = await call('simulate_rules', {
    as_of: REVIEW_DATE, contract: settings.contract, policy: settings.policy, account: { balance: settings.account.balance },
    known_orders: settings.known_orders, claims: CLAIMS, rules: settings.rules,
  });
  expect(direct.claims.map((c) => [c.claim_id, c.rule, c.decision, c.action?.payout ?? null])).toEqual([
    ['CLM-0001', 1, 'accept', '3.00'], ['CLM-0002', null, null, null], ['CLM-0003', 2, 'request_info', null],
    ['CLM-0004', 1, 'accept', '4.00'], ['CLM-0005', 0, 'decline', null],
  ]);

  await page.goBack();
  for (const entry of direct.claims) {
    const r = simRow(page, entry.claim_id);
    await expect(r).toHaveAttribute('data-rule', entry.rule === null ? '' : String(entry.rule));
    await expect(r).toHaveAttribute('data-decision', entry.decision ?? 'none');
    if (entry.action) expect(await plain(r.locator('[data-field="payout"]'))).toBe(fr ? `${entry.action.payout.replace('.', ',')} €` : `€${entry.action.payout}`);
  }
  const summary = page.locator('[data-field="sim-summary"]');
  const s = direct.summary;
  await expect(summary.locator('[data-field="accepted"]')).toHaveText(String(s.accepted));
  await expect(summary.locator('[data-field="declined"]')).toHaveText(String(s.declined));
  await expect(summary.locator('[data-field="info-requested"]')).toHaveText(String(s.info_requested));
  const money = (v) => (fr ? `${v.replace('.', ',')} €` : `€${v}`);
  expect(await plain(summary.locator('[data-field="payout-total"]'))).toBe(money(s.payout_total));
  expect(await plain(summary.locator('[data-field="due-total"]'))).toBe(money(s.due_on_approval));
  expect(await plain(summary.locator('[data-field="balance-after"]'))).toBe(money(s.balance_after));
  const bars = summary.locator('.cash-flow .bar');
  expect(await bars.evaluateAll((b) => b.map((x) => ({ date: x.dataset.date, amount: x.dataset.amount })))).toEqual(direct.cash_flow);
  await axe();
  await shot('advertiser-rules');

  // Applied as mine (after a confirmation): four decisions; the claim no rule matched stays to answer.
  await page.getByRole('button', { name: fr ? 'Reprendre ces 4 décisions à mon compte' : 'Apply these 4 decisions as mine' }).click();
  await page.getByRole('button', { name: fr ? 'Enregistrer 4' : 'Record 4' }).click();
  await expect(page.locator('.notice')).toContainText(fr ? '4 décisions enregistrées.' : '4 decisions recorded.');
  await page.locator('.subnav a[href="#/advertiser"]').click();
  await expect(page.locator('.queue-table tbody tr')).toHaveCount(1);
  await expect(row(page, 'CLM-0002')).toBeVisible();
  await expect(page.locator('[data-field="queue-summary"] [data-count="waiting"] strong')).toHaveText('1');
  await expect(page.locator('[data-field="queue-summary"] [data-count="resolved"] strong')).toHaveText('3');
});

test('rules are kept, can be reordered and removed with an undo; a rule the core refuses says so', async ({ page }) => {
  await openSample(page);
  await page.goto('/#/advertiser/rules');
  await buildRules(page, false);
  // Moving the payout rule first: CLM-0005 has no expected payout, so it is still declined by the errors rule.
  await rule(page, 1).getByRole('button', { name: 'Move up (rule 2)' }).click();
  await expect(condition(page, 0, 'expected_payout_at_most')).toHaveAttribute('data-on', 'true');
  await expect(simRow(page, 'CLM-0005')).toHaveAttribute('data-rule', '1');
  await rule(page, 2).getByRole('button', { name: 'Remove (rule 3)' }).click();
  await expect(page.locator('fieldset.rule')).toHaveCount(2);
  await expect(simRow(page, 'CLM-0003')).toHaveAttribute('data-decision', 'none');
  await page.locator('.notice button', { hasText: 'Undo' }).click();
  await expect(page.locator('fieldset.rule')).toHaveCount(3);
  // A waited-days condition typed as text: the core refuses it, and says so on that rule.
  await condition(page, 0, 'waited_days').locator('input[type="checkbox"]').check();
  await condition(page, 0, 'waited_days').locator('input[type="text"]').fill('ten');
  await expect(rule(page, 0).locator('.issue[data-severity="error"]').first()).toContainText('/rules/0/when/waited_days');
  await condition(page, 0, 'waited_days').locator('input[type="text"]').fill('10');
  await expect(rule(page, 0).locator('.issue')).toHaveCount(0);
  // Kept in the workspace: a reload shows them. Edits are written 0.4 s after the last one
  // (and at once when the page is left); wait until the workspace holds the three rules.
  await expect.poll(() => page.evaluate(() => new Promise((done) => {
    const open = indexedDB.open('cashback-claims');
    open.onsuccess = () => {
      const get = open.result.transaction('settings').objectStore('settings').get('auto_rules');
      get.onsuccess = () => { done(get.result?.value?.length ?? 0); open.result.close(); };
    };
  }))).toBe(3);
  await page.reload();
  await expect(page.locator('fieldset.rule')).toHaveCount(3);
});
