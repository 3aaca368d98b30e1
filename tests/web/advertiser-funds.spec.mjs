// Advertiser: money sentences (issue 25, items 5 and 6). One helper says who pays what and
// the balance after — the claim page, a batch and the rules word it alike ("this claim
// takes €6.00 on approval; the balance falls to -€4.00"); a batch that takes nothing is
// never short of funds; a batch that overdraws asks first, its undo notice leaves the
// funds line readable, and it runs in the queue's order.
import { test, expect } from './helpers.mjs';
import { openClaim, openSample, plain, row } from './advertiser-helpers.mjs';

async function setBalance(page, fr, amount) {
  await page.locator('.subnav a[href="#/advertiser/settings"]').click();
  const balance = page.locator('[data-field="balance"] input');
  await balance.fill(fr ? amount.replace('.', ',') : amount);
  await balance.blur();
  await expect(page.locator('[data-field="balance-since"]')).toBeVisible();
}

test('the rules say what each claim takes and where the running balance falls @i18n', async ({ page, lang, shot, axe }) => {
  const fr = lang === 'fr';
  await openSample(page);
  await setBalance(page, fr, '5.00');
  await page.locator('.subnav a[href="#/advertiser/rules"]').click();
  await page.locator('[data-action="add-rule"]').click();
  // 5.00 − 3.00 (CLM-0001) = 2.00; CLM-0002 takes 6.00 → -4.00; CLM-0004 takes 4.00 → -8.00.
  const line = (id) => page.locator(`.simulation .outcome-table tr[data-claim="${id}"] .issue[data-code="funds.insufficient"] .issue-text`);
  expect(await plain(line('CLM-0002'))).toBe(fr
    ? 'Cette réclamation prend 6,00 € à la validation ; le solde tombe à -4,00 €. Approvisionnez le compte avant de valider.'
    : 'This claim takes €6.00 on approval; the balance falls to -€4.00. Top up the account before approving.');
  expect(await plain(line('CLM-0004'))).toBe(fr
    ? 'Cette réclamation prend 4,00 € à la validation ; le solde tombe à -8,00 €. Approvisionnez le compte avant de valider.'
    : 'This claim takes €4.00 on approval; the balance falls to -€8.00. Top up the account before approving.');
  await expect(line('CLM-0001')).toHaveCount(0);
  expect(await plain(page.locator('[data-field="sim-summary"] [data-field="funds-warning"]'))).toBe(fr
    ? 'Fonds insuffisants. Les 4 réclamations acceptées prennent 13,00 € à la validation ; le solde tombe à -8,00 €. Approvisionnez le compte avant de valider.'
    : 'Not enough funds. The 4 claims accepted take €13.00 on approval; the balance falls to -€8.00. Top up the account before approving.');
  await axe();
  await shot('advertiser-rules-funds');
});

test('a batch that only declines is never short of funds, even from a balance below zero @i18n', async ({ page, lang }) => {
  const fr = lang === 'fr';
  await openSample(page);
  await setBalance(page, fr, '1.00');
  await page.locator('.subnav a[href="#/advertiser"]').click();
  // Accepting the seed claim (6.00 due on approval) leaves -5.00 available.
  await openClaim(page, 'CLM-0002');
  await page.locator('[data-action="record"]').click();
  await expect(page.locator('[data-field="just-recorded"]')).toBeVisible();
  await page.locator('.claim-nav a', { hasText: fr ? 'Retour à la liste' : 'Back to the queue' }).click();
  for (const id of ['CLM-0001', 'CLM-0004']) await row(page, id).locator('input[type="checkbox"]').check();
  const bulk = page.locator('[data-field="bulk"]');
  await bulk.locator('input[name="bulk_decision"][value="decline"]').check();
  await bulk.locator('[data-field="bulk_decline_reason"] select').selectOption('terms_not_met');
  await expect(bulk.locator('[data-field="bulk-summary"] [data-field="declined"]')).toHaveText('2');
  expect(await plain(bulk.locator('[data-field="bulk-summary"] [data-field="balance-after"]'))).toBe(fr ? '-5,00 €' : '-€5.00');
  await expect(bulk.locator('[data-field="funds-warning"]')).toHaveCount(0);
});

test('a batch that overdraws asks first, runs in the queue\'s deadline order, and its undo notice leaves the funds line readable @i18n', async ({ page, lang, shot }) => {
  const fr = lang === 'fr';
  await openSample(page);
  await setBalance(page, fr, '5.00');
  await page.locator('.subnav a[href="#/advertiser"]').click();
  for (const id of ['CLM-0001', 'CLM-0002', 'CLM-0003', 'CLM-0004']) await row(page, id).locator('input[type="checkbox"]').check();
  const bulk = page.locator('[data-field="bulk"]');
  // The queue's order (earliest answer-by first), not the package's: CLM-0004 before CLM-0003.
  await expect(bulk.locator('.outcome-table tbody tr')).toHaveCount(4);
  expect(await bulk.locator('.outcome-table tbody tr').evaluateAll((rows) => rows.map((r) => r.dataset.claim))).toEqual(['CLM-0001', 'CLM-0002', 'CLM-0004', 'CLM-0003']);
  await bulk.getByRole('button', { name: fr ? 'Enregistrer 4 décisions' : 'Record 4 decisions' }).click();
  expect(await plain(bulk.locator('.confirm-question'))).toBe(fr
    ? 'Enregistrer 4 décisions ? Le solde du compte tombe à -8,00 €.'
    : 'Record 4 decisions? The account balance falls to -€8.00.');
  await expect(page.locator('.notice')).toHaveCount(0);
  await bulk.getByRole('button', { name: fr ? 'Enregistrer 4' : 'Record 4', exact: true }).click();
  await expect(page.locator('.notice')).toContainText(fr ? '4 décisions enregistrées.' : '4 decisions recorded.');
  const funds = page.locator('[data-field="recorded-summary"] [data-field="funds-warning"]');
  await expect(funds).toBeVisible();
  // The notice and the funds line do not overlap, and the funds line is on screen.
  await expect.poll(async () => {
    const a = await funds.boundingBox();
    const b = await page.locator('.notice').boundingBox();
    const inView = await funds.evaluate((el) => { const r = el.getBoundingClientRect(); return r.top >= 0 && r.bottom <= innerHeight; });
    return inView && (a.y + a.height <= b.y || b.y + b.height <= a.y);
  }).toBe(true);
  await shot('advertiser-bulk-overdraw', { fullPage: false });
});

test('at 360 px what recording would do is said above the Record button (issue 25, item 10) @i18n', async ({ page, lang, shot }) => {
  const fr = lang === 'fr';
  await page.setViewportSize({ width: 360, height: 800 });
  await openSample(page);
  await openClaim(page, 'CLM-0002');
  const summary = page.locator('[data-field="record-summary"]');
  await expect(summary).toBeVisible();
  expect(await plain(summary)).toBe(fr
    ? 'Accepter : une nouvelle action serait créée. Elle paie 6,00 € ; le solde après validation est de 94,00 €.'
    : 'Accept: a new action would be created. It pays €6.00; the balance after approval is €94.00.');
  const a = await summary.boundingBox();
  const b = await page.locator('[data-action="record"]').boundingBox();
  expect(a.y + a.height).toBeLessThanOrEqual(b.y);
  await shot('advertiser-claim-record-360');
});
