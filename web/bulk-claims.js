// Publisher: bulk claims from a CSV file. The file's text goes to import_claims_csv with
// `validate` (the editor's policy, the as-of day), and each imported claim is listed with
// its issues, which point at /rows/<line>/<column> of the file.
import { $, dlRow, el, errorLine, issueLine } from './dom.js';

/** Rows beyond this are counted in the summary but not drawn, to keep the page responsive. */
const MAX_TABLE_ROWS = 500;

/** The file line of an issue path "/rows/N/..." (the header is line 1), else null. */
const lineOf = (path) => /^\/rows\/(\d+)(\/|$)/.exec(path)?.[1] ?? null;

/**
 * @param {import('./claims-core').ClaimsCore} core
 * @param {{asOf: () => string}} clock
 * @param {{policy: () => object}} editor
 */
export function createBulkClaims(core, clock, editor) {
  const form = /** @type {HTMLFormElement} */ ($('#bulk-form'));
  const input = /** @type {HTMLInputElement} */ ($('#bulk-input'));
  const recheck = /** @type {HTMLButtonElement} */ ($('#bulk-recheck'));
  const out = $('#bulk-result');
  let file = { name: '', text: '' };

  function check() {
    const defaults = {};
    for (const name of ['publisher_id', 'currency']) {
      const value = /** @type {HTMLInputElement} */ (form.elements.namedItem(name)).value;
      if (value !== '') defaults[name] = value;
    }
    try {
      const result = core.call('import_claims_csv', {
        csv: file.text, defaults, validate: { as_of: clock.asOf(), policy: editor.policy() },
      });
      render(result);
    } catch (e) {
      out.dataset.state = 'refused';
      out.replaceChildren(errorLine(e));
    }
  }

  function render(result) {
    const { validation } = result;
    out.dataset.state = 'shown';
    const dl = el('dl', '', { class: 'dates' });
    dlRow(dl, 'File', file.name, 'file');
    dlRow(dl, 'Claims read', String(validation.summary.total), 'total');
    dlRow(dl, 'Valid', String(validation.summary.valid), 'valid');
    dlRow(dl, 'With errors', String(validation.summary.with_errors), 'with-errors');
    dlRow(dl, 'With warnings', String(validation.summary.with_warnings), 'with-warnings');
    const fileIssues = el('div', '', { class: 'file-issues' });
    for (const issue of [...result.issues, ...validation.issues]) fileIssues.append(issueLine(issue, { showPath: true }));

    const table = el('table', '', { class: 'bulk-table' });
    const head = el('tr');
    for (const title of ['#', 'Line', 'Claim', 'Order', 'Member', 'Check', 'Claimable until', 'Issues']) head.append(el('th', title));
    table.append(el('thead'), el('tbody'));
    table.tHead.append(head);
    const shown = validation.claims.slice(0, MAX_TABLE_ROWS);
    shown.forEach((verdict, index) => {
      const claim = result.claims?.[index] ?? {};
      const line = verdict.issues.map((i) => lineOf(i.path)).find((n) => n !== null) ?? null;
      const row = el('tr', '', { 'data-valid': String(verdict.valid), 'data-line': line });
      const issues = el('td', '', { class: 'issues' });
      for (const issue of verdict.issues) issues.append(issueLine(issue, { showPath: true }));
      row.append(
        el('td', String(index + 1)), el('td', line ?? '—', { class: 'line' }),
        el('td', verdict.id ?? claim.id ?? '—', { class: 'claim-id' }),
        el('td', claim.order?.id ?? '—', { class: 'order-id' }),
        el('td', claim.member_ref ?? '—', { class: 'member' }),
        el('td', verdict.valid ? 'Valid' : 'Errors', { class: 'verdict' }),
        el('td', verdict.claimable_until ?? '—', { class: 'until' }),
        issues);
      table.tBodies[0].append(row);
    });
    const parts = [dl, fileIssues, table];
    if (validation.claims.length > shown.length) {
      parts.push(el('p', `Showing the first ${shown.length} of ${validation.claims.length} claims.`, { class: 'note' }));
    }
    out.replaceChildren(...parts);
  }

  input.addEventListener('change', async () => {
    const picked = input.files?.[0];
    input.value = '';
    if (!picked) return;
    try {
      // Invalid UTF-8 becomes U+FFFD here; the core then sees text, as the spec's JSON would.
      file = { name: picked.name, text: await picked.text() };
    } catch (e) {
      out.replaceChildren(errorLine(e));
      return;
    }
    recheck.disabled = false;
    check();
  });
  form.addEventListener('submit', (e) => { e.preventDefault(); if (!recheck.disabled) check(); });
}
