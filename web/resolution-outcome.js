// Shows a preview_resolution result: the action the decision would create, its dates,
// the funds on the approval day, and the issues (funds.insufficient,
// resolution.claim_has_errors, ...). Every value is written as text.
import { dlRow, el, issueLine } from './dom.js';

const STATUS_WORDS = { not_created: 'Not created yet', pending: 'Pending', locked: 'Locked', paid: 'Paid' };
const HEADLINES = {
  accept: 'Accept: a new action would be created.',
  decline: 'Decline: no action is created and nothing is paid.',
  request_info: 'Request information: the claim goes back to the publisher; nothing is paid.',
};

const money = (amount, currency) => (amount === null || amount === undefined ? null : `${amount} ${currency}`.trim());

function actionList(action) {
  const dl = el('dl', '', { class: 'dates' });
  const c = action.currency;
  const lc = action.lifecycle;
  dlRow(dl, 'Claim', action.claim_id, 'claim-id');
  dlRow(dl, 'Transaction date', action.transaction_date, 'transaction-date');
  dlRow(dl, 'Event type', action.event_type, 'event-type');
  dlRow(dl, 'Sale amount', money(action.sale_amount, c), 'sale-amount');
  dlRow(dl, 'Payout', money(action.payout, c), 'payout');
  dlRow(dl, 'Member cashback', money(action.member_cashback, c), 'member-cashback');
  if (action.adjusts_action_id !== null) dlRow(dl, 'Adjusts action', action.adjusts_action_id, 'adjusts');
  if (action.reinstates_action_id !== null) dlRow(dl, 'Reinstates action', action.reinstates_action_id, 'reinstates');
  if (lc) {
    dlRow(dl, 'Scheduled lock', lc.scheduled.lock, 'scheduled-lock');
    dlRow(dl, 'Scheduled payout', lc.scheduled.payout, 'scheduled-payout');
    dlRow(dl, 'Locks on', lc.effective.lock, 'lock');
    dlRow(dl, 'Paid on', lc.effective.payout, 'payout-date');
    dlRow(dl, 'Status on the as-of day', lc.status ? STATUS_WORDS[lc.status] : null, 'status');
    if (lc.pays_on_approval) {
      dlRow(dl, 'On approval', 'locks and pays out at once: the funds are due on the approval day', 'on-approval');
    } else if (lc.locks_on_approval) {
      dlRow(dl, 'On approval', 'locks at once', 'on-approval');
    }
  } else {
    dlRow(dl, 'Lifecycle', 'the contract has no lifecycle', 'status');
  }
  return dl;
}

function fundsList(funds, currency) {
  const dl = el('dl', '', { class: 'dates funds', 'data-sufficient': String(funds.sufficient) });
  dlRow(dl, 'Balance before', money(funds.balance_before, currency), 'balance-before');
  dlRow(dl, 'Due on approval', money(funds.due_on_approval, currency), 'due');
  dlRow(dl, 'Balance after', money(funds.balance_after, currency), 'balance-after');
  const enough = funds.sufficient === null ? null : funds.sufficient ? 'Yes' : 'No';
  dlRow(dl, 'Enough funds', enough, 'sufficient');
  return dl;
}

function claimIssues(issues) {
  const errors = issues.filter((i) => i.severity === 'error').length;
  const warnings = issues.length - errors;
  const box = el('details', '', { class: 'claim-issues', 'data-errors': errors, 'data-warnings': warnings });
  box.open = errors > 0; // the advertiser should see why the claim is not valid before accepting
  box.append(el('summary', issues.length
    ? `The claim's own check: ${errors} error(s), ${warnings} warning(s)`
    : 'The claim\'s own check: no issues'));
  for (const issue of issues) box.append(issueLine(issue, { showPath: true }));
  return box;
}

/**
 * @param {HTMLElement} out
 * @param {any} result the preview_resolution result
 * @param {string} contractCurrency for the funds when there is no action
 */
export function renderOutcome(out, result, contractCurrency) {
  out.dataset.state = 'shown';
  const parts = [el('p', HEADLINES[result.decision] ?? 'No decision yet.', { class: 'headline', 'data-field': 'headline' })];
  const issues = el('div', '', { class: 'outcome-issues' });
  for (const issue of result.issues) issues.append(issueLine(issue, { showPath: true }));
  parts.push(issues);
  if (result.action) {
    parts.push(el('h4', 'The new action'), actionList(result.action));
  } else if (result.decision === 'accept') {
    parts.push(el('p', 'No action can be created until the errors above are fixed.', { 'data-field': 'no-action' }));
  }
  if (result.funds) {
    parts.push(el('h4', 'Funds on the approval day'), fundsList(result.funds, result.action?.currency ?? contractCurrency));
  }
  parts.push(claimIssues(result.claim_issues));
  out.replaceChildren(...parts);
}
