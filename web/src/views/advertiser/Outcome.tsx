// A preview_resolution result: the action the decision would create (for a wrong-amount
// claim, the top-up over what was tracked, linked to the original action), its timeline,
// the funds on the approval day with a clear warning when the balance would go negative,
// and the issues. (The claim's own check is shown with the claim.) Money and dates in the
// user's locale.
import type { Claim, PreviewAction, PreviewResolutionResult } from '../../core/types.ts';
import { useI18n } from '../../i18n/index.ts';
import { IssueList } from '../../ui/IssueLine.tsx';
import { Timeline } from './Timeline.tsx';

function Row({ term, value, field }: { term: string; value: string | null | undefined; field: string }) {
  return <><dt>{term}</dt><dd data-field={field}>{value ?? '—'}</dd></>;
}

function Action({ action, claim }: { action: PreviewAction; claim: Claim }) {
  const { m, money, date } = useI18n();
  const c = action.currency;
  const lc = action.lifecycle;
  const a = m.advertiser.action;
  return (
    <>
      {action.adjusts_action_id !== null || claim.reason === 'wrong_amount' ? (
        <p class="link-note" data-field="top-up-note">
          {a.topUp(action.adjusts_action_id ?? '—', money(claim.tracked?.payout, claim.payout_currency ?? claim.order?.currency), money(action.payout, c))}
        </p>
      ) : null}
      {action.reinstates_action_id !== null ? <p class="link-note" data-field="reinstate-note">{a.reinstatesNote(action.reinstates_action_id)}</p> : null}
      <dl class="facts">
        <Row term={m.issues.fields.claimId} value={action.claim_id} field="claim-id" />
        <Row term={m.issues.fields.transactionDate} value={date(action.transaction_date)} field="transaction-date" />
        <Row term={m.issues.fields.eventType} value={action.event_type} field="event-type" />
        <Row term={a.saleAmount} value={money(action.sale_amount, claim.order?.currency ?? c)} field="sale-amount" />
        <Row term={action.adjusts_action_id !== null ? a.topUpPayout : a.payout} value={money(action.payout, c)} field="payout" />
        {action.member_cashback !== null ? <Row term={a.memberCashback} value={money(action.member_cashback, c)} field="member-cashback" /> : null}
        {action.adjusts_action_id !== null ? <Row term={a.adjusts} value={action.adjusts_action_id} field="adjusts" /> : null}
        {action.reinstates_action_id !== null ? <Row term={a.reinstates} value={action.reinstates_action_id} field="reinstates" /> : null}
        {lc ? (
          <>
            <Row term={a.scheduledLock} value={date(lc.scheduled.lock)} field="scheduled-lock" />
            <Row term={a.scheduledPayout} value={date(lc.scheduled.payout)} field="scheduled-payout" />
            <Row term={a.locksOn} value={date(lc.effective.lock)} field="lock" />
            <Row term={a.paidOn} value={date(lc.effective.payout)} field="payout-date" />
            <Row term={a.status} value={lc.status ? a.statuses[lc.status] : null} field="status" />
            {lc.pays_on_approval ? <Row term={a.onApproval} value={a.paysOnApproval} field="on-approval" />
              : lc.locks_on_approval ? <Row term={a.onApproval} value={a.locksOnApproval} field="on-approval" /> : null}
          </>
        ) : <Row term={a.lifecycle} value={a.noLifecycle} field="status" />}
      </dl>
    </>
  );
}

export function Outcome({ result, claim, contractCurrency, approvedOn }: {
  result: PreviewResolutionResult; claim: Claim; contractCurrency: string; approvedOn: string;
}) {
  const { m, money } = useI18n();
  const currency = result.action?.currency ?? contractCurrency;
  const f = result.funds;
  return (
    <div class="outcome-body" data-decision={result.decision ?? ''}>
      <p class="headline" data-field="headline">{result.decision ? m.advertiser.headlines[result.decision] : m.advertiser.noDecision}</p>
      {f.sufficient === false ? (
        <div class="funds-warning" role="alert" data-field="funds-warning">
          <p><strong>{m.advertiser.fundsShortTitle}</strong>{' '}
            {m.advertiser.fundsShort(money(f.due_on_approval, currency), money(f.balance_after, currency))}</p>
          {result.issues.filter((x) => x.code === 'funds.insufficient').map((x, i) => <small key={i} class="issue-details" data-code={x.code}>{x.code} {x.path}</small>)}
        </div>
      ) : null}
      {/* The box above says what funds.insufficient says, in plainer words. */}
      <div class="outcome-issues"><IssueList issues={f.sufficient === false ? result.issues.filter((x) => x.code !== 'funds.insufficient') : result.issues} live={false} /></div>
      {result.action ? (
        <>
          <h3>{m.advertiser.newAction}</h3>
          <Action action={result.action} claim={claim} />
          <Timeline action={result.action} approvedOn={approvedOn} />
        </>
      ) : result.decision === 'accept' ? <p data-field="no-action">{m.advertiser.noAction}</p> : null}
      <h3>{m.advertiser.fundsTitle}</h3>
      <dl class="facts funds" data-sufficient={String(f.sufficient)}>
        <Row term={m.advertiser.funds.before} value={money(f.balance_before, currency)} field="balance-before" />
        <Row term={m.advertiser.funds.due} value={money(f.due_on_approval, currency)} field="due" />
        <Row term={m.advertiser.funds.after} value={money(f.balance_after, currency)} field="balance-after" />
        <Row term={m.advertiser.funds.enough} value={f.sufficient === null ? null : f.sufficient ? m.common.yes : m.common.no} field="sufficient" />
      </dl>
    </div>
  );
}
