// The publisher's whole path, as a new user takes it, in English and in French: settings
// and programs, three claims typed field by field (one by keyboard alone) with proofs, a
// reload that keeps everything; then claims sent as a package (its claims.json and every
// proof's digest checked here) and as an Awin file (compared byte for byte with the core's
// export_network_csv in Node), with the "sent" status undone once; then the advertiser's
// answers read back. Hostile text in a comment and a file name stays text throughout.
import { readFileSync } from 'node:fs';
import { unzipSync, strFromU8 } from 'fflate';
import {
  test, expect, openApp, newClaim, fillClaim, claimInput, fieldIssues, saved, setAsOf, fixture, fixtureBytes, sha256,
  storedProof, storedClaims, listState, watchInert,
} from './helpers.mjs';
import { loadCore } from '../../wasm/load_node.mjs';

const XSS = '<img src=x onerror=alert(1)>';
const PDF = fixtureBytes('order-confirmation.pdf');
const PNG = fixtureBytes('screenshot.png');
const PDF2 = Buffer.from('%PDF-1.4\n% invoice for order B-2002\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n');

const T = {
  en: { pdf: 'PDF document', png: 'PNG image', ready: 'Ready to send', sent: 'Sent', accepted: 'Accepted', declined: 'Declined', info: 'Information requested' },
  fr: { pdf: 'Document PDF', png: 'Image PNG', ready: 'Prête à envoyer', sent: 'Envoyée', accepted: 'Acceptée', declined: 'Refusée', info: 'Informations demandées' },
};

const markReady = (page) => page.locator('.check-section button[type="submit"]').click();

/** A new workspace on 2026-01-20 with the publisher's identity set; returns the inertness check. */
async function start(page) {
  const inert = watchInert(page);
  await openApp(page);
  await setAsOf(page, '2026-01-20');
  await page.goto('/#/settings');
  await page.locator('[data-field="publisher_id"] input').fill('pub-42');
  await page.locator('[data-field="publisher_name"] input').fill('Example Cashback');
  return inert;
}

