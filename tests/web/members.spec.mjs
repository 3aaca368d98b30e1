// Members: balances from a CSV file, groups, credits and debits through the preview of
// apply_adjustments, the history, and cashback offered for accepted claims. The spec's
// example (section 9) is done through the page, in English and in French.
import { readFileSync } from 'node:fs';
import { test, expect, openApp, HOSTILE } from './helpers.mjs';

const T = {
  en: {
    importConfirm: /^Import \d+ balances?$/, apply: /^Apply \d+ entr/, preview: 'Preview', cancel: 'Cancel',
    groups: 'Groups', adjust: 'Credit or debit', history: 'History', balances: 'Balances', credits: 'From claims',
    createGroup: 'Create the group', oneMember: 'One member', aGroup: 'A group',
    relative: 'Credit or debit an amount', absolute: 'Set the balance to an amount',
    amount: 'Amount (EUR)', comment: 'Comment', member: 'Member', group: 'Group', groupName: 'Group name', ids: 'Member ids',
    reference: 'Reference',
  },
  fr: {
    importConfirm: /^Importer \d+ soldes?$/, apply: /^Appliquer \d+ écriture/, preview: 'Aperçu', cancel: 'Annuler',
    groups: 'Groupes', adjust: 'Créditer ou débiter', history: 'Historique', balances: 'Soldes', credits: 'Depuis les réclamations',
    createGroup: 'Créer le groupe', oneMember: 'Un membre', aGroup: 'Un groupe',
    relative: 'Créditer ou débiter un montant', absolute: 'Fixer le solde à un montant',
    amount: 'Montant (EUR)', comment: 'Commentaire', member: 'Membre', group: 'Groupe', groupName: 'Nom du groupe', ids: 'Identifiants des membres',
    reference: 'Référence',
  },
};

/** Money as the page shows it in each language (Intl's narrow spaces made plain). */
const eur = (lang, amount) => {
  const [int, dec] = amount.replace('-', '').split('.');
  const sign = amount.startsWith('-') ? '-' : amount.startsWith('+') ? '+' : '';
  const digits = int.replace('+', '');
  return lang === 'fr' ? `${sign}${digits},${dec} €` : `${sign}€${digits}.${dec}`;
};
const plain = (s) => s.replace(/[\u00a0\u202f]/g, ' ');

const subnav = (page) => page.locator('[data-view="members"] nav.subnav');

/** Imports a members file (written the way the user's spreadsheet would) and confirms it. */
async function importMembers(page, lang, rows) {
  const d = lang === 'fr' ? ';' : ',';
  const text = `member${d}available\r\n${rows.map(([m, a]) => `${m}${d}${lang === 'fr' ? a.replace('.', ',') : a}`).join('\r\n')}\r\n`;
  await page.setInputFiles('[data-field="members-input"]', { name: 'members.csv', mimeType: 'text/csv', buffer: Buffer.from(text) });
  await page.getByRole('button', { name: T[lang].importConfirm }).click();
  await expect(page.locator('.members-table tbody tr')).toHaveCount(rows.length);
}

/** Fills the adjust form. */
async function adjust(page, lang, { member, group, mode = 'relative', amount, comment, reference }) {
  const t = T[lang];
  await subnav(page).getByRole('link', { name: t.adjust }).click();
  if (group) {
    await page.getByRole('radio', { name: t.aGroup }).check();
    await page.getByLabel(t.group, { exact: true }).selectOption(group);
  } else {
    await page.getByRole('radio', { name: t.oneMember }).check();
    await page.getByRole('combobox', { name: t.member }).fill(member);
  }
  await page.getByRole('radio', { name: mode === 'relative' ? t.relative : t.absolute }).check();
  await page.getByRole('textbox', { name: t.amount }).fill(lang === 'fr' ? amount.replace('.', ',') : amount);
  if (reference) await page.getByRole('textbox', { name: t.reference, exact: true }).fill(reference);
  await page.getByRole('textbox', { name: t.comment }).fill(comment);
  await page.getByRole('button', { name: t.preview, exact: true }).click();
  await expect(page.locator('[data-field="preview"]')).toBeVisible();
}

