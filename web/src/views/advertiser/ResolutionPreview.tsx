// Advertiser: what accepting, declining or asking for information would do to one claim —
// the action it creates, when it locks and pays, what leaves the account on the approval
// day (the as-of day) — from preview_resolution, before anything is decided. The contract
// and the account balance are kept in the workspace's settings.
import { useEffect, useRef, useState } from 'preact/hooks';
import { useApp } from '../../app/context.ts';
import { useI18n } from '../../i18n/index.ts';
import { ClaimsError } from '../../core/errors.ts';
import {
  DECLINE_REASONS, type Claim, type Contract, type Decision, type DeclineReason, type PayoutOption,
  type PreviewResolutionRequest, type PreviewResolutionResult, type Resolution,
} from '../../core/types.ts';
import { policyFor } from '../../store/defaults.ts';
import type { Settings } from '../../store/schema.ts';
import { DateField, MoneyField, SelectField, TextAreaField, TextField } from '../../ui/fields.tsx';
import { IssueLine } from '../../ui/IssueLine.tsx';
import { useClaims } from '../publisher/ClaimsList.tsx';
import { Outcome } from './Outcome.tsx';

const PASTE = '__paste__';

export function ResolutionPreview() {
  const { core, workspace, asOf } = useApp();
  const { m } = useI18n();
  const claims = useClaims();
  const [source, setSource] = useState<string>('');
  const [pasted, setPasted] = useState<string | undefined>(undefined);
  const [contractText, setContractText] = useState<string | undefined>(undefined);
  const [balance, setBalance] = useState<string | undefined>(undefined);
  const [memberShare, setMemberShare] = useState<string | undefined>(undefined);
  const [fxRate, setFxRate] = useState<string | undefined>(undefined);
  const [decision, setDecision] = useState<Decision>('accept');
  const [transactionDate, setTransactionDate] = useState<string | undefined>(undefined);
  const [eventType, setEventType] = useState<string | undefined>(undefined);
  const [payoutOption, setPayoutOption] = useState<PayoutOption>('expected');
  const [payoutAmount, setPayoutAmount] = useState<string | undefined>(undefined);
  const [saleAmount, setSaleAmount] = useState<string | undefined>(undefined);
  const [promoCode, setPromoCode] = useState<string | undefined>(undefined);
  const [declineReason, setDeclineReason] = useState<DeclineReason>('already_tracked');
  const [message, setMessage] = useState<string | undefined>(undefined);
  const [policies, setPolicies] = useState<Settings['policies'] | null>(null);
  const [outcome, setOutcome] = useState<{ result: PreviewResolutionResult; currency: string } | null>(null);
  const [problem, setProblem] = useState<
    { kind: 'json'; what: string; detail: string } | { kind: 'refused'; error: ClaimsError } | { kind: 'nothing' } | null
  >(null);

  // Settings: the contract, the balance and the policies, from the workspace.
  useEffect(() => {
    void workspace.getSetting('contract').then((c) => setContractText(JSON.stringify(c, null, 2)));
    void workspace.getSetting('account').then((a) => setBalance(a.balance));
    const loadPolicies = () => void workspace.getSetting('policies').then(setPolicies);
    loadPolicies();
    return workspace.onChange((c) => { if (c.store === 'settings') loadPolicies(); });
  }, [workspace]);

  // Until the user picks, the preview follows the newest claim (or a pasted one when there is none).
  const chosen = source || (claims?.length ? claims[0]?.key ?? PASTE : PASTE);

  const saveTimer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  function keepSettings(contract: Contract | null, nextBalance: string | undefined) {
    clearTimeout(saveTimer.current);
    saveTimer.current = setTimeout(() => {
      if (contract) void workspace.setSetting('contract', contract).catch(() => undefined);
      if (nextBalance !== undefined) void workspace.setSetting('account', { balance: nextBalance, currency: contract?.currency ?? 'EUR' }).catch(() => undefined);
    }, 500);
  }

  const seq = useRef(0);
  useEffect(() => {
    if (contractText === undefined || policies === null || claims === null) return;
    const mine = ++seq.current;
    let contract: Contract;
    let claim: Claim;
    if (chosen === PASTE && !pasted?.trim()) {
      setProblem({ kind: 'nothing' });
      return;
    }
    try {
      contract = parseJson(contractText, m.advertiser.contract) as Contract;
      claim = chosen === PASTE ? (parseJson(pasted ?? '', m.advertiser.pastedClaim) as Claim) : (claims.find((c) => c.key === chosen)?.claim ?? {});
    } catch (e) {
      setProblem(e as { kind: 'json'; what: string; detail: string });
      return;
    }
    const resolution: Resolution = { decision };
    if (decision === 'accept') {
      if (transactionDate) resolution.transaction_date = transactionDate;
      if (eventType) resolution.event_type = eventType;
      resolution.payout_option = payoutOption;
      if (payoutOption === 'specify' && payoutAmount) resolution.payout_amount = payoutAmount;
      if (payoutOption === 'generate') {
        resolution.details = {};
        if (saleAmount) resolution.details.amount = saleAmount;
        if (promoCode) resolution.details.promo_code = promoCode;
      }
    } else if (decision === 'decline') {
      resolution.decline_reason = declineReason;
    } else if (message) {
      resolution.message = message;
    }
    const request: PreviewResolutionRequest = {
      as_of: asOf, contract, policy: policyFor(policies, claim.advertiser?.id), claim, resolution,
    };
    if (balance) request.account = { balance };
    if (fxRate) request.fx = { rate: fxRate };
    if (memberShare) request.member_share = memberShare;
    const handle = setTimeout(() => {
      core.call('preview_resolution', request).then(
        (result) => {
          if (mine !== seq.current) return;
          setOutcome({ result, currency: typeof contract?.currency === 'string' ? contract.currency : '' });
          setProblem(null);
        },
        (e: unknown) => {
          if (mine !== seq.current || !(e instanceof ClaimsError)) return;
          setProblem({ kind: 'refused', error: e });
          setOutcome(null);
        },
      );
    }, 150);
    return () => clearTimeout(handle);
  }, [core, asOf, chosen, pasted, contractText, balance, memberShare, fxRate, decision, transactionDate, eventType,
    payoutOption, payoutAmount, saleAmount, promoCode, declineReason, message, policies, claims]);

  function parseJson(text: string, what: string): unknown {
    try {
      return JSON.parse(text);
    } catch (e) {
      throw { kind: 'json', what, detail: e instanceof Error ? e.message : String(e) };
    }
  }

  const claimOptions: [string, string][] = [
    ...(claims ?? []).map((c) => [c.key, m.advertiser.claimOption(c.claim.id ?? m.publisher.untitled, c.claim.order?.id ?? null, c.claim.member_ref ?? null)] as [string, string]),
    [PASTE, m.advertiser.pasteOption],
  ];

  return (
    <div class="preview-layout">
      <form class="preview-form" noValidate onSubmit={(e) => e.preventDefault()}>
        <fieldset>
          <legend>{m.advertiser.claimGroup}</legend>
          <SelectField name="claim_source" label={m.advertiser.claimPick} value={chosen} options={claimOptions} onValue={setSource} />
          {chosen === PASTE ? (
            <TextAreaField name="claim_json" label={m.advertiser.pastedClaim} hint={m.advertiser.pastedHint} rows={8} code value={pasted} onValue={setPasted} />
          ) : null}
        </fieldset>
        <fieldset>
          <legend>{m.advertiser.accountGroup}</legend>
          <div class="grid">
            <MoneyField name="balance" label={m.issues.fields.balance} hint={m.advertiser.balanceHint} value={balance} example="100.00"
              onValue={(v) => { setBalance(v); keepSettings(null, v); }} />
            <TextField name="member_share" label={m.advertiser.memberShare} hint={m.advertiser.memberShareHint} example="80"
              value={memberShare} onValue={setMemberShare} input={{ inputMode: 'decimal' }} />
            <TextField name="fx_rate" label={m.issues.fields.fxRate} hint={m.advertiser.fxHint} example="0.92"
              value={fxRate} onValue={setFxRate} input={{ inputMode: 'decimal' }} />
          </div>
          <details class="contract">
            <summary>{m.advertiser.contractSummary}</summary>
            <TextAreaField name="contract_json" label={m.advertiser.contract} hint={m.advertiser.contractHint} rows={12} code
              value={contractText} onValue={(v) => {
                setContractText(v);
                try { const c = JSON.parse(v ?? '') as Contract; if (c && typeof c === 'object' && !Array.isArray(c)) keepSettings(c, undefined); } catch { /* shown below */ }
              }} />
          </details>
        </fieldset>
        <fieldset>
          <legend>{m.advertiser.decisionGroup}</legend>
          <div class="choices" role="radiogroup" aria-label={m.advertiser.decisionGroup}>
            {(['accept', 'decline', 'request_info'] as const).map((d) => (
              <label key={d} class="check">
                <input type="radio" name="decision" value={d} checked={decision === d} onChange={() => setDecision(d)} />
                {m.advertiser.decisions[d]}
              </label>
            ))}
          </div>
          <div class="grid">
            {decision === 'accept' ? (
              <>
                <DateField name="transaction_date" label={m.issues.fields.transactionDate} hint={m.advertiser.transactionDateHint}
                  value={transactionDate} onValue={setTransactionDate} />
                <TextField name="event_type" label={m.issues.fields.eventType} hint={m.advertiser.eventTypeHint} example="sale"
                  value={eventType} onValue={setEventType} />
                <SelectField<PayoutOption> wide name="payout_option" label={m.advertiser.payoutOption} value={payoutOption}
                  options={(['expected', 'specify', 'generate'] as const).map((o) => [o, m.advertiser.payoutOptions[o]] as const)}
                  onValue={setPayoutOption} />
                {payoutOption === 'specify' ? (
                  <MoneyField name="payout_amount" label={m.issues.fields.payoutAmount} value={payoutAmount} example="6.00" onValue={setPayoutAmount} />
                ) : null}
                {payoutOption === 'generate' ? (
                  <>
                    <MoneyField name="details_amount" label={m.advertiser.saleAmount} hint={m.advertiser.replacesOrder} value={saleAmount} onValue={setSaleAmount} />
                    <TextField name="details_promo_code" label={m.issues.fields.promoCode} hint={m.advertiser.replacesOrder} example="PARTNER10"
                      value={promoCode} onValue={setPromoCode} />
                  </>
                ) : null}
              </>
            ) : null}
            {decision === 'decline' ? (
              <SelectField<DeclineReason> wide name="decline_reason" label={m.issues.fields.declineReason} value={declineReason}
                options={DECLINE_REASONS.map((r) => [r, m.advertiser.declineReasons[r]] as const)} onValue={setDeclineReason} />
            ) : null}
            {decision === 'request_info' ? (
              <TextAreaField name="message" label={m.advertiser.messageLabel} value={message} onValue={setMessage} />
            ) : null}
          </div>
        </fieldset>
      </form>
      <section class="outcome" aria-labelledby="outcome-title">
        <h2 id="outcome-title">{m.advertiser.outcomeTitle}</h2>
        <div aria-live="polite" data-field="outcome">
          {problem?.kind === 'nothing' ? <p class="empty" data-field="nothing">{m.advertiser.nothingYet}</p> : null}
          {problem?.kind === 'json' ? <p class="issue" data-severity="error" data-field="json-problem">{m.advertiser.notJson(problem.what)} <small class="issue-details">{problem.detail}</small></p> : null}
          {problem?.kind === 'refused' ? <IssueLine issue={{ severity: 'error', code: problem.error.code, path: problem.error.path, message: problem.error.message }} /> : null}
          {outcome && !problem ? <Outcome result={outcome.result} contractCurrency={outcome.currency} /> : null}
        </div>
      </section>
    </div>
  );
}