test('three claims by hand with their proofs, one by keyboard alone; the program decides on a PNG named .pdf; a reload keeps it all @i18n', async ({ page, lang, shot, axe }) => {
  test.setTimeout(120_000);
  const inert = await start(page);

  // adv-9 has rules of its own: PDF files only.
  await page.goto('/#/publisher/programs');
  await page.locator('[data-field="new-advertiser"] input').fill('adv-9');
  await page.locator('.add-advertiser button[type="submit"]').click();
  await page.locator('.own-rules input').check();
  const media = page.locator('[data-field="policy-adv-9-media-types"] input');
  for (const i of [1, 2, 3]) await media.nth(i).uncheck();
  await expect(media.nth(0)).toBeChecked();
  await axe();
  await shot('publisher-programs-advertiser');

  // Claim 1, by keyboard alone: an order date in the future is refused, then corrected.
  await page.goto('/#/publisher');
  await page.locator('[data-view="publisher"] .top-actions button').focus();
  await page.keyboard.press('Enter');
  await expect(claimInput(page, '/id')).toBeVisible();
  await claimInput(page, '/id').focus();
  const type = async (text) => { if (text) await page.keyboard.type(text); await page.keyboard.press('Tab'); };
  // id, member, advertiser, publisher (prefilled), reason (untracked), filed on, order id, order date
  for (const text of ['CLM-1001', 'm-1', 'adv-7', '', '', '', 'A-1001', '2026-01-30']) await type(text);
  await expect(fieldIssues(page, '/order/date')).toHaveAttribute('data-code', 'order.date_in_future');
  await expect(claimInput(page, '/order/date')).toHaveAttribute('aria-invalid', 'true');
  await page.keyboard.press('Shift+Tab');
  await expect(claimInput(page, '/order/date')).toBeFocused();
  await page.keyboard.press('Control+A');
  await type('2026-01-01');
  await expect(fieldIssues(page, '/order/date')).toHaveCount(0);
  // amount, currency (prefilled), promo code, completed online, returned, click date, event type, expected payout
  for (const text of [lang === 'fr' ? '120,00' : '120.00', '', '', '', '', '', '', lang === 'fr' ? '6,00' : '6.00']) await type(text);
  await page.setInputFiles('[data-field="attach-input"]', { name: 'order-confirmation.pdf', mimeType: 'application/pdf', buffer: PDF });
  await expect(page.locator('.attachment .type')).toHaveText(T[lang].pdf);
  await page.locator('.check-section button[type="submit"]').focus();
  await page.keyboard.press('Enter');
  await expect(page.locator('.editor-bar .badge')).toHaveText(T[lang].ready);
  await saved(page);

  // Claim 2: a PNG named invoice.pdf is shown as a PNG; adv-9 takes PDF only, so it is refused until replaced.
  await page.goto('/#/publisher');
  await newClaim(page);
  await fillClaim(page, {
    '/id': 'CLM-1002', '/member_ref': 'm-2', '/advertiser/id': 'adv-9', '/order/id': 'B-2002', '/order/date': '2026-01-02',
    '/order/amount': '80.00', '/expected_payout': '4.00',
  });
  await page.setInputFiles('[data-field="attach-input"]', { name: 'invoice.pdf', mimeType: 'application/pdf', buffer: PNG });
  const attachment = page.locator('.attachment');
  await expect(attachment.locator('.type')).toHaveText(T[lang].png);
  await expect(attachment).toHaveAttribute('data-media-type', 'image/png');
  await expect(attachment.locator('.issue')).toHaveAttribute('data-code', 'proof.type_not_allowed');
  await expect(attachment.locator('.thumb img')).toHaveCount(1);
  await axe();
  await shot('publisher-editor-png-refused');
  await attachment.locator('[data-field="replace-input"]').setInputFiles({ name: 'invoice-B-2002.pdf', mimeType: 'application/pdf', buffer: PDF2 });
  await expect(attachment.locator('.type')).toHaveText(T[lang].pdf);
  await expect(attachment.locator('.issue')).toHaveCount(0);
  await markReady(page);
  await expect(page.locator('.editor-bar .badge')).toHaveText(T[lang].ready);
  await saved(page);

  // Claim 3: tracked too low, with items, a hostile comment and a hostile file name.
  await page.goto('/#/publisher');
  await newClaim(page);
  await fillClaim(page, {
    '/id': 'CLM-1003', '/member_ref': 'm-3', '/advertiser/id': 'adv-7', '/reason': 'wrong_amount', '/order/id': 'A-1003',
    '/order/date': '2026-01-03', '/order/amount': '50.00', '/expected_payout': '2.50', '/comment': XSS,
  });
  await fillClaim(page, { '/tracked/action_id': 'ACT-3', '/tracked/amount': '25.00', '/tracked/payout': '1.25', '/tracked/date': '2026-01-05' });
  await page.locator('.items > button.secondary').click();
  await page.locator('[data-field="item-1-sku"] input').fill('SKU-1');
  await page.locator('[data-field="item-1-subtotal"] input').fill('60.00');
  await expect(page.locator('.items .issue')).toHaveAttribute('data-code', 'items.exceed_order');
  await page.locator('[data-field="item-1-subtotal"] input').fill('40.00');
  await expect(page.locator('.items .issue')).toHaveCount(0);
  await page.setInputFiles('[data-field="attach-input"]', { name: `${XSS}.png`, mimeType: 'image/png', buffer: PNG });
  await expect(page.locator('.attachment .name')).toHaveText(`${XSS}.png`);
  await markReady(page);
  await expect(page.locator('.editor-bar .badge')).toHaveText(T[lang].ready);
  await saved(page);
  await shot('publisher-editor-wrong-amount');
  await inert();

  // A reload finds the three claims and every proof's bytes as they were.
  await page.goto('/#/publisher');
  await page.reload();
  await setAsOf(page, '2026-01-20');
  await expect(page.locator('.claims-table .claim-link')).toHaveText(['CLM-1003', 'CLM-1002', 'CLM-1001']);
  for (const id of ['CLM-1001', 'CLM-1002', 'CLM-1003']) await expect(listState(page, id)).toHaveText(T[lang].ready);
  const claims = await storedClaims(page);
  expect(claims.map((c) => c.claim.attachments.map((a) => [a.sha256, a.media_type]))).toEqual([
    [[sha256(PDF), 'application/pdf']], [[sha256(PDF2), 'application/pdf']], [[sha256(PNG), 'image/png']],
  ]);
  for (const [bytes, type] of [[PDF, 'application/pdf'], [PDF2, 'application/pdf'], [PNG, 'image/png']]) {
    expect(await storedProof(page, sha256(bytes))).toEqual({ size: bytes.length, sha256: sha256(bytes), media_type: type });
  }
  await axe();
  await shot('publisher-claims-three');
  await page.setViewportSize({ width: 360, height: 780 });
  expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
  await shot('publisher-claims-360');
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.locator('.claim-link', { hasText: 'CLM-1003' }).click();
  await expect(claimInput(page, '/comment')).toHaveValue(XSS);
  await inert();
});