/** The preview's rows as [member, before, change, after] texts (read with expect.poll: they come from the core). */
const previewRows = (page) => page.locator('.preview-table tbody tr').evaluateAll((rows) => rows.map((r) => [
  r.querySelector('.member-id').textContent,
  ...['before', 'change', 'after'].map((c) => r.querySelector(`[data-col="${c}"]`).textContent.replace(/[\u00a0\u202f]/g, ' ')),
]));
const historyRows = (page) => page.locator('.history-table tbody tr').evaluateAll((rows) => rows.map((r) => [
  r.querySelector('.member-id').textContent,
  ...['before', 'change', 'after'].map((c) => r.querySelector(`[data-col="${c}"]`).textContent.replace(/[\u00a0\u202f]/g, ' ')),
  r.querySelector('.comment').textContent,
]));
const balances = (page) => page.locator('.members-table tbody tr').evaluateAll((rows) => rows.map((r) => [
  r.querySelector('.member-id').textContent, r.querySelector('[data-col="available"]').textContent.replace(/[\u00a0\u202f]/g, ' '),
]));

test('the spec\'s example through the page: 12.50 − 10.00 → 2.50, then the group set to 50.00; preview, history, reload @i18n', async ({ page, lang, axe, shot }) => {
  const t = T[lang];
  const e = (a) => eur(lang, a);
  await openApp(page, '#/members');
  await shot('members-empty');
  await importMembers(page, lang, [['m-1', '12.50'], ['m-2', '0.00']]);
  await expect.poll(() => balances(page)).toEqual([['m-1', e('12.50')], ['m-2', e('0.00')]]);

  await subnav(page).getByRole('link', { name: t.groups }).click();
  await page.getByRole('textbox', { name: t.groupName }).fill('dormant');
  await page.getByRole('textbox', { name: t.ids }).fill('m-1\nm-2\n');
  await page.getByRole('button', { name: t.createGroup }).click();
  await expect(page.locator('li.group[data-group="dormant"] .group-members')).toHaveText('m-1, m-2');
  await axe();
  await shot('members-groups');

  await adjust(page, lang, { member: 'm-1', amount: '-10.00', comment: 'Order returned' });
  await expect.poll(() => previewRows(page)).toEqual([['m-1', e('12.50'), e('-10.00'), e('2.50')]]);
  await axe();
  await shot('members-adjust-preview');
  await page.getByRole('button', { name: t.apply }).click();
  await expect(page.locator('.done[role="status"]')).toBeVisible();

  await adjust(page, lang, { group: 'dormant', mode: 'absolute', amount: '50.00', comment: 'Winter promotion' });
  await expect.poll(() => previewRows(page)).toEqual([['m-1', e('2.50'), e('+47.50'), e('50.00')], ['m-2', e('0.00'), e('+50.00'), e('50.00')]]);
  await page.getByRole('button', { name: t.apply }).click();
  await expect(page.locator('.done[role="status"]')).toBeVisible();

  await subnav(page).getByRole('link', { name: t.history }).click();
  const expected = [
    ['m-2', e('0.00'), e('+50.00'), e('50.00'), 'Winter promotion'],
    ['m-1', e('2.50'), e('+47.50'), e('50.00'), 'Winter promotion'],
    ['m-1', e('12.50'), e('-10.00'), e('2.50'), 'Order returned'],
  ];
  await expect.poll(() => historyRows(page)).toEqual(expected);
  await axe();
  await shot('members-history');
  await page.getByRole('textbox', { name: t.member }).fill('m-1');
  await expect(page.locator('.history-table tbody tr')).toHaveCount(2);

  // Reload: balances, groups and history are all still there.
  await page.reload();
  await expect(page.locator('.history-table tbody tr')).toHaveCount(3);
  await expect.poll(() => historyRows(page)).toEqual(expected);
  await subnav(page).getByRole('link', { name: t.balances }).click();
  await expect.poll(() => balances(page)).toEqual([['m-1', e('50.00')], ['m-2', e('50.00')]]);
  await axe();
  await shot('members-balances');
  await subnav(page).getByRole('link', { name: t.groups }).click();
  await expect(page.locator('li.group[data-group="dormant"] .group-members')).toHaveText('m-1, m-2');
});

