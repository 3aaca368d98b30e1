// The page: the publisher's claim editor and bulk CSV check, the advertiser's resolution
// preview, the proof-file checker and the lifecycle calculator.
// Every text that comes from a user or a file is written with textContent, never as HTML.
import { loadClaimsCore, sha256Hex } from './claims-core.js';
import { createClaimEditor } from './claim-editor.js';
import { createResolutionPreview } from './resolution-preview.js';
import { createBulkClaims } from './bulk-claims.js';
import { $, el, formatSize, showError, todayIso } from './dom.js';

/** The page's "today": the as-of field, which defaults to the local date. */
function createClock() {
  const input = /** @type {HTMLInputElement} */ ($('#as-of'));
  input.value = todayIso();
  return {
    asOf: () => input.value,
    onAsOfChange: (fn) => { input.addEventListener('input', fn); input.addEventListener('change', fn); },
  };
}

async function main() {
  const status = $('#core-status');
  let core;
  try {
    core = await loadClaimsCore();
  } catch (e) {
    status.dataset.state = 'failed';
    status.textContent = `The claims engine could not load: ${e?.message ?? e}`;
    return;
  }
  const clock = createClock();
  const editor = createClaimEditor(core, clock);
  createResolutionPreview(core, clock, editor);
  createBulkClaims(core, clock, editor);
  setUpProofs(core);
  setUpLifecycle(core);
  status.dataset.state = 'ready';
  status.textContent = 'Claims engine ready.';
}

function setUpProofs(core) {
  const input = /** @type {HTMLInputElement} */ ($('#proof-input'));
  const table = $('#proof-table');
  const body = table.querySelector('tbody');
  input.addEventListener('change', async () => {
    for (const file of input.files ?? []) {
      const row = el('tr');
      row.dataset.file = file.name;
      const type = el('td', '…', { class: 'type' });
      const digest = el('td', 'computing…', { class: 'digest' });
      row.append(el('td', file.name, { class: 'name' }), el('td', formatSize(file.size)), type, digest);
      body.append(row);
      table.hidden = false;
      try {
        const head = new Uint8Array(await file.slice(0, 64).arrayBuffer());
        type.textContent = core.sniffMediaType(head);
        digest.textContent = await sha256Hex(await file.arrayBuffer());
        row.dataset.ready = 'true';
      } catch (e) {
        showError(digest, e);
      }
    }
    input.value = '';
  });
}

function setUpLifecycle(core) {
  const form = /** @type {HTMLFormElement} */ ($('#lifecycle-form'));
  const out = $('#lifecycle-result');
  const fields = form.elements;
  fields.namedItem('as_of').value = todayIso();

  const syncRuleFields = () => {
    const rule = fields.namedItem('rule').value;
    for (const label of form.querySelectorAll('[data-for-rule]')) {
      label.hidden = !label.dataset.forRule.split(' ').includes(rule);
    }
  };
  fields.namedItem('rule').addEventListener('change', syncRuleFields);
  syncRuleFields();

  const number = (name) => Number.parseInt(fields.namedItem(name).value, 10);
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const rule = fields.namedItem('rule').value;
    const lock = { rule };
    if (rule === 'days_after_event') lock.days = number('days');
    if (rule === 'months_after_event_month' || rule === 'day_of_month') lock.months = number('months');
    if (rule === 'day_of_month') lock.day = number('day');
    const holidays = fields.namedItem('holidays').value.split(/\s+/).filter(Boolean);
    const request = {
      lifecycle: {
        lock,
        payout: {
          days_after_lock: number('days_after_lock'),
          business_days: fields.namedItem('business_days').checked,
          holidays,
        },
      },
      transaction_date: fields.namedItem('transaction_date').value,
      as_of: fields.namedItem('as_of').value,
    };
    const approved = fields.namedItem('approved_on').value;
    if (approved) request.approved_on = approved;
    try {
      renderLifecycle(out, core.computeLifecycle(request));
    } catch (e) {
      showError(out, e);
    }
  });
}

const statusWords = { not_created: 'Not created yet', pending: 'Pending', locked: 'Locked', paid: 'Paid' };

function renderLifecycle(out, result) {
  const dl = el('dl', '', { class: 'dates' });
  const row = (term, value, id) => dl.append(el('dt', term), el('dd', value ?? '—', { 'data-field': id }));
  row('Scheduled lock', result.scheduled.lock, 'scheduled-lock');
  row('Scheduled payout', result.scheduled.payout, 'scheduled-payout');
  row('Effective lock', result.effective.lock, 'effective-lock');
  row('Effective payout', result.effective.payout, 'effective-payout');
  if (result.locks_on_approval) row('On approval', result.pays_on_approval
    ? 'locks and pays out at once: the funds are due that day' : 'locks at once', 'on-approval');
  const status = el('p', '', { class: 'status', 'data-field': 'status' });
  status.textContent = result.status ? `Status: ${statusWords[result.status]}` : 'Status: —';
  const issues = result.issues.map((issue) => {
    const p = el('p', '', { class: 'issue', 'data-severity': issue.severity });
    p.append(el('code', issue.code), ` ${issue.message}`);
    return p;
  });
  out.replaceChildren(dl, status, ...issues);
}

main();
