// Publisher: the advertisers' answers. The advertiser's conversions file (its Action column
// filled in) is read by import_decisions_csv in the worker and matched to the workspace's
// claims by claim id (work/answers.ts); the page shows what each answer would change, then
// applies them (statuses, answers, the advertiser's messages in the threads), with an undo.
// Accepted claims offer their members' cashback as credits, which the Members view applies.
import { useEffect, useState } from 'preact/hooks';
import { useApp } from '../../app/context.ts';
import { formatRoute } from '../../app/router.ts';
import { useI18n } from '../../i18n/index.ts';
import { IssueList } from '../../ui/IssueLine.tsx';
import { ViewHeading } from '../../ui/ViewHeading.tsx';
import { TableWrap } from '../../ui/TableWrap.tsx';
import { FilePick } from '../../ui/FilePick.tsx';
import { Pager } from '../../ui/Pager.tsx';
import { memberCashback, pendingCreditOffers, type CreditOffer } from '../../store/credits.ts';
import type { AnswersPreview } from './work/protocol.ts';
import { claimsVersion, useShared } from './listState.ts';
import { TaskFailure } from './TaskFailure.tsx';
import { StateBadge } from './StateBadge.tsx';

const PAGE = 50;
const CREDITS_SHOWN = 20;

export function AnswersPage() {
  const { core, asOf, notify } = useApp();
  const { m, money, count } = useI18n();
  const [preview, setPreview] = useState<AnswersPreview | null>(null);
  const [offset, setOffset] = useState(0);
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<unknown>(null);

  async function read(file: File) {
    setFailure(null);
    setPreview(null);
    setBusy(true);
    try {
      setPreview(await core.task('answers_read', { file, name: file.name }));
      setOffset(0);
    } catch (e) {
      setFailure(e);
    } finally {
      setBusy(false);
    }
  }

  async function apply() {
    if (!preview) return;
    setBusy(true);
    try {
      const result = await core.task('answers_apply', { session: preview.session, as_of: asOf });
      setPreview(null);
      notify({
        text: m.publisher.answersApplied(result.applied, count(result.applied), result.accepted, count(result.accepted)),
        undo: async () => { await core.task('claims_revert', { records: result.before }); },
      });
    } catch (e) {
      setFailure(e);
    } finally {
      setBusy(false);
    }
  }

  const applicable = preview ? preview.rows.filter((r) => !r.problem).length : 0;
  const shown = preview?.rows.slice(offset, offset + PAGE) ?? [];
  return (
    <section class="answers">
      <ViewHeading>{m.publisher.answersTitle}</ViewHeading>
      <p class="lede">{m.publisher.answersLede}</p>
      <div class="actions">
        <FilePick label={m.publisher.answersPick} field="answers-input" accept=".csv,text/csv,text/plain" onFiles={(files) => { if (files[0]) void read(files[0]); }} />
      </div>
      {busy ? <p role="status">{m.common.loading}</p> : null}
      {failure ? <TaskFailure error={failure} /> : null}
      {preview ? (
        <div class="answers-preview">
          <p data-field="answers-summary" aria-live="polite">
            {m.publisher.answersSummary(preview.file, { total: preview.rows.length, ...preview.counts }, count)}
          </p>
          <IssueList issues={preview.issues} live={false} />
          {shown.length ? (
            <TableWrap label={m.publisher.answersCaption}>
              <table class="answers-table">
                <caption>{m.publisher.answersCaption}</caption>
                <thead>
                  <tr>
                    <th scope="col">{m.issues.fields.claimId}</th>
                    <th scope="col">{m.publisher.answersNow}</th>
                    <th scope="col">{m.publisher.answersBecomes}</th>
                    <th scope="col" class="num">{m.publisher.answersPayout}</th>
                    <th scope="col">{m.publisher.answersDetails}</th>
                  </tr>
                </thead>
                <tbody>
                  {shown.map((row, i) => (
                    <tr key={offset + i} data-claim={row.claim_id} data-problem={row.problem ?? 'none'}>
                      <td>{row.key ? <a href={formatRoute('publisher', 'claims', row.key)}>{row.claim_id}</a> : row.claim_id}</td>
                      <td>{row.current ? <StateBadge state={row.current} /> : '—'}</td>
                      <td class="becomes">{row.next ? <StateBadge state={row.next} /> : <span class="issue-text" data-severity="error">{m.publisher.answerProblems[row.problem ?? 'unknown']}</span>}</td>
                      <td class="num">{row.payout ? money(row.payout, row.currency) : '—'}</td>
                      <td class="answer-details">
                        {row.decline_reason ? <span>{(m.advertiser.declineReasons as Record<string, string | undefined>)[row.decline_reason] ?? row.decline_reason}</span> : null}
                        {row.message ? <span class="message-text">{row.message}</span> : null}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </TableWrap>
          ) : null}
          <Pager offset={offset} limit={PAGE} total={preview.rows.length} onOffset={setOffset} label={m.publisher.answersPages} />
          <div class="actions">
            <button type="button" disabled={!applicable || busy} onClick={() => void apply()} data-action="answers-apply">{m.publisher.answersApply(applicable, count(applicable))}</button>
            <button type="button" class="secondary" onClick={() => setPreview(null)}>{m.common.cancel}</button>
          </div>
        </div>
      ) : null}
      <Credits />
    </section>
  );
}

/** Accepted claims whose members are still to be credited (the Members view applies them). */
function Credits() {
  const { core, workspace } = useApp();
  const { m, money, count, decimal } = useI18n();
  const version = useShared(claimsVersion);
  const [offers, setOffers] = useState<(CreditOffer & { amount: string | null })[] | null>(null);
  const [total, setTotal] = useState(0);
  const [share, setShare] = useState<string | null>(null);

  useEffect(() => {
    let live = true;
    void (async () => {
      const pending = await pendingCreditOffers(workspace);
      const s = await workspace.getSetting('member_share');
      const first = pending.slice(0, CREDITS_SHOWN);
      const amounts = await Promise.all(first.map((o) => (s && o.payout ? memberCashback((op, r) => core.call(op, r), o.payout, o.currency, s).catch(() => null) : null)));
      if (!live) return;
      setShare(s);
      setTotal(pending.length);
      setOffers(first.map((o, i) => ({ ...o, amount: amounts[i] ?? null })));
    })().catch(() => undefined);
    return () => { live = false; };
  }, [workspace, core, version]);

  if (!offers || !offers.length) return null;
  return (
    <section class="credits" aria-labelledby="credits-title">
      <h2 id="credits-title">{m.publisher.creditsTitle}</h2>
      <p class="note">{share ? m.publisher.creditsLede(total, count(total), decimal(share)) : m.publisher.creditNoShare}{' '}
        <a href={formatRoute('members', 'credits')}>{m.publisher.creditInMembers}</a></p>
      <TableWrap label={m.publisher.creditsTitle}>
        <table class="credits-table">
          <thead>
            <tr>
              <th scope="col">{m.issues.fields.member}</th>
              <th scope="col">{m.issues.fields.claimId}</th>
              <th scope="col" class="num">{m.publisher.answersPayout}</th>
              <th scope="col" class="num">{m.publisher.creditAmount}</th>
            </tr>
          </thead>
          <tbody>
            {offers.map((o) => (
              <tr key={o.claim_key} data-member={o.member}>
                <td>{o.member}</td>
                <td><a href={formatRoute('publisher', 'claims', o.claim_key)}>{o.claim_id}</a></td>
                <td class="num">{o.payout ? money(o.payout, o.currency) : '—'}</td>
                <td class="num" data-field="credit-amount">{o.amount ? money(o.amount, o.currency) : o.payout ? '—' : m.members.creditNoPayout}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableWrap>
    </section>
  );
}
