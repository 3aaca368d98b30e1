// Decide one claim: what the publisher sent (facts, proofs, the claim's own check, the
// deadline), the resolution form, and a live preview_resolution of what the decision would
// do — the action and its timeline, the funds on the approval day (the review date), a
// clear warning when the balance would go negative. Recording keeps the decision (and the
// previewed action, for the batch summary) in the workspace, with an undo.
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { useApp } from '../../app/context.ts';
import { formatRoute } from '../../app/router.ts';
import { ClaimsError } from '../../core/errors.ts';
import type { PreviewResolutionRequest, PreviewResolutionResult } from '../../core/types.ts';
import { useI18n } from '../../i18n/index.ts';
import { shownElsewhere } from '../../store/workspace.ts';
import { IssueLine, IssueList } from '../../ui/IssueLine.tsx';
import { ViewHeading } from '../../ui/ViewHeading.tsx';
import { ClaimFacts } from './ClaimFacts.tsx';
import { availableBalance, committedFunds, useAdvertiser } from './data.ts';
import { ProofList } from './FileDetail.tsx';
import { restoreDecisions } from './inbox.ts';
import { useRecord } from './useRecord.ts';
import { Outcome } from './Outcome.tsx';
import { ProofViewer, type ProofRef } from './ProofViewer.tsx';
import { DEFAULT_SORT, buildRows, sortRows, stateOf } from './queue.ts';
import { agreedPayout } from './simulate.ts';
import { EMPTY_DRAFT, fromResolution, toResolution, type Draft } from './resolution.ts';
import { ResolutionForm, splitIssues } from './ResolutionForm.tsx';
import { segmentsOf } from './routes.ts';
import { objects, str } from './show.ts';
import type { DecisionStored } from '../../store/schema.ts';

