// Advertiser: a tampered proof (issue 25, item 1). The seed claim CLM-0002's PDF has one
// byte changed in the package: check_package says proof.digest_mismatch, and that result
// travels with the claim — the queue, the claim's own check, the batch and the rules all
// show it, and none of them accepts the claim without an explicit, confirmed choice.
import { test, expect } from './helpers.mjs';
import { CLAIMS, closeNotice, openClaim, openFile, packageZip, parseCsv, row, setReviewDate, writeCsv, exportConversions } from './advertiser-helpers.mjs';

const TAMPERED = CLAIMS[1].attachments[0].sha256;

async function openTampered(page) {
  await openFile(page, 'claims-pub-42.zip', await packageZip(CLAIMS, { tamper: TAMPERED }));
  await setReviewDate(page);
  await page.goto('/#/advertiser');
  await expect(page.locator('.queue-table tbody tr')).toHaveCount(5);
}

const storedDecisions = (page) => page.evaluate(async () => {
  const db = await new Promise((resolve, reject) => { const r = indexedDB.open('cashback-claims'); r.onsuccess = () => resolve(r.result); r.onerror = () => reject(r.error); });
  const all = await new Promise((resolve) => { const r = db.transaction('decisions').objectStore('decisions').getAll(); r.onsuccess = () => resolve(r.result); });
  db.close();
  return all.map((d) => [d.claim_id, d.decision.decision]).sort();
});

test('a tampered proof shows in the queue and the claim check, and the claim page accepts it only when ticked @i18n', async ({ page, lang, shot, axe }) => {
  const fr = lang === 'fr';
  await openTampered(page);
  const seed = row(page, 'CLM-0002');
  await expect(seed.locator('.badge[data-check]')).toHaveText(fr ? '1 erreur' : '1 error');
  await expect(seed.locator('[data-field="proof-failed"]')).toHaveText(fr ? 'Preuve non conforme au paquet' : 'Proof does not match the package');
  await expect(row(page, 'CLM-0001').locator('[data-field="proof-failed"]')).toHaveCount(0);
  await axe();
  await shot('advertiser-proof-queue');

  await openClaim(page, 'CLM-0002');
  const check = page.locator('details.claim-check');
  await expect(check.locator('summary')).toHaveText(fr ? 'Vérification de la réclamation : 1 erreur, 0 avertissement' : 'The claim\'s own check: 1 error, 0 warnings');
  await expect(check.locator('.issue[data-code="proof.digest_mismatch"] .issue-details')).toContainText('/claims/1/attachments/0');
  await expect(page.locator('[data-field="proof-warning"] p')).toHaveText(fr
    ? 'Une preuve ne correspond pas au paquet. Le fichier a été modifié ou remplacé après la rédaction de la réclamation, ou il manque (voir la vérification de la réclamation). Examinez les preuves avant d\'accepter.'
    : 'A proof file does not match the package. The file was changed or replaced after the claim was written, or it is missing (see the claim\'s check). Look at the proofs before you accept.');
  const record = page.locator('[data-action="record"]');
  await expect(page.locator('.outcome [data-field="payout"]')).toBeVisible();
  await expect(record).toBeDisabled();
  await axe();
  await shot('advertiser-proof-claim');
  // Declining needs no override; accepting needs the box ticked.
  await page.locator('.decision-form input[name="decision"][value="decline"]').check();
  await expect(page.locator('[data-field="proof-warning"]')).toHaveCount(0);
  await page.locator('.decision-form input[name="decision"][value="accept"]').check();
  await page.locator('[data-field="proof-override"]').check();
  await expect(record).toBeEnabled();
  await record.click();
  await expect(page.locator('[data-field="just-recorded"]')).toBeVisible();
  await expect.poll(() => storedDecisions(page)).toEqual([['CLM-0002', 'accept']]);
});

test('a batch leaves a tampered claim out unless chosen and confirmed @i18n', async ({ page, lang, shot, axe }) => {
  const fr = lang === 'fr';
  await openTampered(page);
  for (const id of ['CLM-0001', 'CLM-0002', 'CLM-0003', 'CLM-0004']) await row(page, id).locator('input[type="checkbox"]').check();
  const bulk = page.locator('[data-field="bulk"]');
  // Left out of the preview until chosen: the totals are those of what would be recorded.
  await expect(bulk.locator('.outcome-table tbody tr')).toHaveCount(3);
  await expect(bulk.locator('.outcome-table tr[data-claim="CLM-0002"]')).toHaveCount(0);
  const hold = bulk.locator('[data-field="proof-hold"]');
  await expect(hold.locator('p')).toHaveText(fr
    ? '1 réclamation a une preuve qui ne correspond pas au paquet : CLM-0002. Elle n\'est acceptée que si vous le choisissez.'
    : '1 claim has a proof file that does not match the package: CLM-0002. It is not accepted unless you choose to.');
  await expect(bulk.locator('[data-action="record-bulk"]')).toHaveText(fr ? 'Enregistrer 3 décisions' : 'Record 3 decisions');
  await axe();
  await shot('advertiser-proof-batch');
  // Ticked: four, after a confirmation.
  await hold.locator('[data-field="proof-hold-accept"]').check();
  await expect(bulk.locator('.outcome-table tr[data-claim="CLM-0002"] [data-field="proof-failed"]')).toHaveText(fr ? 'Preuve non conforme au paquet' : 'Proof does not match the package');
  await bulk.getByRole('button', { name: fr ? 'Enregistrer 4 décisions' : 'Record 4 decisions' }).click();
  await expect(bulk.locator('.confirm-question')).toHaveText(fr
    ? 'Enregistrer 4 décisions, y compris pour des réclamations dont la preuve ne correspond pas au paquet ?'
    : 'Record 4 decisions, including claims whose proof does not match the package?');
  await bulk.getByRole('button', { name: fr ? 'Enregistrer 4' : 'Record 4', exact: true }).click();
  await expect(page.locator('.notice')).toContainText(fr ? '4 décisions enregistrées.' : '4 decisions recorded.');
  await expect.poll(() => storedDecisions(page)).toEqual([['CLM-0001', 'accept'], ['CLM-0002', 'accept'], ['CLM-0003', 'accept'], ['CLM-0004', 'accept']]);
  await closeNotice(page);
});

