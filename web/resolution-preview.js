// Advertiser: the resolution preview. Builds a preview_resolution request from the claim
// (the editor's, or one pasted as JSON), the contract, the account and the decision
// controls, and shows what the core says the decision would do. Nothing is stored.
import { DECLINE_REASONS, DEFAULT_CONTRACT } from './default-contract.js';
import { $, debounce, el, errorLine } from './dom.js';
import { renderOutcome } from './resolution-outcome.js';

/** Reads a JSON textarea; throws an Error naming the box when it does not parse. */
function parseJson(text, what) {
  try {
    return JSON.parse(text);
  } catch (e) {
    throw new Error(`The ${what} is not valid JSON: ${e.message}`);
  }
}

/**
 * @param {import('./claims-core').ClaimsCore} core
 * @param {{asOf: () => string, onAsOfChange: (fn: () => void) => void}} clock
 * @param {{claim: () => object, policy: () => object, onChange: (fn: () => void) => void}} editor
 */
export function createResolutionPreview(core, clock, editor) {
  const form = /** @type {HTMLFormElement} */ ($('#resolution-form'));
  const out = $('#resolution-result');
  const field = (name) => /** @type {HTMLInputElement} */ (form.elements.namedItem(name));
  const value = (name) => field(name).value;

  const reasons = field('decline_reason');
  for (const [code, label] of DECLINE_REASONS) reasons.append(el('option', label, { value: code }));
  field('contract_json').value = JSON.stringify(DEFAULT_CONTRACT, null, 2);

  function syncControls() {
    const decision = value('decision');
    const option = value('payout_option');
    for (const label of form.querySelectorAll('[data-for-decision]')) {
      const forOption = label.getAttribute('data-for-option');
      label.hidden = label.getAttribute('data-for-decision') !== decision || (forOption !== null && forOption !== option);
    }
    for (const label of form.querySelectorAll('[data-for-source]')) {
      label.hidden = label.getAttribute('data-for-source') !== value('claim_source');
    }
  }

  function resolution() {
    const decision = value('decision');
    const r = { decision };
    const set = (key, name) => { if (value(name) !== '') r[key] = value(name); };
    if (decision === 'accept') {
      set('transaction_date', 'transaction_date');
      set('event_type', 'event_type');
      r.payout_option = value('payout_option');
      if (r.payout_option === 'specify') set('payout_amount', 'payout_amount');
      if (r.payout_option === 'generate') {
        const details = {};
        if (value('details_amount') !== '') details.amount = value('details_amount');
        if (value('details_promo_code') !== '') details.promo_code = value('details_promo_code');
        r.details = details;
      }
    } else if (decision === 'decline') {
      set('decline_reason', 'decline_reason');
    } else {
      set('message', 'message');
    }
    return r;
  }

  function request() {
    const pasted = value('claim_source') === 'pasted';
    const req = {
      as_of: clock.asOf(),
      contract: parseJson(value('contract_json'), 'contract'),
      policy: editor.policy(),
      claim: pasted ? parseJson(value('claim_json'), 'pasted claim') : editor.claim(),
    };
    if (value('balance') !== '') req.account = { balance: value('balance') };
    if (value('fx_rate') !== '') req.fx = { rate: value('fx_rate') };
    if (value('member_share') !== '') req.member_share = value('member_share');
    req.resolution = resolution();
    return req;
  }

  function preview() {
    syncControls();
    let req;
    try {
      req = request();
      const currency = typeof req.contract?.currency === 'string' ? req.contract.currency : '';
      renderOutcome(out, core.call('preview_resolution', req), currency);
    } catch (e) {
      out.dataset.state = 'refused';
      out.replaceChildren(errorLine(e));
    }
  }

  const changed = debounce(preview, 250);
  form.addEventListener('input', changed);
  form.addEventListener('change', changed);
  editor.onChange(() => { if (value('claim_source') === 'editor') changed(); });
  clock.onAsOfChange(changed);
  preview();
}
