// The advertiser's test data and steps, shared by the advertiser specs: a batch of five
// claims with real proof files, made into a claim package exactly as the publisher view's
// export makes it (build_package's manifest and entries, zipped with fflate: claims.json
// deflated, proofs stored), a tampered copy, and the steps that open a package.
import { readFileSync } from 'node:fs';
import { strToU8, Zip, ZipPassThrough, zipSync } from 'fflate';
import { loadCore } from '../../wasm/load_node.mjs';
import { expect, fixtureBytes, sha256 } from './helpers.mjs';

export const PDF = fixtureBytes('order-confirmation.pdf');
export const PNG = fixtureBytes('screenshot.png');
/** Every proof's bytes by digest. Each claim has its own PDF (a comment after %%EOF), as real receipts differ. */
const BYTES = new Map();
const keep = (bytes) => { BYTES.set(sha256(bytes), bytes); return bytes; };
const pdf = (name) => {
  const bytes = keep(Buffer.concat([PDF, Buffer.from(`% ${name}\n`)]));
  return { name, media_type: 'application/pdf', size: bytes.length, sha256: sha256(bytes), kind: 'order_confirmation' };
};
const png = (name) => ({ name, media_type: 'image/png', size: keep(PNG).length, sha256: sha256(PNG), kind: 'screenshot' });

const publisher = { id: 'pub-42', name: 'Example Cashback' };
const advertiser = { id: 'adv-7', name: 'Acme' };

/** Reviewed on 2026-03-05 under the default contract (M+1 lock, paid 3 days later) and policy (75 days to answer, then accepted). */
export const REVIEW_DATE = '2026-03-05';

export const CLAIMS = [
  // Filed 2025-12-01: the answer was due 2026-02-14 → overdue on the review date.
  { id: 'CLM-0001', publisher, advertiser, member_ref: 'm-101', reason: 'untracked', filed_on: '2025-12-01',
    order: { id: 'A-1001', date: '2025-11-10', amount: '60.00', currency: 'EUR' }, expected_payout: '3.00',
    comment: 'Bought with an ad-blocker on.', attachments: [pdf('receipt-1001.pdf')] },
  // The seed case (spec section 6): 2026-01-01, locks 2026-03-01 and pays 2026-03-04, both before the review date.
  { id: 'CLM-0002', publisher, advertiser, member_ref: 'm-123', reason: 'untracked', filed_on: '2026-01-20',
    order: { id: 'A-1002', date: '2026-01-01', amount: '120.00', currency: 'EUR',
      items: [{ sku: 'SKU-1', name: 'Kettle', quantity: 2, category: 'home', subtotal: '80.00' }, { sku: 'SKU-2', name: 'Plug', quantity: 1, category: 'electronics', subtotal: '40.00' }] },
    expected_payout: '6.00', comment: 'Order confirmation attached; member used our link in a fresh browser.',
    attachments: [pdf('confirmation.pdf')] },
  // Tracked too low: 7.50 paid on ACT-9, 10.00 expected → a top-up of 2.50 linked to ACT-9.
  { id: 'CLM-0003', publisher, advertiser, member_ref: 'm-124', reason: 'wrong_amount', filed_on: '2026-02-20',
    order: { id: 'A-1003', date: '2026-02-10', amount: '200.00', currency: 'EUR' }, expected_payout: '10.00',
    tracked: { action_id: 'ACT-9', amount: '150.00', payout: '7.50', date: '2026-02-12' },
    comment: 'Only part of the basket was tracked.', attachments: [png('basket.png')] },
  // Declined, then claimed: accepting reinstates ACT-12.
  { id: 'CLM-0004', publisher, advertiser, member_ref: 'm-125', reason: 'declined', filed_on: '2026-02-01',
    order: { id: 'A-1004', date: '2026-01-15', amount: '80.00', currency: 'EUR' }, expected_payout: '4.00',
    tracked: { action_id: 'ACT-12', date: '2026-01-25' }, comment: 'Declined as returned, but the member kept the order.' },
  // Filed too early (the order of 2026-02-20 can be claimed from 2026-03-06) and no expected payout.
  { id: 'CLM-0005', publisher, advertiser, member_ref: 'm-126', reason: 'untracked', filed_on: '2026-03-04',
    order: { id: 'A-1005', date: '2026-02-20', amount: '50.00', currency: 'EUR' }, attachments: [pdf('order-1005.pdf')] },
];

let corePromise;
export const core = () => (corePromise ??= loadCore());

/** Calls an operation of the core directly (the WASM module in Node), as claimctl would. */
export async function call(operation, request) {
  const response = JSON.parse((await core()).dispatch(operation, JSON.stringify(request)));
  if (!response.ok) throw new Error(`${operation}: ${response.error.code} ${response.error.message}`);
  return response.result;
}

/** The package's bytes: build_package's manifest and entries, zipped with fflate as the page does. */
export async function packageZip(claims = CLAIMS, { tamper = null } = {}) {
  const built = await call('build_package', { created_on: '2026-03-02', publisher, claims });
  const files = { 'claims.json': [strToU8(built.manifest), { level: 6 }] };
  for (const entry of built.entries) {
    let bytes = new Uint8Array(BYTES.get(entry.sha256));
    // A tampered proof (the seed claim's): the same name and size, one byte changed.
    if (tamper && entry.name.endsWith('.pdf') && tamper === entry.sha256) { bytes = bytes.slice(); bytes[bytes.length - 2] ^= 0x20; }
    files[entry.name] = [bytes, { level: 0 }];
  }
  return Buffer.from(zipSync(files));
}