test('rules do not apply an accept to a tampered claim unless chosen @i18n', async ({ page, lang, shot, axe }) => {
  const fr = lang === 'fr';
  await openTampered(page);
  await page.locator('.subnav a[href="#/advertiser/rules"]').click();
  await page.locator('[data-action="add-rule"]').click();
  const sim = page.locator('.simulation');
  await expect(sim.locator('.outcome-table tr[data-claim="CLM-0002"]')).toHaveAttribute('data-decision', 'accept');
  await expect(sim.locator('.outcome-table tr[data-claim="CLM-0002"] [data-field="proof-failed"]')).toBeVisible();
  await expect(sim.locator('[data-field="proof-hold"]')).toContainText('CLM-0002');
  await axe();
  await shot('advertiser-proof-rules');
  // Every claim but CLM-0005 (no expected payout) and the tampered one.
  await sim.getByRole('button', { name: fr ? 'Reprendre ces 3 décisions à mon compte' : 'Apply these 3 decisions as mine' }).click();
  await sim.getByRole('button', { name: fr ? 'Enregistrer 3' : 'Record 3', exact: true }).click();
  await expect(page.locator('.notice')).toContainText(fr ? '3 décisions enregistrées' : '3 decisions recorded');
  expect((await storedDecisions(page)).map((d) => d[0])).toEqual(['CLM-0001', 'CLM-0003', 'CLM-0004']);
  // Only the held accept is left: the page does not say the rules decide nothing.
  await expect(sim.locator('[data-field="proof-hold"]')).toContainText('CLM-0002');
  await expect(sim.getByText(fr ? 'Ces règles ne traitent aucune des réclamations qui vous attendent.' : 'These rules decide none of the claims waiting for you.')).toHaveCount(0);
});

test('at 360 px the tampered proof is visible in the queue and on the claim page @i18n', async ({ page, shot }) => {
  await page.setViewportSize({ width: 360, height: 800 });
  await openTampered(page);
  const flag = row(page, 'CLM-0002').locator('[data-field="proof-failed"]');
  await expect(flag).toBeVisible();
  // On screen without scrolling the table sideways, with the answer-by date beside it.
  const box = await flag.boundingBox();
  expect(box.x + box.width).toBeLessThanOrEqual(360);
  await expect(row(page, 'CLM-0002').locator('[data-field="respond-by-narrow"]')).toBeVisible();
  await shot('advertiser-proof-queue-360');
  await openClaim(page, 'CLM-0002');
  await expect(page.locator('[data-field="proof-warning"]')).toBeVisible();
  await shot('advertiser-proof-claim-360');
});

test('a conversions file that accepts a tampered claim records it only when chosen @i18n', async ({ page, lang }) => {
  const fr = lang === 'fr';
  await openTampered(page);
  await page.locator('.subnav a[href="#/advertiser/conversions"]').click();
  await page.locator('[data-field="delimiter"] select').selectOption(',');
  const rows = parseCsv((await exportConversions(page)).text, ',');
  const action = rows[0].indexOf('Action');
  for (const id of ['CLM-0001', 'CLM-0002']) rows.find((r) => r[0] === id)[action] = 'validate';
  await page.locator('[data-field="decisions-input"]').setInputFiles({ name: 'edited.csv', mimeType: 'text/csv', buffer: Buffer.from(writeCsv(rows, ',')) });
  const result = page.locator('[data-field="import-result"]');
  await expect(result.locator('tr[data-claim="CLM-0002"] [data-field="proof-failed"]')).toHaveText(fr ? 'Preuve non conforme au paquet' : 'Proof does not match the package');
  await expect(result.locator('[data-field="proof-hold"]')).toContainText('CLM-0002');
  await expect(result.locator('button.primary')).toHaveText(fr ? 'Enregistrer 1 décision' : 'Record 1 decision');
  await result.locator('[data-field="proof-hold-accept"]').check();
  await expect(result.locator('button.primary')).toHaveText(fr ? 'Enregistrer 2 décisions' : 'Record 2 decisions');
  await result.locator('[data-field="proof-hold-accept"]').uncheck();
  await result.locator('button.primary').click();
  await result.locator('.confirm button.danger').click();
  await expect(page.locator('.notice')).toBeVisible();
  await expect.poll(() => storedDecisions(page)).toEqual([['CLM-0001', 'accept']]);
});