/** Imports three untracked claims from a CSV file and gives each its proof through the bulk page. */
async function readyClaimsFromCsv(page) {
  const csv = [
    'claim_id,member_ref,advertiser_id,order_id,order_date,order_amount,currency,expected_payout,reason,comment',
    'CLM-1,m-1,adv-7,A-1,2026-01-01,120.00,EUR,6.00,untracked,Fresh browser',
    `CLM-2,m-2,adv-9,B-2,2026-01-02,80.00,EUR,4.00,untracked,"${XSS}"`,
    'CLM-3,m-3,adv-7,A-3,2026-01-03,50.00,EUR,2.50,untracked,',
    '',
  ].join('\r\n');
  await page.goto('/#/publisher/import');
  await page.setInputFiles('[data-field="csv-input"]', { name: 'claims.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
  await expect(page.locator('[data-field="needs-proof"]')).toHaveText('3');
  await page.locator('[data-action="import-commit"]').click();
  await expect(page.locator('.import-done')).toBeVisible();
  await page.goto('/#/publisher/proofs');
  await page.setInputFiles('[data-field="bulk-input"]', [
    { name: 'A-1.pdf', mimeType: 'application/pdf', buffer: PDF },
    { name: 'invoice B-2.png', mimeType: 'image/png', buffer: PNG },
    { name: 'a-3_confirmation.pdf', mimeType: 'application/pdf', buffer: PDF2 },
  ]);
  await expect(page.locator('.match-table tbody tr[data-problem="none"]')).toHaveCount(3);
  await page.locator('[data-action="bulk-attach"]').click();
  await expect(page.locator('[data-field="waiting"]')).toHaveText(/^(No claim needs proof|Aucune réclamation n'attend de justificatif)\.$/);
}

/** A workspace with a member share, adv-7's Awin id, and three claims ready to send (from a CSV file, proofs in bulk). */
async function readyToSend(page) {
  const inert = await start(page);
  await page.goto('/#/publisher/programs');
  await page.locator('[data-field="member_share"] input').fill('50');
  await page.locator('[data-field="new-advertiser"] input').fill('adv-7');
  await page.locator('.add-advertiser button[type="submit"]').click();
  await page.locator('[data-field="awin_id"] input').fill('1234');
  await expect(page.locator('tr[data-advertiser="adv-7"] td').nth(2)).toHaveText('1234');
  await readyClaimsFromCsv(page);
  return inert;
}

const statuses = async (page) => (await storedClaims(page)).map((r) => r.status);

test('with no claim ready, Send says so and its button waits @i18n', async ({ page, lang, shot, axe }) => {
  const fr = lang === 'fr';
  await start(page);
  await page.goto('/#/publisher/send');
  await expect(page.locator('label:has(input[name="which"][value="ready"])')).toHaveText(fr ? 'Aucune réclamation prête à envoyer' : 'No claim ready to send');
  await expect(page.locator('[data-action="send"]')).toBeDisabled();
  await expect(page.locator('[data-field="send-none-ready"]')).toHaveText(fr
    ? 'Aucune réclamation n\'est encore prête à envoyer : une réclamation est prête quand elle n\'a plus d\'erreur et a ses justificatifs.'
    : 'No claim is ready to send yet: a claim is ready once it has no error and its proof files.');
  await axe();
  await shot('publisher-send-none-ready');
});

test('ready claims go out as the claims CSV, with an undo; the advertiser\'s answers come back and offer members their credit @i18n', async ({ page, lang, shot, axe }) => {
  test.setTimeout(120_000);
  const inert = await readyToSend(page);

  // The claims CSV: the import's columns; sent, undone, sent again.
  await page.goto('/#/publisher/send');
  await expect(page.locator('input[name="which"][value="ready"]')).toBeChecked();
  await expect(page.locator('label:has(input[name="which"][value="ready"])')).toHaveText(lang === 'fr' ? 'Les 3 réclamations prêtes à envoyer' : 'The 3 claims ready to send');
  await expect(page.locator('[data-action="send"]')).toBeEnabled();
  await axe();
  await shot('publisher-send-ready');
  await page.locator('[data-format="csv"] input').check();
  let download = page.waitForEvent('download');
  await page.locator('[data-action="send"]').click();
  let file = await download;
  expect(file.suggestedFilename()).toBe('claims-2026-01-20.csv');
  const claimsCsv = readFileSync(await file.path(), 'utf8');
  const sep = lang === 'fr' ? ';' : ',';
  expect(claimsCsv.split('\r\n').slice(0, 2)).toEqual([
    `\ufeff${['claim_id', 'member_ref', 'advertiser_id', 'order_id', 'order_date', 'order_amount', 'currency', 'expected_payout', 'reason',
      'promo_code', 'click_date', 'tracked_action_id', 'tracked_amount', 'tracked_payout', 'comment', 'publisher_id', 'event_type',
      'completed_online', 'returned', 'tracked_date', 'filed_on'].join(sep)}`,
    ['CLM-1', 'm-1', 'adv-7', 'A-1', '2026-01-01', '120.00', 'EUR', '6.00', 'untracked', '', '', '', '', '', 'Fresh browser', 'pub-42', '', '', '', '', '2026-01-20'].join(sep),
  ]);
  await expect.poll(() => statuses(page)).toEqual(['sent', 'sent', 'sent']);
  await page.locator('.notice button.secondary').click();
  await expect.poll(() => statuses(page)).toEqual(['ready', 'ready', 'ready']);

  download = page.waitForEvent('download');
  await page.locator('[data-action="send"]').click();
  await download;
  await expect.poll(() => statuses(page)).toEqual(['sent', 'sent', 'sent']);

  // The advertiser answers: one accepted, one declined, one asking for more.
  const answers = [
    'Conversion ID;Action;Payout;Decline reason;Message',
    'CLM-1;validate;6.00;;',
    'CLM-2;reject;;other_channel;Tracked for another publisher.',
    'CLM-3;request_info;;;Please send the invoice.',
    'CLM-404;validate;1.00;;',
    '',
  ].join('\r\n');
  await page.goto('/#/publisher/answers');
  await page.setInputFiles('[data-field="answers-input"]', { name: 'conversions.csv', mimeType: 'text/csv', buffer: Buffer.from(answers) });
  const rows = page.locator('.answers-table tbody tr');
  await expect(rows).toHaveCount(4);
  await expect(rows.nth(0).locator('.becomes .badge')).toHaveText(T[lang].accepted);
  await expect(rows.nth(1).locator('.becomes .badge')).toHaveText(T[lang].declined);
  await expect(rows.nth(2).locator('.becomes .badge')).toHaveText(T[lang].info);
  await expect(rows.nth(3)).toHaveAttribute('data-problem', 'unknown');
  await axe();
  await shot('publisher-answers-preview');
  await page.locator('[data-action="answers-apply"]').click();
  await expect(page.locator('.credits-table tr[data-member="m-1"] [data-field="credit-amount"]')).toHaveText(lang === 'fr' ? /^3,00\s€$/ : '€3.00');
  await shot('publisher-answers-applied');
  await page.goto('/#/publisher');
  await expect(listState(page, 'CLM-1')).toHaveText(T[lang].accepted);
  await expect(listState(page, 'CLM-2')).toHaveText(T[lang].declined);
  await expect(listState(page, 'CLM-3')).toHaveText(T[lang].info);
  await page.locator('.claim-link', { hasText: 'CLM-3' }).click();
  await expect(page.locator('li.message[data-from="advertiser"] .message-text')).toHaveText('Please send the invoice.');
  await expect(page.locator('.answer-box')).toHaveAttribute('data-decision', 'request_info');
  await axe();
  await shot('publisher-editor-info-requested');
  await page.goto('/#/publisher');
  await page.locator('.claim-link', { hasText: 'CLM-1' }).click();
  await expect(page.locator('[data-field="credit-offer"]')).toContainText('m-1');
  await inert();
});

test('a claim package holds claims.json and every proof with its digest; the Awin file is the core\'s export_network_csv @i18n', async ({ page, lang, shot }) => {
  test.setTimeout(120_000);
  const core = await loadCore();
  for (const op of ['build_package', 'export_network_csv']) {
    expect(JSON.parse(core.dispatch(op, '{}')).error?.code, `the core has ${op}`).not.toBe('request.unknown_operation');
  }
  const inert = await readyToSend(page);
  // The claim package: claims.json as build_package wrote it, and every proof with its digest.
  await page.goto('/#/publisher/send');
  let download = page.waitForEvent('download');
  await page.locator('[data-action="send"]').click();
  let file = await download;
  expect(file.suggestedFilename()).toBe('claim-package-pub-42-2026-01-20.zip');
  const zip = unzipSync(new Uint8Array(readFileSync(await file.path())));
  const manifest = JSON.parse(strFromU8(zip['claims.json']));
  expect(manifest.format).toBe('claim-package');
  expect(manifest.version).toBe(1);
  expect(manifest.created_on).toBe('2026-01-20');
  expect(manifest.publisher).toEqual({ id: 'pub-42', name: 'Example Cashback' });
  expect(manifest.claims.map((c) => [c.id, c.filed_on, c.comment ?? null])).toEqual([
    ['CLM-1', '2026-01-20', 'Fresh browser'], ['CLM-2', '2026-01-20', XSS], ['CLM-3', '2026-01-20', null]]);
  const expected = { 'CLM-1': [PDF, 'pdf'], 'CLM-2': [PNG, 'png'], 'CLM-3': [PDF2, 'pdf'] };
  for (const claim of manifest.claims) {
    const [bytes, ext] = expected[claim.id];
    expect(claim.attachments).toHaveLength(1);
    const a = claim.attachments[0];
    expect(a.sha256).toBe(sha256(bytes));
    expect(a.size).toBe(bytes.length);
    const entry = zip[`proofs/${a.sha256}.${ext}`];
    expect(entry, `proofs/${a.sha256}.${ext}`).toBeDefined();
    expect(sha256(entry)).toBe(a.sha256);
  }
  expect(Object.keys(zip).sort()).toEqual(['claims.json', ...Object.values(expected).map(([b, ext]) => `proofs/${sha256(b)}.${ext}`)].sort());
  await expect(page.locator('[data-field="send-file"]')).toContainText('claim-package-pub-42-2026-01-20.zip');
  await shot('publisher-send-package');

  // Sent, then undone: the claims are ready to send again.
  await page.locator('.notice button.secondary').click();
  await page.goto('/#/publisher');
  for (const id of ['CLM-1', 'CLM-2', 'CLM-3']) await expect(listState(page, id)).toHaveText(T[lang].ready);

  // The Awin file, as the core writes it for the claims as they went out.
  await page.goto('/#/publisher/send');
  await page.locator('[data-format="awin"] input').check();
  download = page.waitForEvent('download');
  await page.locator('[data-action="send"]').click();
  file = await download;
  expect(file.suggestedFilename()).toBe('awin-claims-2026-01-20.csv');
  const awin = readFileSync(await file.path(), 'utf8');
  await expect(page.locator('[data-field="unmapped"]')).toContainText('adv-9');
  await expect(page.locator('.send-issue .issue[data-code="network.id_not_numeric"]')).toHaveCount(1);
  await shot('publisher-send-awin');
  const sent = await storedClaims(page);
  expect(sent.map((r) => [r.claim.id, r.status, r.sent?.via])).toEqual([['CLM-1', 'sent', 'awin'], ['CLM-2', 'sent', 'awin'], ['CLM-3', 'sent', 'awin']]);
  const reference = JSON.parse(core.dispatch('export_network_csv', JSON.stringify({
    format: 'awin', as_of: '2026-01-20', claims: sent.map((r) => r.claim), network_ids: { 'adv-7': '1234' },
  })));
  expect(reference.ok).toBe(true);
  expect(awin).toBe(reference.result.csv);
  expect(awin.split('\r\n')[1]).toBe('CLM-1,1234,untracked,m-1,120.00,6.00,2026-01-01 00:00:00,,A-1,Fresh browser');

  await inert();
});