test('a debit larger than a balance skips that member and says why; Cancel changes nothing @i18n', async ({ page, lang, axe, shot }) => {
  const t = T[lang];
  const e = (a) => eur(lang, a);
  await openApp(page, '#/members');
  await importMembers(page, lang, [['m-1', '12.50'], ['m-2', '3.00']]);
  await subnav(page).getByRole('link', { name: t.groups }).click();
  await page.getByRole('textbox', { name: t.groupName }).fill('all');
  await page.getByRole('textbox', { name: t.ids }).fill('m-1, m-2');
  await page.getByRole('button', { name: t.createGroup }).click();

  await adjust(page, lang, { group: 'all', amount: '-5.00', comment: 'Fee' });
  await expect.poll(() => previewRows(page)).toEqual([['m-1', e('12.50'), e('-5.00'), e('7.50')]]);
  const skipped = page.locator('.skipped li[data-member="m-2"]');
  await expect(skipped.locator('.issue')).toHaveAttribute('data-code', 'ledger.insufficient_balance');
  expect(plain(await skipped.locator('.issue-text').textContent())).toBe(lang === 'fr'
    ? 'Le membre « m-2 » n\'a que 3,00 € de disponible : ce débit ferait passer le solde sous zéro, il est donc ignoré. Baissez le montant ou autorisez les soldes négatifs.'
    : 'Member "m-2" has only €3.00 available: this debit would take the balance below zero, so it is skipped. Lower the amount or allow negative balances.');
  await axe();
  await shot('members-adjust-skipped');

  // Cancel: the preview goes, nothing is stored.
  await page.getByRole('button', { name: t.cancel, exact: true }).click();
  await expect(page.locator('[data-field="preview"]')).toHaveCount(0);
  await expect(page.getByRole('button', { name: t.preview, exact: true })).toBeFocused();
  await subnav(page).getByRole('link', { name: t.history }).click();
  await expect(page.locator('.history-table')).toHaveCount(0);
  await subnav(page).getByRole('link', { name: t.balances }).click();
  await expect.poll(() => balances(page)).toEqual([['m-1', e('12.50')], ['m-2', e('3.00')]]);

  // Apply: only m-1 is debited.
  await adjust(page, lang, { group: 'all', amount: '-5.00', comment: 'Fee' });
  await page.getByRole('button', { name: t.apply }).click();
  await subnav(page).getByRole('link', { name: t.balances }).click();
  await expect.poll(() => balances(page)).toEqual([['m-1', e('7.50')], ['m-2', e('3.00')]]);
});

test('no comment, no preview of changes: the comment field says it is required', async ({ page }) => {
  await openApp(page, '#/members/adjust/member/m-1');
  await page.getByRole('textbox', { name: 'Amount (EUR)' }).fill('5');
  await page.getByRole('button', { name: 'Preview', exact: true }).click();
  await expect(page.locator('[data-field="comment"] .issue')).toHaveAttribute('data-code', 'comment.required');
  await expect(page.locator('[data-field="preview-summary"]')).toHaveText('Nothing would change.');
  await expect(page.getByRole('button', { name: 'Nothing to apply' })).toBeDisabled();
});

