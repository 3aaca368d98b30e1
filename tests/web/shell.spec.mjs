// The application shell: views from the URL, focus on view change, reload keeps the view
// and the data, the language follows the browser with a switch, axe on every view, and
// layouts from 360 px. Screenshots of every view in both languages.
import { test, expect, openApp, newClaim, fillClaim, saved, claimInput } from './helpers.mjs';

const VIEWS = [
  { hash: '#/publisher', name: 'publisher-claims', en: 'Claims', fr: 'Réclamations' },
  { hash: '#/publisher/import', name: 'publisher-import', en: 'Import claims from a CSV file', fr: 'Importer des réclamations depuis un fichier CSV' },
  { hash: '#/publisher/proofs', name: 'publisher-proofs', en: 'Proof for many claims', fr: 'Justificatifs en lot' },
  { hash: '#/publisher/send', name: 'publisher-send', en: 'Send claims', fr: 'Envoyer des réclamations' },
  { hash: '#/publisher/answers', name: 'publisher-answers', en: 'Answers from advertisers', fr: 'Réponses des annonceurs' },
  { hash: '#/publisher/programs', name: 'publisher-programs', en: 'Programs', fr: 'Programmes' },
  { hash: '#/advertiser', name: 'advertiser', en: 'Review queue', fr: 'Réclamations à traiter' },
  { hash: '#/members', name: 'members', en: 'Members', fr: 'Membres' },
  { hash: '#/settings', name: 'settings', en: 'Settings', fr: 'Paramètres' },
];

for (const view of VIEWS) {
  test(`${view.name}: the view has its heading, no axe violation, and a screenshot @i18n`, async ({ page, lang, axe, shot }) => {
    await openApp(page, view.hash);
    await expect(page.locator('h1.view-title')).toHaveText(view[lang]);
    await expect(page.locator('html')).toHaveAttribute('lang', lang);
    await axe();
    await shot(view.name);
  });
}

test('the editor of a claim with shown errors passes axe, in both languages @i18n', async ({ page, axe, shot }) => {
  await openApp(page);
  await newClaim(page);
  await fillClaim(page, { '/order/amount': '12x', '/order/date': '2026-02-30' });
  await page.getByRole('button', { name: /Mark ready to send|Marquer prête à envoyer/ }).click();
  await expect(page.locator('.claim-form .issue[data-severity="error"]').first()).toBeVisible();
  await axe();
  await shot('publisher-editor-errors');
});

test('the nav moves between views; the new view\'s heading takes the focus', async ({ page }) => {
  await openApp(page);
  await page.getByRole('link', { name: 'Advertiser' }).click();
  await expect(page).toHaveURL(/#\/advertiser$/);
  await expect(page.locator('h1.view-title')).toBeFocused();
  await expect(page.getByRole('link', { name: 'Advertiser' })).toHaveAttribute('aria-current', 'page');
  await page.keyboard.press('Tab');
  await expect(page.locator('h1.view-title')).not.toBeFocused();
  await page.getByRole('link', { name: 'Members' }).click();
  await expect(page.locator('h1.view-title')).toHaveText('Members');
  await expect(page.locator('h1.view-title')).toBeFocused();
});

test('switching views and reloading keeps the view and the data', async ({ page, shot }) => {
  await openApp(page);
  await newClaim(page);
  await fillClaim(page, { '/id': 'CLM-RELOAD', '/order/amount': '120.00' });
  await saved(page);
  const editorUrl = page.url();
  await page.getByRole('link', { name: 'Advertiser' }).click();
  await page.reload();
  await expect(page.locator('h1.view-title')).toHaveText('Review queue');
  await page.getByRole('link', { name: 'Publisher' }).click();
  await expect(page.locator('.claims-table tbody tr')).toHaveCount(1);
  await expect(page.locator('.claims-table .claim-link')).toHaveText('CLM-RELOAD');
  await expect(page.locator('.claims-table td.num')).toHaveText('€120.00');
  await shot('publisher-claims-list');
  await page.goto(editorUrl);
  await page.reload();
  await expect(claimInput(page, '/id')).toHaveValue('CLM-RELOAD');
});

test('a French browser sees French text and French money; typed 120,00 and 02/01/2026 reach the core as 120.00 and 2026-01-02 @i18n', async ({ page, lang }) => {
  test.skip(lang !== 'fr', 'the French path');
  await openApp(page);
  await expect(page.getByRole('link', { name: 'Éditeur' })).toHaveAttribute('aria-current', 'page');
  await newClaim(page);
  await fillClaim(page, { '/id': 'CLM-FR', '/order/amount': '120,00', '/order/date': '02/01/2026' });
  await claimInput(page, '/order/date').blur();
  await expect(page.locator('[data-field="claim-json"]')).toContainText('"amount": "120.00"');
  await expect(page.locator('[data-field="claim-json"]')).toContainText('"date": "2026-01-02"');
  // The inputs show the values the French way after leaving them.
  await expect(claimInput(page, '/order/date')).toHaveValue('02/01/2026');
  await expect(claimInput(page, '/order/amount')).toHaveValue('120,00');
  await saved(page);
  await page.getByRole('link', { name: 'Retour aux réclamations' }).click();
  const amount = await page.locator('.claims-table td.num').first().textContent();
  expect(amount.replace(/[\u00a0\u202f]/g, ' ')).toBe('120,00 €');
  await expect(page.locator('.claims-table .badge')).toHaveText('Brouillon');
});

test('the language switch overrides the browser and is kept @i18n', async ({ page, lang }) => {
  await openApp(page);
  const other = lang === 'fr' ? { value: 'en', nav: 'Publisher' } : { value: 'fr', nav: 'Éditeur' };
  await page.locator('[data-field="language"] select').selectOption(other.value);
  await expect(page.locator('nav[aria-label] a').first()).toHaveText(other.nav);
  await page.reload();
  await expect(page.locator('nav[aria-label] a').first()).toHaveText(other.nav);
  await expect(page.locator('html')).toHaveAttribute('lang', other.value);
});

test('every view fits 360 px without sideways scrolling @i18n', async ({ page, shot }) => {
  await page.setViewportSize({ width: 360, height: 780 });
  await openApp(page);
  await newClaim(page);
  for (const hash of [null, '#/publisher', '#/publisher/import', '#/publisher/proofs', '#/publisher/send', '#/publisher/answers',
    '#/publisher/programs', '#/advertiser', '#/members', '#/settings']) {
    if (hash) await page.goto(`/${hash}`);
    await expect(page.locator('h1.view-title')).toBeVisible();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow, `overflow on ${hash ?? 'the editor'}`).toBeLessThanOrEqual(0);
    if (hash === null) await shot('publisher-editor-360');
    if (hash === '#/advertiser') await shot('advertiser-360');
  }
});
