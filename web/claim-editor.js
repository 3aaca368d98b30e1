// Publisher: the claim editor. One claim and the program's policy; every change is
// validated by the core (validate_claims, debounced) and each issue is shown next to the
// input its path names. The draft is saved to localStorage as the user types.
import { createAttachments } from './attachments.js';
import { CLAIM_FIELDS, POLICY_FIELDS, SUGGESTIONS, buildClaim, buildPolicy, needsTracked } from './claim-fields.js';
import { clearDraft, loadDraft, saveDraft } from './drafts.js';
import { $, debounce, dlRow, el, errorLine } from './dom.js';
import { placeIssues } from './issue-slots.js';

const CLAIM_BASE = '/claims/0';
const POLICY_BASE = '/policy';

function fieldElement(field, base) {
  const wrap = el('div', '', { class: `field${field.input === 'textarea' ? ' wide' : ''}`, 'data-issue-path': base + field.path });
  const label = el('label');
  label.append(el('span', field.label));
  if (field.hint) label.append(el('small', field.hint));
  let input;
  if (field.input === 'select') {
    input = el('select');
    for (const [value, text] of field.options) input.append(el('option', text, { value }));
  } else if (field.input === 'textarea') {
    input = el('textarea', '', { rows: 3 });
  } else {
    input = el('input', '', {
      type: field.input === 'date' ? 'date' : 'text', placeholder: field.placeholder,
      inputmode: field.inputmode, list: field.list ? `${field.list}-list` : undefined, autocomplete: 'off',
    });
  }
  input.name = base + field.path;
  // Screen readers read the field's issues with the field.
  const issuesId = `issues${(base + field.path).replaceAll('/', '-')}`;
  input.setAttribute('aria-describedby', issuesId);
  label.append(input);
  wrap.append(label, el('div', '', { class: 'field-issues', id: issuesId, 'aria-live': 'polite' }));
  return wrap;
}

/**
 * @param {import('./claims-core').ClaimsCore} core
 * @param {{asOf: () => string, onAsOfChange: (fn: () => void) => void}} clock
 */
export function createClaimEditor(core, clock) {
  const section = $('#claim-editor');
  const form = /** @type {HTMLFormElement} */ ($('#claim-form', section));
  for (const field of CLAIM_FIELDS) $(`[data-group="${field.group}"] .grid`, form).append(fieldElement(field, CLAIM_BASE));
  for (const field of POLICY_FIELDS) $('[data-group="policy"] .grid', form).append(fieldElement(field, POLICY_BASE));
  for (const [name, values] of Object.entries(SUGGESTIONS)) {
    const datalist = el('datalist', '', { id: `${name}-list` });
    for (const value of values) datalist.append(el('option', '', { value }));
    form.append(datalist);
  }

  const input = (base, field) => /** @type {HTMLInputElement} */ (form.elements.namedItem(base + field.path));
  const read = (fields, base) => Object.fromEntries(fields.map((f) => [f.path, input(base, f).value]));
  const write = (fields, base, values) => {
    for (const f of fields) input(base, f).value = values[f.path] ?? f.initial ?? '';
  };

  const listeners = [];
  const draftStatus = $('#draft-status', section);
  const attachments = createAttachments(core, {
    input: /** @type {HTMLInputElement} */ ($('#attachment-input', form)),
    list: $('#attachment-list', form),
    status: $('#attachment-status', form),
    issuePath: `${CLAIM_BASE}/attachments`,
    onChange: () => changed.now(),
  });

  const claim = () => buildClaim(read(CLAIM_FIELDS, CLAIM_BASE), attachments.list());
  const policy = () => buildPolicy(read(POLICY_FIELDS, POLICY_BASE));

  function syncTracked() {
    $('[data-group="tracked"]', form).hidden = !needsTracked(form.elements.namedItem(`${CLAIM_BASE}/reason`).value);
  }

  function save() {
    const ok = saveDraft({
      fields: read(CLAIM_FIELDS, CLAIM_BASE), policy: read(POLICY_FIELDS, POLICY_BASE),
      attachments: attachments.list(),
    });
    draftStatus.textContent = ok
      ? `Draft saved in this browser at ${new Date().toLocaleTimeString()}.`
      : 'This browser refused to store the draft (private mode or full storage): it will not survive a reload.';
    draftStatus.dataset.state = ok ? 'saved' : 'failed';
  }

  const summary = $('#claim-summary', section);
  const other = $('#claim-other-issues', section);
  const json = $('#claim-json', section);

  function validate() {
    const request = { as_of: clock.asOf(), policy: policy(), claims: [claim()] };
    json.textContent = JSON.stringify(request.claims[0], null, 2);
    let result;
    try {
      result = core.call('validate_claims', request);
    } catch (e) {
      placeIssues(form, [], other);
      summary.replaceChildren(errorLine(e));
      summary.dataset.state = 'refused';
      return;
    }
    const verdict = result.claims[0];
    const issues = [...result.issues, ...verdict.issues];
    placeIssues(form, issues, other);
    renderSummary(verdict, issues);
  }

  function renderSummary(verdict, issues) {
    const count = (severity) => issues.filter((i) => i.severity === severity).length;
    const valid = verdict.valid && count('error') === 0;
    summary.dataset.state = valid ? 'valid' : 'invalid';
    const dl = el('dl', '', { class: 'dates' });
    dlRow(dl, 'Claim', valid ? 'Valid' : 'Not valid yet', 'verdict');
    dlRow(dl, 'Errors', String(count('error')), 'errors');
    dlRow(dl, 'Warnings', String(count('warning')), 'warnings');
    dlRow(dl, 'Claimable from', verdict.claimable_from, 'claimable-from');
    dlRow(dl, 'Claimable until', verdict.claimable_until, 'claimable-until');
    summary.replaceChildren(dl);
  }

  function revalidate() {
    syncTracked();
    validate();
    for (const fn of listeners) fn();
  }
  // Only the user's edits are saved; a new as-of day re-judges the claim without saving.
  const changed = debounce(() => { save(); revalidate(); }, 250);
  form.addEventListener('input', changed);
  form.addEventListener('change', changed);
  form.addEventListener('submit', (e) => { e.preventDefault(); changed.now(); });
  clock.onAsOfChange(revalidate);

  $('#new-claim', section).addEventListener('click', () => {
    changed.cancel();
    clearDraft();
    write(CLAIM_FIELDS, CLAIM_BASE, {});
    attachments.set([]);
    revalidate();
    draftStatus.textContent = 'Started a new claim; the old draft is gone.';
    draftStatus.dataset.state = 'cleared';
  });

  const draft = loadDraft();
  write(CLAIM_FIELDS, CLAIM_BASE, draft?.fields ?? {});
  write(POLICY_FIELDS, POLICY_BASE, draft?.policy ?? {});
  attachments.set(draft?.attachments ?? []);
  syncTracked();
  validate();
  if (draft) {
    draftStatus.textContent = `Restored the draft saved ${draft.saved_at ? new Date(draft.saved_at).toLocaleString() : 'earlier'}.`;
    draftStatus.dataset.state = 'restored';
  }

  return {
    /** The claim as the form holds it now. */
    claim,
    /** The policy as the form holds it now. */
    policy,
    /** Calls fn after each validated change of the claim or policy. */
    onChange: (fn) => listeners.push(fn),
  };
}