test('a member id holding markup stays text everywhere', async ({ page }) => {
  const script = '<script>window.pwned=1</script>';
  await openApp(page, '#/members');
  await importMembers(page, 'en', [[script, '1.00'], ['m-2', '2.00']]);
  await expect(page.locator('.members-table .member-id').first()).toHaveText(script);
  await adjust(page, 'en', { member: HOSTILE, amount: '3.00', comment: HOSTILE, reference: 'CLM-1' });
  await page.getByRole('button', { name: /^Apply/ }).click();
  await subnav(page).getByRole('link', { name: 'Groups' }).click();
  await page.getByRole('textbox', { name: 'Group name' }).fill(script);
  await page.getByRole('textbox', { name: 'Member ids' }).fill(`${script}\n${HOSTILE}`);
  await page.getByRole('button', { name: 'Create the group' }).click();
  await expect(page.locator('li.group .group-name')).toHaveText(script);
  await expect(page.locator('li.group .group-members')).toHaveText(`${script}, ${HOSTILE}`);
  await subnav(page).getByRole('link', { name: 'History' }).click();
  await expect(page.locator('.history-table .member-id')).toHaveText(HOSTILE);
  await expect(page.locator('.history-table .comment')).toHaveText(HOSTILE);
  expect(await page.evaluate(() => ({ pwned: window.pwned ?? null, scripts: document.querySelectorAll('main script, main img').length })))
    .toEqual({ pwned: null, scripts: 0 });
});

test('keyboard only: find a member, credit it through the preview, and apply', async ({ page }) => {
  await openApp(page, '#/members');
  await importMembers(page, 'en', [['m-1', '12.50'], ['m-2', '0.00']]);
  const focusOn = async (locator, max = 40) => {
    for (let i = 0; i < max; i++) {
      if (await locator.evaluate((n) => n === document.activeElement)) return;
      await page.keyboard.press('Tab');
    }
    throw new Error(`never reached ${locator}`);
  };
  await page.locator('h1.view-title').focus();
  await focusOn(page.getByRole('textbox', { name: 'Member id' }));
  await page.keyboard.type('m-2');
  await expect(page.locator('.members-table tbody tr')).toHaveCount(1);
  await focusOn(page.getByRole('link', { name: 'Credit or debit m-2' }));
  await page.keyboard.press('Enter');
  await expect(page.getByRole('combobox', { name: 'Member' })).toHaveValue('m-2');
  await focusOn(page.getByRole('textbox', { name: 'Amount (EUR)' }));
  await page.keyboard.type('4.80');
  await focusOn(page.getByRole('textbox', { name: 'Comment' }));
  await page.keyboard.type('Goodwill');
  await focusOn(page.getByRole('button', { name: 'Preview', exact: true }));
  await page.keyboard.press('Enter');
  await expect(page.locator('#adjust-preview-title')).toBeFocused();
  await expect.poll(() => previewRows(page)).toEqual([['m-2', '€0.00', '+€4.80', '€4.80']]);
  await focusOn(page.getByRole('button', { name: 'Apply 1 entry' }));
  await page.keyboard.press('Enter');
  await expect(page.locator('.done[role="status"]')).toContainText('Applied: 1 entry written.');

  // Pick two members with the space bar and make a group of them.
  await focusOn(page.getByRole('link', { name: 'Balances' }));
  await page.keyboard.press('Enter');
  await focusOn(page.getByRole('checkbox', { name: 'Pick m-1' }));
  await page.keyboard.press('Space');
  await focusOn(page.getByRole('checkbox', { name: 'Pick m-2' }));
  await page.keyboard.press('Space');
  await focusOn(page.getByRole('textbox', { name: 'Group name' }));
  await page.keyboard.type('both');
  await focusOn(page.getByRole('button', { name: 'Group the 2 picked' }));
  await page.keyboard.press('Enter');
  await expect(page.locator('li.group[data-group="both"] .group-members')).toHaveText('m-1, m-2');
});

