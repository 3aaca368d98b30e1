// Auto-decide rules (spec section 12): an ordered list, each a set of conditions (all must
// hold; none: every claim) and a decision. Kept in the workspace's settings as they are
// edited. Beside them, what they would do to the open claims, from simulate_rules — per
// claim the rule that matched and the outcome, the totals, the funds and the payouts by
// date — and "apply these decisions as mine", which records them (with an undo).
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { useApp } from '../../app/context.ts';
import { ClaimsError } from '../../core/errors.ts';
import {
  DECLINE_REASONS, type ClaimReason, type DeclineReason, type Issue, type PayoutOption, type Rule, type RuleAction, type RuleConditions,
  type SimulateRulesResult,
} from '../../core/types.ts';
import { useI18n } from '../../i18n/index.ts';
import { shownElsewhere } from '../../store/workspace.ts';
import { ConfirmButton, MoneyField, SelectField, TextAreaField, TextField } from '../../ui/fields.tsx';
import { IssueLine, IssueList } from '../../ui/IssueLine.tsx';
import { ViewHeading } from '../../ui/ViewHeading.tsx';
import { BatchSummary, simulatedTotals } from './BatchSummary.tsx';
import { availableBalance, useAdvertiser } from './data.ts';
import { OutcomeTable } from './OutcomeTable.tsx';
import { buildRows, stateOf } from './queue.ts';
import { decisionsFrom } from './simulate.ts';
import { holdTampered } from './proofCheck.ts';
import { ProofHold } from './ProofHold.tsx';
import { useRecord } from './useRecord.ts';
import { useDraft } from './useDraft.ts';

const REASONS: ClaimReason[] = ['untracked', 'wrong_amount', 'declined'];
type Condition = keyof RuleConditions;
const CONDITIONS: Condition[] = ['reason', 'already_tracked', 'has_errors', 'expected_payout_at_most', 'waited_days'];

/** A condition switched on starts with a value that reads sensibly. */
const START: { [K in Condition]: RuleConditions[K] } = {
  reason: ['untracked'], already_tracked: true, has_errors: false, expected_payout_at_most: '10.00', waited_days: 30,
};

export const NEW_RULE: Rule = { when: {}, then: { decision: 'accept', payout_option: 'expected' } };

function thenFor(decision: RuleAction['decision'], previous: RuleAction): RuleAction {
  if (decision === previous.decision) return previous;
  if (decision === 'accept') return { decision: 'accept', payout_option: 'expected' };
  if (decision === 'decline') return { decision: 'decline', decline_reason: 'already_tracked' };
  return { decision: 'request_info', message: '' };
}