/**
 * The package with a tampered copy of one proof written first and the good copy after it,
 * under the same name (a ZIP may hold that): the first copy is the one to be judged.
 */
export async function packageWithHiddenCopy(claims, sha256) {
  const built = await call('build_package', { created_on: '2026-03-02', publisher, claims });
  const entries = [['claims.json', strToU8(built.manifest)]];
  for (const entry of built.entries) {
    const bytes = new Uint8Array(BYTES.get(entry.sha256));
    if (entry.sha256 === sha256) {
      const tampered = bytes.slice();
      tampered[tampered.length - 2] ^= 0x20;
      entries.push([entry.name, tampered]);
    }
    entries.push([entry.name, bytes]);
  }
  const parts = [];
  const zip = new Zip((err, data) => { if (err) throw err; parts.push(data); });
  for (const [name, bytes] of entries) {
    const file = new ZipPassThrough(name);
    zip.add(file);
    file.push(bytes, true);
  }
  zip.end();
  return Buffer.concat(parts);
}

/** Downloads the conversions file from its page: its suggested name and its text. */
export async function exportConversions(page) {
  const download = page.waitForEvent('download');
  await page.locator('[data-action="export"]').click();
  const file = await download;
  return { name: file.suggestedFilename(), text: readFileSync(await file.path(), 'utf8') };
}

/** Opens a package (or any file) from the "Open claims" page; resolves on its verdict page. */
export async function openFile(page, name, buffer, mimeType = 'application/zip') {
  await page.goto('/#/advertiser/open');
  await expect(page.locator('.core-status')).toHaveAttribute('data-state', 'ready');
  await page.locator('[data-field="open-input"]').setInputFiles({ name, mimeType, buffer });
  await expect(page).toHaveURL(/#\/advertiser\/files\/[\w-]+$/);
  await expect(page.locator('[data-field="verdict"]')).toBeVisible();
}

/** Opens the sample package and sets the review date; resolves on the queue. */
export async function openSample(page) {
  await openFile(page, 'claims-pub-42.zip', await packageZip());
  await setReviewDate(page);
  await page.goto('/#/advertiser');
  await expect(page.locator('.queue-table tbody tr')).toHaveCount(5);
}

export async function setReviewDate(page, iso = REVIEW_DATE) {
  const input = page.locator('[data-field="as-of"] input');
  await input.fill(iso);
  await input.blur();
}

/** The queue row of a claim. */
export const row = (page, id) => page.locator(`.queue-table tbody tr[data-claim="${id}"]`);
/** A value of the claim page's preview. */
export const outcome = (page, field) => page.locator(`.outcome [data-field="${field}"]`);
/** Text with Intl's no-break spaces made plain. */
export const plain = async (locator) => (await locator.textContent()).replace(/[\u00a0\u202f]/g, ' ');

/** Opens a claim from the queue. */
export async function openClaim(page, id) {
  await row(page, id).locator('a.claim-link').click();
  await expect(page.locator('h1.view-title')).toContainText(id);
  await expect(outcome(page, 'headline')).toBeVisible();
}

/** RFC 4180 fields of a CSV text (quotes, doubled quotes, CRLF inside quotes), as a spreadsheet program reads it. */
export function parseCsv(text, delimiter) {
  const rows = [];
  let row = [];
  let field = '';
  let quoted = false;
  const body = text.replace(/^\uFEFF/, '');
  for (let i = 0; i < body.length; i++) {
    const ch = body[i];
    if (quoted) {
      if (ch === '"' && body[i + 1] === '"') { field += '"'; i++; } else if (ch === '"') quoted = false; else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === delimiter) { row.push(field); field = ''; }
    else if (ch === '\r' && body[i + 1] === '\n') { row.push(field); rows.push(row); row = []; field = ''; i++; }
    else if (ch === '\n') { row.push(field); rows.push(row); row = []; field = ''; }
    else field += ch;
  }
  if (field !== '' || row.length) { row.push(field); rows.push(row); }
  return rows;
}

/** Rows back to CSV text, quoting as a spreadsheet program saves (CRLF, a BOM kept). */
export function writeCsv(rows, delimiter) {
  const cell = (v) => (/["\r\n]/.test(v) || v.includes(delimiter) ? `"${v.replaceAll('"', '""')}"` : v);
  return `\uFEFF${rows.map((r) => r.map(cell).join(delimiter)).join('\r\n')}\r\n`;
}

/** A text to match with the locale's no-break spaces written as plain ones ("100,00 €"). */
export const spaced = (text) => new RegExp(`^${text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '[ \u00a0\u202f]')}$`);

/** Closes the notice at the bottom of the screen, so that a full-page screenshot shows the page alone. */
export async function closeNotice(page) {
  await page.locator('.notice button.link').click();
  await expect(page.locator('.notice')).toHaveCount(0);
}
