// Totals of a batch of decisions and the payouts they schedule: for the decisions recorded
// so far (sums made exactly, money.ts) and for a batch previewed by simulate_rules (the
// core's own summary). One presentation for both.
import { useI18n } from '../../i18n/index.ts';
import type { SimulateRulesResult } from '../../core/types.ts';
import type { DecisionStored, Settings } from '../../store/schema.ts';
import { CashFlowChart } from './CashFlowChart.tsx';
import { committedFunds } from './data.ts';
import { cashFlowByDate, signOf, subtractMoney, sumMoney } from './money.ts';

export interface Totals {
  accepted: number;
  declined: number;
  infoRequested: number;
  manual: number;
  payoutTotal: string;
  dueOnApproval: string;
  balanceBefore: string;
  balanceAfter: string | null;
  sufficient: boolean | null;
  cashFlow: { date: string; amount: string }[];
}

/** The core's summary of a simulated batch. */
export function simulatedTotals(result: SimulateRulesResult, balanceBefore: string): Totals {
  const s = result.summary;
  return {
    accepted: s.accepted, declined: s.declined, infoRequested: s.info_requested, manual: s.manual,
    payoutTotal: s.payout_total, dueOnApproval: s.due_on_approval, balanceBefore, balanceAfter: s.balance_after,
    // A batch that takes nothing on approval (declines, say) is never short, even from a balance already below zero.
    sufficient: signOf(s.due_on_approval) === 0 ? null : s.sufficient, cashFlow: result.cash_flow,
  };
}

/** The decisions recorded for these claims, summed exactly. */
export function recordedTotals(decisions: readonly DecisionStored[], account: Settings['account'], zero: string): Totals {
  const accepted = decisions.filter((d) => d.decision.decision === 'accept');
  const payouts = accepted.map((d) => d.action?.payout ?? d.decision.payout ?? '0');
  const committed = committedFunds(decisions, account);
  const after = subtractMoney(account.balance, committed.total);
  return {
    accepted: accepted.length,
    declined: decisions.filter((d) => d.decision.decision === 'decline').length,
    infoRequested: decisions.filter((d) => d.decision.decision === 'request_info').length,
    manual: 0,
    payoutTotal: sumMoney(payouts, zero) ?? zero,
    dueOnApproval: sumMoney(accepted.map((d) => d.due_on_approval ?? '0'), zero) ?? zero,
    balanceBefore: account.balance,
    balanceAfter: after,
    sufficient: after === null ? null : signOf(after) >= 0,
    cashFlow: cashFlowByDate(accepted.flatMap((d) => {
      const day = d.action?.lifecycle?.effective.payout;
      return day && d.action ? [{ date: day, amount: d.action.payout }] : [];
    })),
  };
}

export function BatchSummary({ totals, currency, asOf, caption, chartCaption, field }: {
  totals: Totals; currency: string; asOf: string; caption: string; chartCaption: string; field: string;
}) {
  const { m, money, count } = useI18n();
  const s = m.advertiser.summary;
  return (
    <div class="batch-summary" data-field={field} data-sufficient={String(totals.sufficient)}>
      <h3>{caption}</h3>
      <dl class="facts totals">
        <dt>{s.accepted}</dt><dd data-field="accepted">{count(totals.accepted)}</dd>
        <dt>{s.declined}</dt><dd data-field="declined">{count(totals.declined)}</dd>
        {totals.infoRequested ? <><dt>{s.infoRequested}</dt><dd data-field="info-requested">{count(totals.infoRequested)}</dd></> : null}
        {totals.manual ? <><dt>{s.manual}</dt><dd data-field="manual">{count(totals.manual)}</dd></> : null}
        <dt>{s.payoutTotal}</dt><dd data-field="payout-total">{money(totals.payoutTotal, currency)}</dd>
        <dt>{s.due}</dt><dd data-field="due-total">{money(totals.dueOnApproval, currency)}</dd>
        <dt>{s.balanceBefore}</dt><dd data-field="balance-before">{money(totals.balanceBefore, currency)}</dd>
        <dt>{s.balanceAfter}</dt><dd data-field="balance-after">{money(totals.balanceAfter, currency)}</dd>
      </dl>
      {totals.sufficient === false ? <p class="funds-warning" role="alert" data-field="funds-warning">{s.short(totals.accepted, money(totals.dueOnApproval, currency), money(totals.balanceAfter, currency))}</p> : null}
      <CashFlowChart flow={totals.cashFlow} currency={currency} asOf={asOf} caption={chartCaption} />
    </div>
  );
}