export function ClaimPage({ fileKey, index }: { fileKey: string; index: number }) {
  const { core, workspace, asOf, notify } = useApp();
  const recordWithUndo = useRecord();
  const { m, money, date } = useI18n();
  const data = useAdvertiser();
  const at = data.claims.findIndex((c) => c.fileKey === fileKey && c.index === index);
  const received = at >= 0 ? data.claims[at] : undefined;
  const claim = received?.claim;
  const claimId = typeof claim?.id === 'string' ? claim.id : undefined;
  const stored = claimId ? data.decisions.get(claimId) : undefined;
  const [draft, setDraft] = useState<Draft>(() => fromResolution(stored?.resolution));
  const [fxRate, setFxRate] = useState<string | undefined>(undefined);
  const [result, setResult] = useState<PreviewResolutionResult | null>(null);
  // The form the preview was made for: a decision is recorded only from the preview of the form as it is now.
  const [previewed, setPreviewed] = useState<Draft | null>(null);
  const [problem, setProblem] = useState<ClaimsError | null>(null);
  const [viewing, setViewing] = useState<ProofRef | null>(null);
  const [justRecorded, setJustRecorded] = useState<DecisionStored | null>(null);
  // Accepting a claim whose proof failed the package check takes an explicit choice (ticked anew for each claim and decision).
  const [proofOverride, setProofOverride] = useState(false);
  useEffect(() => setProofOverride(false), [fileKey, index, draft.decision]);
  const settings = data.settings;
  const d = m.advertiser.decide;

  // A decision recorded elsewhere (another tab, the queue) puts its form back.
  const storedKey = stored ? `${stored.rev}:${stored.updated_at}` : '';
  useEffect(() => { if (stored?.resolution) setDraft(fromResolution(stored.resolution)); }, [storedKey]);

  const balance = settings ? availableBalance(data.decisions.values(), settings.account, claimId) : null;
  const committed = settings ? committedFunds(data.decisions.values(), settings.account, claimId) : null;
  const claimCurrency = str(claim?.payout_currency) ?? str(claim?.order?.currency);
  const showFx = Boolean(settings && claimCurrency && claimCurrency !== settings.contract.currency);

  const seq = useRef(0);
  useEffect(() => {
    if (!settings || !claim || balance === null) return;
    const mine = ++seq.current;
    const request: PreviewResolutionRequest = {
      as_of: asOf, contract: settings.contract, policy: settings.policy, claim, account: { balance }, resolution: toResolution(draft),
    };
    if (showFx && fxRate) request.fx = { rate: fxRate };
    const handle = setTimeout(() => {
      core.call('preview_resolution', request).then(
        (r) => { if (mine === seq.current) { setResult(r); setPreviewed(draft); setProblem(null); } },
        (e: unknown) => { if (mine === seq.current) { setResult(null); setProblem(e instanceof ClaimsError ? e : new ClaimsError('client.task_failed', '', String(e))); } },
      );
    }, 120);
    return () => clearTimeout(handle);
  }, [core, asOf, claim, settings, balance, draft, fxRate, showFx]);

  // Previous / next claim still to answer, in the queue's order (earliest deadline first); once
  // this one is decided, the next is the most urgent of the others.
  const order = useMemo(() => {
    if (!data.review) return [];
    return sortRows(buildRows(data.claims, data.review.verdicts, data.review.queue, data.decisions).filter((r) => stateOf(r) === 'open'), DEFAULT_SORT)
      .map((r) => r.received);
  }, [data.claims, data.review, data.decisions]);
  const place = order.findIndex((c) => c.fileKey === fileKey && c.index === index);
  const prev = place > 0 ? order[place - 1] : undefined;
  const next = place >= 0 ? order[place + 1] : order[0];
  const linkTo = (c: { fileKey: string; index: number }) => formatRoute('advertiser', ...segmentsOf({ page: 'claim', key: c.fileKey, index: c.index }));

  if (data.files === null || !settings) return <p role="status">{m.common.loading}</p>;
  if (!received || !claim) {
    return (
      <section>
        <ViewHeading>{d.gone}</ViewHeading>
        <p><a href={formatRoute('advertiser')}>{d.backToQueue}</a></p>
      </section>
    );
  }

  const split = result ? splitIssues(result.issues) : { form: [], rest: [] };
  const proofFailed = received.proofIssues.length > 0;
  const verdictErrors = data.review?.verdicts[at]?.issues.filter((x) => x.severity === 'error') ?? [];
  const blocked = !result || previewed !== draft || !claimId || (result.decision === 'accept' && !result.action) || split.form.some((x) => x.severity === 'error')
    || result.issues.some((x) => x.severity === 'error' && x.code !== 'funds.insufficient')
    || (proofFailed && draft.decision === 'accept' && !proofOverride)
    || (draft.decision === 'decline' && !draft.declineReason);
  const file = data.files.find((f) => f.key === fileKey);
  const entry = data.review?.queue[at];
  const verdict = data.review?.verdicts[at];

  async function record() {
    if (!result || !claimId || blocked) return;
    const resolution = toResolution(draft);
    const decision: DecisionStored['decision'] = result.decision === 'accept' && result.action
      ? { claim_id: claimId, decision: 'accept', payout: agreedPayout(claim, resolution, result.action), transaction_date: result.action.transaction_date }
      : draft.decision === 'decline' && draft.declineReason
        ? { claim_id: claimId, decision: 'decline', decline_reason: draft.declineReason, ...(draft.message ? { message: draft.message } : {}) }
        : { claim_id: claimId, decision: 'request_info', message: draft.message ?? '' };
    const next = {
      claim_id: claimId, decision, decided_on: asOf, resolution, action: result.action, source: 'person' as const,
      due_on_approval: result.funds.due_on_approval ?? '0',
    };
    if (await recordWithUndo([next], d.recorded(claimId), () => setJustRecorded(null))) setJustRecorded({ ...next, rev: 0, updated_at: '' });
  }

  async function remove() {
    if (!claimId || !stored) return;
    let previous;
    try {
      previous = new Map([[claimId, stored]]);
      await restoreDecisions(workspace, new Map([[claimId, undefined]]));
    } catch (e) { shownElsewhere(e); return; }
    setJustRecorded(null);
    setDraft(EMPTY_DRAFT);
    notify({ text: d.removed(claimId), undoLabel: m.advertiser.undo, undo: async () => { await restoreDecisions(workspace, previous).catch(shownElsewhere); } });
  }

  const currency = settings.contract.currency;
  const orderItems = objects(claim.order?.items).map((it) => ({ sku: str(it.sku), category: str(it.category), subtotal: str(it.subtotal) }));
  return (
    <section class="claim-page" data-claim={claimId ?? ''}>
      <nav class="claim-nav" aria-label={d.navLabel}>
        <a href={formatRoute('advertiser')}>{d.backToQueue}</a>
        {prev ? <a href={linkTo(prev)} rel="prev">{d.previous}</a> : null}
        {next ? <a href={linkTo(next)} rel="next" data-field="next-claim">{d.next}</a> : null}
      </nav>
      <ViewHeading>{d.title(claimId ?? m.advertiser.open.noId)}</ViewHeading>
      <p class="note">{d.fromFile(received.fileName)}</p>
      {stored ? (
        <p class="decided-box" data-field="recorded" data-decision={stored.decision.decision}>
          {d.recordedOn(m.advertiser.decided[stored.decision.decision], date(stored.decided_on),
            stored.decision.decision === 'accept' ? money(stored.decision.payout ?? null, currency) : null)}
        </p>
      ) : null}
      <section class="panel claim-sent" aria-labelledby="claim-sent">
        <h2 id="claim-sent">{d.sentTitle}</h2>
        <div class="sent-layout">
          <ClaimFacts claim={claim} entry={entry} />
          <div class="sent-side">
            {file && file.kind !== 'csv' ? (
              <>
                <h3>{m.advertiser.open.proofs}</h3>
                <ProofList file={file} claim={received} onView={setViewing} />
              </>
            ) : null}
            <details class="claim-check" open={Boolean(verdict?.issues.length)}
              data-errors={verdict?.issues.filter((x) => x.severity === 'error').length ?? 0}>
              <summary>{verdict?.issues.length ? m.advertiser.claimCheck(verdict.issues.filter((x) => x.severity === 'error').length,
                verdict.issues.filter((x) => x.severity === 'warning').length) : m.advertiser.claimCheckClean}</summary>
              <IssueList issues={verdict?.issues ?? []} live={false} />
            </details>
          </div>
        </div>
        {viewing ? <ProofViewer proof={viewing} onClose={() => setViewing(null)} /> : null}
      </section>
      <div class="decide-layout">
        <section class="panel" aria-labelledby="decide-title">
          <h2 id="decide-title">{d.formTitle}</h2>
          <p class="note" data-field="available">
            {committed?.count ? d.balanceAfterCommitted(money(settings.account.balance, currency), committed.count, money(committed.total, currency), money(balance, currency))
              : d.balanceNote(money(settings.account.balance, currency))}
          </p>
          <ResolutionForm draft={draft} onDraft={setDraft} issues={split.form} orderItems={orderItems}
            showFx={showFx} fxRate={fxRate} onFx={setFxRate} />
          {/* The claim's own check (the inbox's: known orders and the proof check included) warns here, by the button. */}
          {draft.decision === 'accept' && verdictErrors.length ? (
            <div class="accept-warning" data-field="accept-warning">
              <IssueLine issue={result?.issues.find((x) => x.code === 'resolution.claim_has_errors')
                ?? { severity: 'warning', code: 'resolution.claim_has_errors', path: '/claim', message: '' }} />
              {verdictErrors.some((x) => x.code === 'order.duplicate') ? <p class="already-tracked" data-field="already-tracked">{d.alreadyTracked}</p> : null}
            </div>
          ) : null}
          {proofFailed && draft.decision === 'accept' ? (
            <div class="proof-warning" data-field="proof-warning">
              <p role="alert"><strong>{d.proofFailedTitle}</strong> {d.proofFailed}</p>
              <label class="check">
                <input type="checkbox" data-field="proof-override" checked={proofOverride} onChange={(e) => setProofOverride((e.currentTarget as HTMLInputElement).checked)} />
                {d.proofOverride}
              </label>
            </div>
          ) : null}
          {/* On a phone the preview is below this panel: what recording would do is said here too. */}
          {result && !problem ? (
            <p class="narrow-only record-summary" data-field="record-summary">
              {result.decision ? m.advertiser.headlines[result.decision] : m.advertiser.noDecision}{' '}
              {result.action ? d.summaryLine(money(result.action.payout, currency), money(result.funds.balance_after, currency)) : null}
            </p>
          ) : null}
          <div class="actions">
            <button type="button" data-action="record" disabled={blocked} onClick={() => void record()}>{stored ? d.replace : d.record}</button>
            {stored ? <button type="button" class="secondary" onClick={() => void remove()}>{d.remove}</button> : null}
            {!claimId ? <span class="note">{d.noIdNote}</span> : null}
          </div>
          <div aria-live="polite" class="record-status">
            {justRecorded ? (
              <p data-field="just-recorded">{d.recorded(claimId ?? '')}{' '}
                {next && !(next.fileKey === fileKey && next.index === index) ? <a href={linkTo(next)}>{d.goNext}</a> : null}</p>
            ) : null}
          </div>
        </section>
        <section class="outcome panel" aria-labelledby="outcome-title">
          <h2 id="outcome-title">{m.advertiser.outcomeTitle}</h2>
          <div aria-live="polite" data-field="outcome">
            {problem ? <IssueLine issue={{ severity: 'error', code: problem.code, path: problem.path, message: problem.message }} /> : null}
            {result && !problem ? <Outcome result={{ ...result, issues: split.rest.filter((x) => x.code !== 'resolution.claim_has_errors' || !verdictErrors.length) }} claim={claim} contractCurrency={currency} approvedOn={asOf} /> : null}
          </div>
        </section>
      </div>
    </section>
  );
}
