// Reverse an applied entry (or every entry of its adjustment not yet reversed): a new entry
// of the opposite change, linked to the one it reverses, previewed by apply_adjustments like
// any credit or debit (a balance that would go below zero gets the ledger's usual issue).
// An entry is reversed at most once, and a reversal is not itself reversed (credit or debit
// again instead); the history shows both sides of the link.
import { useMemo, useRef, useState } from 'preact/hooks';
import { formatRoute } from '../../app/router.ts';
import { useI18n } from '../../i18n/index.ts';
import type { LedgerRecord } from '../../store/schema.ts';
import { TextAreaField } from '../../ui/fields.tsx';
import { ViewHeading } from '../../ui/ViewHeading.tsx';
import { useHistory, type LedgerData } from './data.ts';
import { OutcomeLine, PreviewPanel, SignedMoney } from './PreviewPanel.tsx';
import { usePreviewFlow } from './preview.ts';
import { reversals, reversingAdjustments, sameAdjustment } from './work/reversal.ts';

export function ReversePage({ data, id }: { data: LedgerData; id: number }) {
  const { m, tag } = useI18n();
  const history = useHistory();
  const flow = usePreviewFlow(data);
  const when = useMemo(() => new Intl.DateTimeFormat(tag, { dateStyle: 'medium', timeStyle: 'short' }), [tag]);
  const record = history?.find((r) => r.id === id);
  const reversedBy = useMemo(() => reversals(history ?? []), [history]);

  const back = <p><a href={formatRoute('members', 'history')}>{m.members.backToHistory}</a></p>;
  let body;
  if (history === null) body = <p role="status">{m.common.loading}</p>;
  else if (!record) body = <p class="empty" data-field="reverse-unknown">{m.members.reverseUnknown}</p>;
  else if (record.reverses !== undefined) body = <p class="note" data-field="reverse-is-reversal">{m.members.reverseIsReversal}</p>;
  else if (reversedBy.has(id) && flow.outcome === null) {
    body = <p class="note" data-field="reverse-already">{m.members.reverseAlready(when.format(new Date(reversedBy.get(id)!.applied_at)))}</p>;
  } else if (!reversedBy.has(id)) {
    const together = sameAdjustment(history, record).filter((r) => !reversedBy.has(r.id!) && r.reverses === undefined);
    body = <ReverseForm key={id} record={record} together={together} flow={flow} />;
  }
  return (
    <section class="reverse">
      <ViewHeading>{m.members.reverseTitle}</ViewHeading>
      <p class="lede">{m.members.reverseLede}</p>
      {body}
      <OutcomeLine outcome={flow.outcome} />
      {back}
    </section>
  );
}

function ReverseForm({ record, together, flow }: {
  record: LedgerRecord; together: LedgerRecord[]; flow: ReturnType<typeof usePreviewFlow>;
}) {
  const { m, money, count } = useI18n();
  const [all, setAll] = useState(false);
  const [comment, setComment] = useState<string | undefined>(() => m.members.reverseComment(record.entry.comment).slice(0, 2000));
  const [allowNegative, setAllowNegative] = useState(false);
  const previewButton = useRef<HTMLButtonElement>(null);
  const chosen = all ? together : [record];
  const change = (apply: () => void) => { apply(); flow.reset(); };
  const { entry, currency } = record;

  return (
    <>
      <dl class="facts" data-field="reverse-entry" aria-label={m.members.reverseEntry}>
        <dt>{m.members.member}</dt><dd class="member-id">{entry.member}</dd>
        <dt>{m.members.change}</dt><dd data-col="change"><SignedMoney delta={entry.delta} currency={currency} /></dd>
        <dt>{m.members.after}</dt><dd>{money(entry.after, currency)}</dd>
        <dt>{m.members.comment}</dt><dd class="comment">{entry.comment}</dd>
        {entry.reference ? <><dt>{m.members.reference}</dt><dd>{entry.reference}</dd></> : null}
      </dl>
      <form noValidate onSubmit={(e) => { e.preventDefault(); void flow.preview(reversingAdjustments(chosen, comment ?? ''), allowNegative); }}>
        {together.length > 1 ? (
          <fieldset>
            <legend>{m.members.reverseScope}</legend>
            <div class="choices">
              <label class="check">
                <input type="radio" name="reverse-scope" checked={!all} onChange={() => change(() => setAll(false))} />
                {m.members.reverseOnly(entry.member)}
              </label>
              <label class="check">
                <input type="radio" name="reverse-scope" checked={all} onChange={() => change(() => setAll(true))} />
                {m.members.reverseAll(together.length, count(together.length))}
              </label>
            </div>
          </fieldset>
        ) : null}
        <div class="grid">
          <TextAreaField name="comment" label={m.members.comment} required hint={m.members.reverseCommentHint} rows={2}
            value={comment} onValue={(v) => change(() => setComment(v))} />
        </div>
        <label class="check allow-negative">
          <input type="checkbox" name="allow-negative" checked={allowNegative}
            onChange={(e) => change(() => setAllowNegative((e.currentTarget as HTMLInputElement).checked))} />
          {m.members.allowNegative}
        </label>
        <div class="actions">
          <button type="submit" ref={previewButton} disabled={flow.busy}>{m.members.preview}</button>
        </div>
      </form>
      {flow.prepared ? (
        <PreviewPanel prepared={flow.prepared} busy={flow.busy} onApply={() => void flow.apply(chosen.map((r) => r.id!))}
          onCancel={() => { flow.cancel(); previewButton.current?.focus(); }} />
      ) : null}
    </>
  );
}
