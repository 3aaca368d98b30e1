// Advertiser: the contract's category rates (issue 25, item 3). "Add a category rate" adds
// an empty row; typing into it names a new rate and leaves the others as they were (the
// default contract's gift-cards 0 % stays: gift cards pay nothing).
import { test, expect } from './helpers.mjs';

const field = (page, name) => page.locator(`[data-view="advertiser"] [data-field="${name}"] :is(input, select, textarea)`);

const storedContract = (page) => page.evaluate(async () => {
  const db = await new Promise((resolve, reject) => { const r = indexedDB.open('cashback-claims'); r.onsuccess = () => resolve(r.result); r.onerror = () => reject(r.error); });
  const record = await new Promise((resolve) => { const r = db.transaction('settings').objectStore('settings').get('contract'); r.onsuccess = () => resolve(r.result); });
  db.close();
  return record?.value ?? null;
});

test('a category rate is added as a new row, and typing into it keeps the existing rates @i18n', async ({ page, lang, axe }) => {
  const fr = lang === 'fr';
  await page.goto('/#/advertiser/settings');
  await expect(page.locator('.core-status')).toHaveAttribute('data-state', 'ready');
  const sale = page.locator('[data-term="sale"]');
  await expect(sale.locator('.category-row')).toHaveCount(2);
  await expect(field(page, 'term_0_cat_1')).toHaveValue('gift-cards');
  await sale.getByRole('button', { name: fr ? 'Ajouter un taux de catégorie' : 'Add a category rate' }).click();
  await expect(sale.locator('.category-row')).toHaveCount(3);
  await expect(field(page, 'term_0_cat_2')).toHaveValue('');
  await field(page, 'term_0_cat_2').pressSequentially('books');
  await field(page, 'term_0_cat_2_percent').fill('1');
  await expect(field(page, 'term_0_cat_1')).toHaveValue('gift-cards');
  await expect(field(page, 'term_0_cat_2')).toHaveValue('books');
  await expect.poll(async () => (await storedContract(page))?.commission?.sale?.categories).toEqual({
    electronics: { percent: '2' }, 'gift-cards': { percent: '0' }, books: { percent: '1' },
  });
  await axe();
});

test('a flat term and a lock "only by hand" each get their own sentence (issue 25, item 10) @i18n', async ({ page, lang }) => {
  const fr = lang === 'fr';
  await page.goto('/#/advertiser/settings');
  await expect(page.locator('.core-status')).toHaveAttribute('data-state', 'ready');
  const plain = async (l) => (await l.textContent()).replace(/[\u00a0\u202f]/g, ' ');
  const lead = page.locator('[data-term="lead"] [data-field="term-example-lead"]');
  await expect(lead).toBeVisible();
  expect(await plain(lead)).toBe(fr ? 'Chaque « lead » rapporte 2,50 €, quel que soit son montant.' : 'Each "lead" pays €2.50, whatever its amount.');
  await page.locator('[data-field="as-of"] input').fill('2026-01-01');
  await page.locator('[data-field="as-of"] input').blur();
  await field(page, 'lock_rule').selectOption('open_ended');
  await expect(page.locator('[data-field="lifecycle-example"]')).toHaveText(fr
    ? 'Une action du 1 janv. 2026 reste en attente jusqu\'à ce que quelqu\'un la verrouille à la main ; elle est payée ensuite.'
    : 'An action of Jan 1, 2026 stays pending until someone locks it by hand; it is paid after that.');
});
