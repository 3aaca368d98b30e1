// The preview of one or more adjustments, before anything is stored: per member, the
// balance before, the change and the balance after, as apply_adjustments computed them on
// the stored balances; the members it would skip and why. Apply stores exactly this;
// Cancel changes nothing. The heading takes the focus when the preview appears.
import { useEffect, useRef } from 'preact/hooks';
import { formatRoute } from '../../app/router.ts';
import { useI18n } from '../../i18n/index.ts';
import { IssueLine, IssueList } from '../../ui/IssueLine.tsx';
import { TableWrap } from '../../ui/TableWrap.tsx';
import type { Outcome, Prepared } from './preview.ts';

/** A change with its sign: "+€47.50", "-€10.00", "€0.00". */
export const signedMoney = (money: (amount: string, currency: string) => string, delta: string, currency: string): string =>
  /^-|^0(\.0*)?$/.test(delta) ? money(delta, currency) : `+${money(delta, currency)}`;

export function SignedMoney({ delta, currency }: { delta: string; currency: string }) {
  const { money } = useI18n();
  return <>{signedMoney(money, delta, currency)}</>;
}

export function PreviewPanel({ prepared, busy, onApply, onCancel }: {
  prepared: Prepared; busy: boolean; onApply: () => void; onCancel: () => void;
}) {
  const { m, money, count } = useI18n();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => { heading.current?.focus(); }, [prepared]);
  const { entries, skipped, problems } = prepared.read;
  const currency = prepared.request.currency;
  const withReference = prepared.request.adjustments.some((a) => a.reference);
  const referenceOf = (index: number) => prepared.request.adjustments[index]?.reference ?? '—';
  return (
    <section class="preview" aria-labelledby="adjust-preview-title" data-field="preview">
      <h2 id="adjust-preview-title" ref={heading} tabIndex={-1}>{m.members.previewTitle}</h2>
      <p data-field="preview-summary">{m.members.previewSummary(entries.length, count(entries.length), skipped.length, count(skipped.length))}</p>
      {entries.length ? (
        <TableWrap label={m.members.previewTable}>
          <table class="preview-table">
            <caption class="visually-hidden">{m.members.previewTitle}</caption>
            <thead>
              <tr>
                <th scope="col">{m.members.member}</th>
                {withReference ? <th scope="col">{m.members.reference}</th> : null}
                <th scope="col" class="num">{m.members.before}</th>
                <th scope="col" class="num">{m.members.change}</th>
                <th scope="col" class="num">{m.members.after}</th>
              </tr>
            </thead>
            <tbody>
              {entries.map((e, i) => (
                <tr key={`${e.adjustment}-${e.member}-${i}`} data-member={e.member}>
                  <td class="member-id">{e.member}</td>
                  {withReference ? <td>{referenceOf(e.adjustment)}</td> : null}
                  <td class="num" data-col="before">{money(e.before, currency)}</td>
                  <td class="num" data-col="change"><SignedMoney delta={e.delta} currency={currency} /></td>
                  <td class="num" data-col="after">{money(e.after, currency)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableWrap>
      ) : null}
      {skipped.length ? (
        <div class="skipped">
          <h3>{m.members.skippedTitle(skipped.length)}</h3>
          <ul>
            {skipped.map((s, i) => (
              <li key={`${s.adjustment}-${s.member}-${i}`} data-member={s.member}>
                <span class="member-id">{s.member}</span>
                <IssueLine issue={s.issue} />
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      <IssueList issues={problems} live={false} />
      <div class="actions">
        <button type="button" onClick={onApply} disabled={busy || entries.length === 0}>{m.members.apply(entries.length, count(entries.length))}</button>
        <button type="button" class="secondary" onClick={onCancel} disabled={busy}>{m.common.cancel}</button>
      </div>
    </section>
  );
}

/** What the last apply came to (it takes the focus: the preview it replaces is gone). */
export function OutcomeLine({ outcome }: { outcome: Outcome | null }) {
  const { m, count } = useI18n();
  const ref = useRef<HTMLParagraphElement>(null);
  useEffect(() => { ref.current?.focus(); }, [outcome]);
  if (outcome?.kind === 'applied') {
    return (
      <p class="done" role="status" tabIndex={-1} ref={ref}>
        {m.members.applied(outcome.entries, count(outcome.entries))} <a href={formatRoute('members', 'history')}>{m.members.seeHistory}</a>
      </p>
    );
  }
  if (outcome?.kind === 'conflict') return <p class="issue" data-severity="error" role="alert" tabIndex={-1} ref={ref}>{m.members.changedSincePreview}</p>;
  if (outcome?.kind === 'refused') return <IssueLine issue={outcome.issue} />;
  return null;
}