function RuleEditor({ rule, index, total, issues, onChange, onMove, onRemove }: {
  rule: Rule; index: number; total: number; issues: Issue[];
  onChange: (r: Rule) => void; onMove: (to: number) => void; onRemove: () => void;
}) {
  const { m } = useI18n();
  const r = m.advertiser.rules;
  const when = rule.when;
  const setWhen = (patch: Partial<RuleConditions>, drop?: Condition) => {
    const next: RuleConditions = { ...when, ...patch };
    if (drop) delete next[drop];
    onChange({ ...rule, when: next });
  };
  const reasons = Array.isArray(when.reason) ? when.reason : when.reason ? [when.reason] : [];
  const then = rule.then;
  return (
    <fieldset class="rule" data-rule={index}>
      <legend>{r.ruleN(index + 1)}</legend>
      <p class="note">{Object.keys(when).length ? r.whenAll : r.whenEvery}</p>
      <ul class="conditions">
        {CONDITIONS.map((c) => {
          const on = c in when;
          return (
            <li key={c} data-condition={c} data-on={String(on)}>
              <label class="check">
                <input type="checkbox" checked={on} onChange={(e) => ((e.currentTarget as HTMLInputElement).checked ? setWhen({ [c]: START[c] }) : setWhen({}, c))} />
                {r.conditions[c]}
              </label>
              {on && c === 'reason' ? (
                <div class="choices" role="group" aria-label={r.conditions.reason}>
                  {REASONS.map((x) => (
                    <label key={x} class="check">
                      <input type="checkbox" checked={reasons.includes(x)} onChange={(e) => {
                        const list = (e.currentTarget as HTMLInputElement).checked ? [...reasons, x] : reasons.filter((y) => y !== x);
                        setWhen({ reason: REASONS.filter((y) => list.includes(y)) });
                      }} />
                      {m.advertiser.reasons[x]}
                    </label>
                  ))}
                </div>
              ) : null}
              {on && (c === 'already_tracked' || c === 'has_errors') ? (
                <SelectField<'yes' | 'no'> name={`rule_${index}_${c}`} label={r.conditionValue(r.conditions[c])} value={when[c] ? 'yes' : 'no'}
                  hint={c === 'already_tracked' ? r.alreadyTrackedHint : r.hasErrorsHint}
                  options={[['yes', m.common.yes], ['no', m.common.no]]} onValue={(v) => setWhen({ [c]: v === 'yes' })} />
              ) : null}
              {on && c === 'expected_payout_at_most' ? (
                <MoneyField name={`rule_${index}_payout_max`} label={r.conditionValue(r.conditions[c])} hint={r.payoutMaxHint}
                  value={when.expected_payout_at_most} example="10.00" onValue={(v) => setWhen({ expected_payout_at_most: v ?? '' })} />
              ) : null}
              {on && c === 'waited_days' ? (
                <TextField name={`rule_${index}_waited`} label={r.conditionValue(r.conditions[c])} hint={r.waitedHint} example="30" input={{ inputMode: 'numeric' }}
                  value={when.waited_days?.toString()} onValue={(v) => setWhen({ waited_days: (v && /^\d+$/.test(v.trim()) ? Number(v.trim()) : v ?? '') as number })} />
              ) : null}
            </li>
          );
        })}
      </ul>
      <div class="grid then">
        <SelectField<RuleAction['decision']> name={`rule_${index}_decision`} label={r.then} value={then.decision}
          options={(['accept', 'decline', 'request_info'] as const).map((d) => [d, m.advertiser.decisions[d]] as const)}
          onValue={(d) => onChange({ ...rule, then: thenFor(d, then) })} />
        {then.decision === 'accept' ? (
          <SelectField<PayoutOption> name={`rule_${index}_option`} label={m.advertiser.payoutOption} value={then.payout_option}
            options={(['expected', 'generate', 'specify'] as const).map((o) => [o, m.advertiser.payoutOptions[o]] as const)}
            onValue={(o) => onChange({ ...rule, then: { decision: 'accept', payout_option: o, ...(o === 'specify' ? { payout_amount: then.payout_amount ?? '' } : {}) } })} />
        ) : null}
        {then.decision === 'accept' && then.payout_option === 'specify' ? (
          <MoneyField name={`rule_${index}_amount`} label={m.issues.fields.payoutAmount} value={then.payout_amount ?? undefined} example="5.00"
            onValue={(v) => onChange({ ...rule, then: { ...then, payout_amount: v ?? null } })} />
        ) : null}
        {then.decision === 'decline' ? (
          <SelectField<DeclineReason> name={`rule_${index}_reason`} label={m.issues.fields.declineReason} value={then.decline_reason}
            options={DECLINE_REASONS.map((x) => [x, m.advertiser.declineReasons[x]] as const)} onValue={(x) => onChange({ ...rule, then: { ...then, decline_reason: x } })} />
        ) : null}
        {then.decision === 'request_info' ? (
          <TextAreaField name={`rule_${index}_message`} label={m.advertiser.messageLabel} value={then.message || undefined}
            onValue={(v) => onChange({ ...rule, then: { ...then, message: v ?? '' } })} />
        ) : null}
      </div>
      <IssueList issues={issues} />
      <div class="actions">
        <button type="button" class="secondary" disabled={index === 0} aria-label={r.moveUpN(index + 1)} onClick={() => onMove(index - 1)}>{r.moveUp}</button>
        <button type="button" class="secondary" disabled={index === total - 1} aria-label={r.moveDownN(index + 1)} onClick={() => onMove(index + 1)}>{r.moveDown}</button>
        <button type="button" class="link" aria-label={r.removeN(index + 1)} onClick={onRemove}>{r.remove}</button>
      </div>
    </fieldset>
  );
}

