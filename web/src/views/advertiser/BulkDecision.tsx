// Several claims decided together. The preview is simulate_rules with one rule that matches
// every selected claim ("accept as the publisher expects", "decline: already tracked"…):
// the core previews each action exactly as for one claim, runs the funds through the batch
// and sums the payouts by date. Recording writes every decision in one transaction, with an
// undo.
import { useEffect, useRef, useState } from 'preact/hooks';
import { useApp } from '../../app/context.ts';
import { ClaimsError } from '../../core/errors.ts';
import { DECLINE_REASONS, type DeclineReason, type PayoutOption, type Rule, type SimulateRulesResult } from '../../core/types.ts';
import { useI18n } from '../../i18n/index.ts';
import { IssueLine } from '../../ui/IssueLine.tsx';
import { ConfirmButton, SelectField } from '../../ui/fields.tsx';
import { BatchSummary, simulatedTotals } from './BatchSummary.tsx';
import { availableBalance, useAdvertiser } from './data.ts';
import type { QueueRow } from './queue.ts';
import { decisionsFrom } from './simulate.ts';
import { ProofHold } from './ProofHold.tsx';
import { OutcomeTable } from './OutcomeTable.tsx';
import { useRecord } from './useRecord.ts';

export function BulkDecision({ rows, onDone, onClear }: { rows: QueueRow[]; onDone: () => void; onClear: () => void }) {
  const { core, asOf } = useApp();
  const recordWithUndo = useRecord();
  const { m, count, money } = useI18n();
  const data = useAdvertiser();
  const [decision, setDecision] = useState<'accept' | 'decline'>('accept');
  const [option, setOption] = useState<PayoutOption>('expected');
  // No default reason: a decline names its reason by choice.
  const [reason, setReason] = useState<DeclineReason | ''>('');
  const [result, setResult] = useState<SimulateRulesResult | null>(null);
  const [problem, setProblem] = useState<ClaimsError | null>(null);
  const [acceptTampered, setAcceptTampered] = useState(false);
  const heading = useRef<HTMLHeadingElement>(null);
  const b = m.advertiser.bulk;
  const settings = data.settings;
  // Claims whose proof failed the package check are accepted only when chosen; until then they
  // stay out of the preview, so that its totals and funds are those of what would be recorded.
  const tamperedIds = decision === 'accept' ? rows.flatMap((r) => (typeof r.received.claim.id === 'string' && data.tampered.has(r.received.claim.id) ? [r.received.claim.id] : [])) : [];
  const claims = rows.map((r) => r.received.claim).filter((c) => acceptTampered || typeof c.id !== 'string' || !tamperedIds.includes(c.id));
  const rule: Rule = decision === 'accept'
    ? { when: {}, then: { decision: 'accept', payout_option: option } }
    : { when: {}, then: { decision: 'decline', decline_reason: reason as DeclineReason } };
  const needsReason = decision === 'decline' && !reason;
  const balance = settings ? availableBalance(data.decisions.values(), settings.account) : '0';
  const key = `${rows.map((r) => r.at).join(',')}|${JSON.stringify(rule)}|${balance}|${asOf}|${claims.length}`;

  useEffect(() => {
    if (!settings) return;
    if (needsReason) { setResult(null); setProblem(null); return; }
    let live = true;
    core.call('simulate_rules', {
      as_of: asOf, contract: settings.contract, policy: settings.policy, account: { balance },
      known_orders: settings.knownOrders, claims, rules: [rule],
    }).then((r) => { if (live) { setResult(r); setProblem(null); } },
      (e: unknown) => { if (live) { setResult(null); setProblem(e instanceof ClaimsError ? e : new ClaimsError('client.task_failed', '', String(e))); } });
    return () => { live = false; };
  }, [key, settings]);

  const made = result ? decisionsFrom(result, claims, [rule], asOf, 'bulk') : { decisions: [], skipped: 0 };
  const toRecord = made.decisions;
  const skipped = rows.length - toRecord.length;
  const totals = result ? simulatedTotals(result, balance) : null;

  async function record() {
    if (!toRecord.length) return;
    if (await recordWithUndo(toRecord, b.recorded(toRecord.length, skipped))) onDone();
  }

  const currency = settings?.contract.currency ?? 'EUR';
  const recordable = toRecord.length;
  // Recording asks first when it overdraws the account or takes in a claim whose proof failed.
  const overdraws = totals?.sufficient === false;
  const asksConfirmation = overdraws || (acceptTampered && tamperedIds.length > 0);
  const question = `${b.recordQuestion(recordable, acceptTampered && tamperedIds.length > 0)}${overdraws ? ` ${b.overdrawNote(money(totals?.balanceAfter ?? null, currency))}` : ''}`;
  return (
    <section class="bulk" aria-labelledby="bulk-title" data-field="bulk">
      <h2 id="bulk-title" ref={heading} tabIndex={-1}>{b.title(rows.length)}</h2>
      <p class="note">{b.note}</p>
      <div class="choices" role="radiogroup" aria-label={b.decisionLabel}>
        {(['accept', 'decline'] as const).map((d) => (
          <label key={d} class="check">
            <input type="radio" name="bulk_decision" value={d} checked={decision === d} onChange={() => setDecision(d)} />
            {b.decisions[d]}
          </label>
        ))}
      </div>
      <div class="grid">
        {decision === 'accept' ? (
          <SelectField<PayoutOption> name="bulk_payout_option" label={m.advertiser.payoutOption} hint={b.optionHint} value={option} onValue={setOption}
            options={(['expected', 'generate'] as const).map((o) => [o, m.advertiser.payoutOptions[o]] as const)} />
        ) : (
          <SelectField<DeclineReason | ''> name="bulk_decline_reason" label={m.issues.fields.declineReason} value={reason} onValue={setReason}
            hint={needsReason ? b.reasonFirst : undefined}
            options={[['', m.advertiser.chooseReason], ...DECLINE_REASONS.map((r) => [r, m.advertiser.declineReasons[r]] as const)]} />
        )}
      </div>
      <div aria-live="polite">
        {problem ? <IssueLine issue={{ severity: 'error', code: problem.code, path: problem.path, message: problem.message }} /> : null}
        {result ? (
          <>
            <BatchSummary field="bulk-summary" totals={totals ?? simulatedTotals(result, balance)} currency={currency} asOf={asOf}
              caption={b.summaryCaption} chartCaption={b.chartCaption} />
            <OutcomeTable result={result} claims={claims} currency={currency} tampered={data.tampered} />
            <ProofHold ids={tamperedIds} accept={acceptTampered} onAccept={setAcceptTampered} />
          </>
        ) : null}
      </div>
      <div class="actions">
        {asksConfirmation ? (
          <ConfirmButton class="primary" label={b.record(recordable)} confirmLabel={b.recordConfirm(recordable)} question={question}
            onConfirm={() => void record()} />
        ) : <button type="button" data-action="record-bulk" disabled={!recordable} onClick={() => void record()}>{b.record(recordable)}</button>}
        <button type="button" class="secondary" onClick={onClear}>{b.clear}</button>
        {result && recordable < rows.length ? <span class="note">{b.leftForYou(count(skipped))}</span> : null}
      </div>
    </section>
  );
}