test('members and history export as CSV files for the spreadsheet of the language @i18n', async ({ page, lang }) => {
  const t = T[lang];
  await openApp(page, '#/members');
  await importMembers(page, lang, [['=cmd', '12.50'], ['m-2', '0.00']]);
  const [members] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: lang === 'fr' ? 'Exporter les membres (CSV)' : 'Export members (CSV)' }).click(),
  ]);
  expect(members.suggestedFilename()).toMatch(/^members-\d{4}-\d{2}-\d{2}\.csv$/);
  expect(readFileSync(await members.path(), 'utf8')).toBe(lang === 'fr'
    ? "member;available\r\n'=cmd;12,50\r\nm-2;0,00\r\n" : "member,available\r\n'=cmd,12.50\r\nm-2,0.00\r\n");

  await adjust(page, lang, { member: 'm-2', amount: '1.50', comment: 'Goodwill, "sorry"', reference: 'CLM-7' });
  await page.getByRole('button', { name: t.apply }).click();
  await subnav(page).getByRole('link', { name: t.history }).click();
  const [history] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: lang === 'fr' ? 'Exporter 1 écriture (CSV)' : 'Export 1 entry (CSV)' }).click(),
  ]);
  const text = readFileSync(await history.path(), 'utf8');
  const [header, row] = text.split('\r\n');
  const d = lang === 'fr' ? ';' : ',';
  expect(header).toBe(['applied_at', 'date', 'member', 'before', 'change', 'after', 'currency', 'comment', 'reference', 'entry', 'reverses'].join(d));
  expect(row.split(d).slice(1)).toEqual(lang === 'fr'
    ? ['', 'm-2', '0,00', '1,50', '1,50', 'EUR', '"Goodwill, ""sorry"""', 'CLM-7', '1', '']
    : ['', 'm-2', '0.00', '1.50', '1.50', 'EUR', '"Goodwill', ' ""sorry"""', 'CLM-7', '1', '']);
});

test('an import shows what it changes and what it leaves out first, and can be undone', async ({ page, shot }) => {
  await openApp(page, '#/members');
  await importMembers(page, 'en', [['m-1', '12.50']]);
  const file = 'member,available\nm-1,20.00\nm-2,1.005\nm-3,7\nm-1,1.00\n,2.00\n';
  await page.setInputFiles('[data-field="members-input"]', { name: 'more.csv', mimeType: 'text/csv', buffer: Buffer.from(file) });
  await expect(page.locator('[data-field="import-summary"]')).toHaveText('more.csv: 5 lines read. 1 new member, 1 balance changes, 0 unchanged.');
  await expect(page.locator('.row-problems li[data-line="3"] .issue')).toHaveAttribute('data-code', 'money.invalid');
  await expect(page.locator('.row-problems li[data-line="5"]')).toHaveText('Line 5: member "m-1" is already on line 2.');
  await expect(page.locator('.row-problems li[data-line="6"]')).toHaveText('Line 6: no member id.');
  await shot('members-import-review');
  await page.getByRole('button', { name: 'Import 2 balances' }).click();
  await expect.poll(() => balances(page)).toEqual([['m-1', '€20.00'], ['m-3', '€7.00']]);
  await page.locator('.notice').getByRole('button', { name: 'Undo' }).click();
  await expect(page.locator('.members-table tbody tr')).toHaveCount(1);
  await expect.poll(() => balances(page)).toEqual([['m-1', '€12.50']]);
});