export function Rules() {
  const { core, workspace, asOf, notify } = useApp();
  const recordWithUndo = useRecord();
  const { m, count } = useI18n();
  const data = useAdvertiser();
  const settings = data.settings;
  const [file, setFile] = useState('all');
  const [result, setResult] = useState<SimulateRulesResult | null>(null);
  const [problem, setProblem] = useState<ClaimsError | null>(null);
  const [acceptTampered, setAcceptTampered] = useState(false);
  const r = m.advertiser.rules;

  // The stored rules; this page's copy while they are being edited (written 400 ms after the last change).
  const [draft, change] = useDraft('auto_rules', settings?.rules);
  const rules = draft ?? null;

  // The open batch: claims waiting on the advertiser, undecided (of one file, or all).
  const open = useMemo(() => {
    if (!data.review) return [];
    return buildRows(data.claims, data.review.verdicts, data.review.queue, data.decisions)
      .filter((row) => stateOf(row) === 'open' && (file === 'all' || row.received.fileKey === file))
      .map((row) => row.received.claim);
  }, [data.claims, data.review, data.decisions, file]);
  const balance = settings ? availableBalance(data.decisions.values(), settings.account) : '0';

  const seq = useRef(0);
  useEffect(() => {
    if (!settings || !rules) return;
    const mine = ++seq.current;
    const handle = setTimeout(() => {
      core.call('simulate_rules', {
        as_of: asOf, contract: settings.contract, policy: settings.policy, account: { balance }, known_orders: settings.knownOrders, claims: open, rules,
      }).then((x) => { if (mine === seq.current) { setResult(x); setProblem(null); } },
        (e: unknown) => { if (mine === seq.current) { setResult(null); setProblem(e instanceof ClaimsError ? e : new ClaimsError('client.task_failed', '', String(e))); } });
    }, 150);
    return () => clearTimeout(handle);
  }, [core, asOf, settings, rules, open, balance]);

  // Accepts of claims whose proof failed the package check wait for an explicit choice.
  const made = result && rules ? decisionsFrom(result, open, rules, asOf, 'rules') : { decisions: [], skipped: 0 };
  const { kept, held } = holdTampered(made.decisions, data.tampered);
  const toRecord = acceptTampered ? made.decisions : kept;

  async function apply() {
    if (!toRecord.length) return;
    await recordWithUndo(toRecord, r.applied(toRecord.length, made.skipped + made.decisions.length - toRecord.length));
  }

  if (!settings || !rules) return <p role="status">{m.common.loading}</p>;
  const currency = settings.contract.currency;
  // The core's word on a rule (rule.invalid, or a refusal of the whole request that points at one) goes on that rule.
  const refused: Issue[] = problem ? [{ severity: 'error', code: problem.code, path: problem.path, message: problem.message }] : [];
  const ruleIssues = (i: number) => [...(result?.issues ?? []), ...refused].filter((x) => x.path === `/rules/${i}` || x.path.startsWith(`/rules/${i}/`));
  const otherIssues = (result?.issues ?? []).filter((x) => !/^\/rules\/\d+/.test(x.path));
  const applicable = toRecord.length;
  return (
    <>
      <section class="rules-editor" aria-labelledby="rules-list">
        <ViewHeading>{r.title}</ViewHeading>
        <p class="lede">{r.lede}</p>
        <h2 id="rules-list">{r.listTitle}</h2>
        {rules.length ? null : <p class="empty" data-field="no-rules">{r.none}</p>}
        {rules.map((rule, i) => (
          <RuleEditor key={i} rule={rule} index={i} total={rules.length} issues={ruleIssues(i)}
            onChange={(next) => change(rules.map((x, k) => (k === i ? next : x)))}
            onMove={(to) => { const next = [...rules]; const [moved] = next.splice(i, 1); if (moved) next.splice(to, 0, moved); change(next); }}
            onRemove={() => {
              const before = rules;
              change(rules.filter((_, k) => k !== i));
              notify({ text: r.removed(i + 1), undo: () => change(before) });
            }} />
        ))}
        <div class="actions">
          <button type="button" class="secondary" data-action="add-rule" onClick={() => change([...rules, NEW_RULE])}>{r.add}</button>
        </div>
      </section>
      <section class="simulation" aria-labelledby="simulation-title">
        <h2 id="simulation-title">{r.simTitle}</h2>
        <p class="note">{r.simNote(count(open.length))}</p>
        <div class="grid">
          <SelectField name="sim_file" label={m.advertiser.queue.fileFilter} value={file} onValue={setFile}
            options={[['all', m.advertiser.queue.allFiles], ...(data.files ?? []).map((f) => [f.key, f.name] as const)]} />
        </div>
        <div aria-live="polite">
          {problem && !/^\/rules\/\d+/.test(problem.path) ? <IssueLine issue={refused[0]!} /> : null}
          <IssueList issues={otherIssues} live={false} />
        </div>
        {result ? (
          <>
            <BatchSummary field="sim-summary" totals={simulatedTotals(result, balance)} currency={currency} asOf={asOf}
              caption={r.summaryCaption} chartCaption={r.chartCaption} />
            <OutcomeTable result={result} claims={open} currency={currency} showRule tampered={data.tampered} />
            <ProofHold ids={held.map((x) => x.claim_id)} accept={acceptTampered} onAccept={setAcceptTampered} />
            <div class="actions">
              {applicable ? (
                <ConfirmButton class="primary" label={r.apply(applicable)} confirmLabel={r.applyConfirm(applicable)} question={r.applyQuestion(applicable)}
                  onConfirm={() => void apply()} />
              ) : held.length ? null : <p class="note">{r.nothingToApply}</p>}
            </div>
          </>
        ) : null}
      </section>
    </>
  );
}
