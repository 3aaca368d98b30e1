// Advertiser: accepting a claim with errors warns on the claim page, by the button (issue 25,
// item 4; spec section 7, resolution.claim_has_errors), and a claim for an order already
// tracked says so: it is never proposed for payment silently.
import { test, expect } from './helpers.mjs';
import { openClaim, openSample, row } from './advertiser-helpers.mjs';

test('a claim with errors warns when accepted; an order already tracked is named @i18n', async ({ page, lang, shot, axe }) => {
  const fr = lang === 'fr';
  await openSample(page);
  // CLM-0005 was filed too early: an error of its own check.
  await openClaim(page, 'CLM-0005');
  const warning = page.locator('[data-field="accept-warning"]');
  await expect(warning.locator('.issue[data-code="resolution.claim_has_errors"] .issue-text')).toHaveText(fr
    ? 'La réclamation elle-même comporte des erreurs (voir la vérification de la réclamation). Vous pouvez tout de même l\'accepter : la décision vous appartient.'
    : 'The claim itself has errors (see the claim\'s check). You can still accept it: it is your decision.');
  await page.locator('.decision-form input[name="decision"][value="decline"]').check();
  await expect(warning).toHaveCount(0);

  // A2: the seed claim's order A-1002 is listed as already tracked.
  await page.locator('.subnav a[href="#/advertiser/settings"]').click();
  const known = page.locator('[data-field="known_orders"] textarea');
  await known.fill('adv-7, A-1002');
  await known.blur();
  await page.locator('.subnav a[href="#/advertiser"]').click();
  await expect(row(page, 'CLM-0002').locator('.badge[data-check]')).toHaveText(fr ? '1 erreur' : '1 error');
  await openClaim(page, 'CLM-0002');
  await expect(page.locator('details.claim-check .issue[data-code="order.duplicate"]')).toBeVisible();
  await expect(warning.locator('[data-field="already-tracked"]')).toHaveText(fr
    ? 'Sa commande est déjà suivie (Commandes déjà suivies, dans Contrat et réglages) : l\'accepter paie une seconde fois la même commande.'
    : 'Its order is already tracked (Orders already tracked, in Contract and settings): accepting it pays the same order a second time.');
  await expect(warning.locator('.issue[data-code="resolution.claim_has_errors"]')).toHaveCount(1);
  await expect(page.locator('.outcome .issue[data-code="resolution.claim_has_errors"]')).toHaveCount(0);
  await axe();
  await shot('advertiser-claim-already-tracked');
});