test('groups: from picked members or a filter; rename; delete after a confirmation, with an undo', async ({ page, axe }) => {
  await openApp(page, '#/members');
  await importMembers(page, 'en', [['m-1', '12.50'], ['m-2', '0.00'], ['m-10', '30.00'], ['x-1', '50.00']]);
  // A filter: ids m-1* with a balance above 10.
  await page.getByRole('textbox', { name: 'Member id' }).fill('m-1*');
  await page.getByRole('textbox', { name: 'Balance above' }).fill('10');
  await expect(page.locator('[data-field="match-count"]')).toHaveText('2 of 4 members match.');
  await page.getByRole('textbox', { name: 'Group name' }).fill('big');
  await page.getByRole('button', { name: 'Group the 2 members found' }).click();
  await expect(page).toHaveURL(/#\/members\/groups$/);
  await expect(page.locator('li.group[data-group="big"] .group-members')).toHaveText('m-1, m-10');
  // Picked members.
  await subnav(page).getByRole('link', { name: 'Balances' }).click();
  await page.getByRole('checkbox', { name: 'Pick m-2' }).check();
  await page.getByRole('checkbox', { name: 'Pick x-1' }).check();
  await page.getByRole('textbox', { name: 'Group name' }).fill('picked');
  await page.getByRole('button', { name: 'Group the 2 picked' }).click();
  await expect(page.locator('li.group[data-group="picked"] .group-members')).toHaveText('m-2, x-1');
  // A taken name is refused.
  await page.getByRole('button', { name: 'Rename big' }).click();
  await expect(page.getByRole('textbox', { name: 'New name for "big"' })).toBeFocused();
  await page.keyboard.type('-x');
  await page.getByRole('textbox', { name: 'New name for "big"' }).fill('picked');
  await page.getByRole('button', { name: 'Save the name' }).click();
  await expect(page.locator('li.group [role="alert"]')).toHaveText('There is already a group named "picked". Choose another name.');
  await page.getByRole('textbox', { name: 'New name for "big"' }).fill('over ten');
  await page.getByRole('button', { name: 'Save the name' }).click();
  await expect(page.locator('li.group .group-name')).toHaveText(['over ten', 'picked']);
  await axe();
  // Delete asks first, then offers an undo.
  const row = page.locator('li.group[data-group="picked"]');
  await row.getByRole('button', { name: 'Delete' }).click();
  await expect(row.locator('.confirm-question')).toHaveText('Delete the group "picked" (2 members)? Balances are not changed.');
  await row.getByRole('button', { name: 'Delete the group' }).click();
  await expect(page.locator('li.group')).toHaveCount(1);
  await page.locator('.notice').getByRole('button', { name: 'Undo' }).click();
  await expect(page.locator('li.group[data-group="picked"] .group-members')).toHaveText('m-2, x-1');
});

/** Puts an accepted claim in the workspace as the Publisher view records it (store/credits.ts). */
async function seedAcceptedClaim(page, { key, id, member, payout, status = 'accepted' }) {
  await page.evaluate(async (r) => {
    const db = await new Promise((resolve, reject) => { const o = indexedDB.open('cashback-claims'); o.onsuccess = () => resolve(o.result); o.onerror = () => reject(o.error); });
    await new Promise((resolve, reject) => {
      const tx = db.transaction('claims', 'readwrite');
      tx.objectStore('claims').put({
        key: r.key, rev: 1, status: r.status, origin: 'editor', created_at: '2026-03-01T09:00:00.000Z', updated_at: '2026-03-05T09:00:00.000Z',
        claim: { id: r.id, member_ref: r.member, order: { id: `A-${r.id}`, amount: '120.00', currency: 'EUR', date: '2026-01-01' }, reason: 'untracked' },
        answer: { decision: 'accept', on: '2026-03-05', payout: r.payout, currency: 'EUR' },
      });
      tx.oncomplete = resolve; tx.onerror = () => reject(tx.error);
    });
    db.close();
    new BroadcastChannel('cashback-claims:changes').postMessage({ store: 'claims', key: null, tab: 'test' });
  }, { key, id, member, payout, status });
}

test('an accepted claim offers its member\'s cashback (payout × member share) as a credit naming the claim @i18n', async ({ page, lang, axe, shot }) => {
  const t = T[lang];
  const e = (a) => eur(lang, a);
  await openApp(page, '#/members');
  await seedAcceptedClaim(page, { key: 'k-1', id: 'CLM-0001', member: 'm-123', payout: '6.00' });
  await seedAcceptedClaim(page, { key: 'k-2', id: 'CLM-0002', member: 'm-456', payout: '3.00' });
  await seedAcceptedClaim(page, { key: 'k-3', id: 'CLM-0003', member: 'm-789', payout: '9.00', status: 'declined' });
  await expect(page.locator('[data-field="credits-notice"]')).toContainText(lang === 'fr' ? '2 réclamations acceptées doivent' : '2 accepted claims owe');
  await page.locator('[data-field="credits-notice"] a').click();
  await expect(page).toHaveURL(/#\/members\/credits$/);
  // No member share yet: no amount; then 80 %.
  await expect(page.locator('.credits-table tbody tr')).toHaveCount(2);
  await page.getByRole('textbox', { name: lang === 'fr' ? 'Part des membres (%)' : 'Member share (%)' }).fill('80');
  await expect(page.locator('.credits-table tr[data-claim="CLM-0001"] [data-col="cashback"]')).toHaveText(e('4.80').replace(' ', '\u00a0'));
  await page.getByRole('checkbox', { name: lang === 'fr' ? 'Créditer m-456 pour la réclamation CLM-0002' : 'Credit m-456 for claim CLM-0002' }).uncheck();
  await page.getByRole('button', { name: lang === 'fr' ? 'Prévisualiser 1 crédit' : 'Preview 1 credit' }).click();
  await expect.poll(() => previewRows(page)).toEqual([['m-123', e('0.00'), e('+4.80'), e('4.80')]]);
  await expect(page.locator('.preview-table tbody td').nth(1)).toHaveText('CLM-0001');
  await axe();
  await shot('members-credits-preview');
  await page.getByRole('button', { name: t.apply }).click();
  // Credited: that offer is gone, the other stays.
  await expect(page.locator('.credits-table tbody tr')).toHaveCount(1);
  await expect(page.locator('.credits-table tbody tr')).toHaveAttribute('data-claim', 'CLM-0002');
  await subnav(page).getByRole('link', { name: t.history }).click();
  await page.getByRole('textbox', { name: t.reference, exact: true }).fill('clm-0001');
  await expect(page.locator('.history-table tbody tr')).toHaveCount(1);
  await expect(page.locator('.history-table [data-col="reference"]')).toHaveText('CLM-0001');
  await expect(page.locator('.history-table .comment')).toHaveText(lang === 'fr' ? 'Cashback de la réclamation CLM-0001' : 'Cashback for claim CLM-0001');
});

test('an accepted claim without a payout is not left out: its credit says why, and so does its claim page @i18n', async ({ page, lang }) => {
  // Issue 26, item 7: it was silently left out of the credits while its page showed a cashback.
  const fr = lang === 'fr';
  await openApp(page, '#/members/credits');
  await page.getByRole('textbox', { name: fr ? 'Part des membres (%)' : 'Member share (%)' }).fill('80');
  await seedAcceptedClaim(page, { key: 'k-4', id: 'CLM-0004', member: 'm-999', payout: null });
  const row = page.locator('.credits-table tr[data-claim="CLM-0004"]');
  await expect(row.locator('[data-col="cashback"]')).toHaveText(fr
    ? 'Acceptée sans commission : demandez-la à l\'annonceur, ou créditez à la main' : 'Accepted without a payout: ask the advertiser for it, or credit by hand');
  await expect(row.getByRole('checkbox')).toHaveCount(0);
  await row.getByRole('link', { name: 'CLM-0004' }).click();
  await expect(page.locator('[data-field="credit-no-payout"]')).toContainText(fr ? 'sans commission' : 'without a payout');
  await expect(page.locator('[data-field="member-cashback"]')).toHaveText(fr ? '— acceptée sans commission' : '— accepted without a payout');
});

test('every members page fits 360 px without sideways scrolling @i18n', async ({ page, lang, shot }) => {
  await page.setViewportSize({ width: 360, height: 780 });
  await openApp(page, '#/members');
  await importMembers(page, lang, [['member-with-a-rather-long-identifier-0001', '12345.67'], ['m-2', '0.00']]);
  for (const hash of ['#/members', '#/members/groups', '#/members/adjust/member/m-2', '#/members/credits', '#/members/history']) {
    await page.goto(`/${hash}`);
    await expect(page.locator('h1.view-title')).toBeVisible();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow, `overflow on ${hash}`).toBeLessThanOrEqual(0);
  }
  await page.goto('/#/members');
  await expect(page.locator('.members-table tbody tr')).toHaveCount(2);
  await shot('members-360');
});

test('an applied entry is reversed: previewed, linked both ways in the history; a reversal that would overdraw says why @i18n', async ({ page, lang, axe, shot }) => {
  test.slow(); // three applies, two previews and the history: over 30 s on a loaded 2-core machine
  const t = T[lang];
  const e = (a) => eur(lang, a);
  const fr = lang === 'fr';
  await openApp(page, '#/members');
  await importMembers(page, lang, [['m-1', '0.00'], ['m-2', '0.00']]);
  await subnav(page).getByRole('link', { name: t.groups }).click();
  await page.getByRole('textbox', { name: t.groupName }).fill('dormant');
  await page.getByRole('textbox', { name: t.ids }).fill('m-1\nm-2\n');
  await page.getByRole('button', { name: t.createGroup }).click();
  await adjust(page, lang, { group: 'dormant', amount: '5.00', comment: 'Winter promotion' });
  await page.getByRole('button', { name: t.apply }).click();
  await expect(page.locator('.done[role="status"]')).toBeVisible();
  // m-2 spends 3.00 of it: reversing m-2's credit would take the balance below zero.
  await adjust(page, lang, { member: 'm-2', amount: '-3.00', comment: 'Paid out' });
  await page.getByRole('button', { name: t.apply }).click();
  await expect(page.locator('.done[role="status"]')).toBeVisible();

  await subnav(page).getByRole('link', { name: t.history }).click();
  await page.getByRole('link', { name: fr ? `Contre-passer l'écriture de m-1 (${e('+5.00')})` : `Reverse the entry of m-1 (${e('+5.00')})` }).click();
  await expect(page.locator('[data-field="reverse-entry"] .member-id')).toHaveText('m-1');
  await expect(page.getByRole('textbox', { name: t.comment })).toHaveValue(fr ? 'Contre-passation : Winter promotion' : 'Reversal: Winter promotion');
  // The whole adjustment: m-1 goes back to 0, m-2 would go to -2.00 and is skipped, with the ledger's reason.
  await page.getByRole('radio', { name: fr ? /^Les 2 écritures de cet ajustement/ : /^All 2 entries of this adjustment/ }).check();
  await page.getByRole('button', { name: t.preview, exact: true }).click();
  await expect.poll(() => previewRows(page)).toEqual([['m-1', e('5.00'), e('-5.00'), e('0.00')]]);
  await expect(page.locator('.skipped li[data-member="m-2"] .issue')).toHaveAttribute('data-code', 'ledger.insufficient_balance');
  await axe();
  await shot('members-reverse-preview');
  await page.getByRole('button', { name: t.apply }).click();
  await expect(page.locator('.done[role="status"]')).toBeVisible();

  await subnav(page).getByRole('link', { name: t.history }).click();
  await expect.poll(() => historyRows(page)).toEqual([
    ['m-1', e('5.00'), e('-5.00'), e('0.00'), fr ? 'Contre-passation : Winter promotion' : 'Reversal: Winter promotion'],
    ['m-2', e('5.00'), e('-3.00'), e('2.00'), 'Paid out'],
    ['m-2', e('0.00'), e('+5.00'), e('5.00'), 'Winter promotion'],
    ['m-1', e('0.00'), e('+5.00'), e('5.00'), 'Winter promotion'],
  ]);
  const status = (n) => page.locator('.history-table tbody tr').nth(n).locator('[data-col="status"]');
  await expect(status(0)).toContainText(fr ? "Contre-passe l'écriture appliquée le" : 'Reverses the entry applied on');
  await expect(status(3)).toContainText(fr ? 'Contre-passée le' : 'Reversed on');
  await expect(status(2).getByRole('link')).toHaveText(fr ? 'Contre-passer' : 'Reverse'); // m-2's credit was skipped: still reversible
  await axe();
  await shot('members-history-reversed');
  await subnav(page).getByRole('link', { name: t.balances }).click();
  await expect.poll(() => balances(page)).toEqual([['m-1', e('0.00')], ['m-2', e('2.00')]]);
});
