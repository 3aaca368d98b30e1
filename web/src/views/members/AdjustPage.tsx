// Credit or debit one member or a group. Relative adds the amount (a minus sign debits);
// absolute sets the balance to it (0 writes it off). A comment is required; a date and a
// reference (a claim or action id) are optional; negative balances are refused unless
// allowed. "Preview" asks apply_adjustments what would happen on the stored balances;
// nothing is stored until Apply, and Cancel leaves everything as it was.
import { useEffect, useId, useMemo, useRef, useState } from 'preact/hooks';
import { useApp } from '../../app/context.ts';
import { formatRoute } from '../../app/router.ts';
import type { Adjustment } from '../../core/types.ts';
import { useI18n } from '../../i18n/index.ts';
import { assignIssues } from '../../ui/issues.ts';
import { IssueList } from '../../ui/IssueLine.tsx';
import { DateField, MoneyField, SelectField, TextAreaField, TextField } from '../../ui/fields.tsx';
import { ViewHeading } from '../../ui/ViewHeading.tsx';
import type { LedgerData } from './data.ts';
import { OutcomeLine, PreviewPanel } from './PreviewPanel.tsx';
import { usePreviewFlow } from './preview.ts';

interface Form {
  kind: 'member' | 'group';
  member?: string | undefined;
  group?: string | undefined;
  mode: 'relative' | 'absolute';
  amount?: string | undefined;
  comment?: string | undefined;
  date?: string | undefined;
  reference?: string | undefined;
  allowNegative: boolean;
}

const FIELDS = ['/target', '/mode', '/amount', '/comment', '/date', '/reference'];
/** Member ids offered as suggestions in the member field. */
const SUGGESTIONS = 500;

export function AdjustPage({ data, member, group }: { data: LedgerData; member?: string | undefined; group?: string | undefined }) {
  const { m, count } = useI18n();
  const listId = useId();
  const [form, setForm] = useState<Form>(() => ({
    kind: group ? 'group' : 'member', member, group: group ?? data.groups[0]?.name, mode: 'relative', allowNegative: false,
  }));
  const flow = usePreviewFlow(data);
  const { prepared } = flow;
  const previewButton = useRef<HTMLButtonElement>(null);

  // A link to another target (from the balances or the groups) starts over with it.
  useEffect(() => {
    setForm((f) => ({ ...f, kind: group ? 'group' : 'member', member, group: group ?? f.group ?? data.groups[0]?.name }));
    flow.reset();
  }, [member, group]);
  // Applied: the amount, comment and reference were for that one; the target stays.
  useEffect(() => {
    if (flow.outcome?.kind === 'applied') setForm((f) => ({ ...f, amount: undefined, comment: undefined, reference: undefined }));
  }, [flow.outcome]);

  const change = (patch: Partial<Form>) => {
    setForm((f) => ({ ...f, ...patch }));
    // The preview showed the form as it was: a change needs a new one.
    flow.reset();
  };

  function adjustment(): Adjustment {
    const a: Adjustment = {
      target: form.kind === 'member' ? { member: form.member ?? '' } : { group: form.group ?? '' },
      mode: form.mode,
      amount: form.amount ?? '',
      comment: form.comment ?? '',
    };
    if (form.date) a.date = form.date;
    if (form.reference) a.reference = form.reference;
    return a;
  }

  const { byField, rest } = useMemo(
    () => assignIssues(prepared?.read.problems ?? [], '/adjustments/0', FIELDS),
    [prepared],
  );
  const at = (path: string) => byField.get(path) ?? [];
  const groupOptions = data.groups.map((g) => [g.name, m.members.groupOption(g.name, g.members.length, count(g.members.length))] as const);

  return (
    <section class="adjust">
      <ViewHeading>{m.members.adjustTitle}</ViewHeading>
      <p class="lede">{m.members.adjustLede}</p>
      <form noValidate onSubmit={(e) => { e.preventDefault(); void flow.preview([adjustment()], form.allowNegative); }}>
        <fieldset>
          <legend>{m.members.target}</legend>
          <div class="choices">
            <label class="check">
              <input type="radio" name="target-kind" value="member" checked={form.kind === 'member'} onChange={() => change({ kind: 'member' })} />
              {m.members.oneMember}
            </label>
            <label class="check">
              <input type="radio" name="target-kind" value="group" checked={form.kind === 'group'} disabled={!data.groups.length}
                onChange={() => change({ kind: 'group' })} />
              {m.members.aGroup}
            </label>
          </div>
          {form.kind === 'member' ? (
            <div class="grid">
              <TextField name="member" label={m.members.member} example="m-123" value={form.member} required
                hint={m.members.memberHint} issues={at('/target')} onValue={(v) => change({ member: v })} input={{ list: listId }} />
              <datalist id={listId}>
                {data.members.slice(0, SUGGESTIONS).map((r) => <option key={r.member} value={r.member} />)}
              </datalist>
            </div>
          ) : (
            <div class="grid">
              <SelectField name="group" label={m.members.group} value={form.group ?? ''} options={groupOptions}
                issues={at('/target')} onValue={(v) => change({ group: v })} />
            </div>
          )}
          {!data.groups.length ? <p class="note">{m.members.noGroupsYet} <a href={formatRoute('members', 'groups')}>{m.members.groupsTab}</a></p> : null}
        </fieldset>
        <fieldset>
          <legend>{m.members.what}</legend>
          <div class="choices">
            <label class="check">
              <input type="radio" name="mode" value="relative" checked={form.mode === 'relative'} onChange={() => change({ mode: 'relative' })} />
              {m.members.relative}
            </label>
            <label class="check">
              <input type="radio" name="mode" value="absolute" checked={form.mode === 'absolute'} onChange={() => change({ mode: 'absolute' })} />
              {m.members.absolute}
            </label>
          </div>
          <div class="grid">
            <MoneyField name="amount" label={m.members.amountIn(data.currency)} required example={form.mode === 'relative' ? '-10.00' : '50.00'}
              hint={form.mode === 'relative' ? m.members.relativeHint : m.members.absoluteHint}
              value={form.amount} issues={at('/amount')} onValue={(v) => change({ amount: v })} />
            <DateField name="date" label={m.members.date} hint={m.members.dateHint} value={form.date}
              issues={at('/date')} onValue={(v) => change({ date: v })} />
            <TextField name="reference" label={m.members.reference} hint={m.members.referenceHint} example="CLM-0001"
              value={form.reference} issues={at('/reference')} onValue={(v) => change({ reference: v })} />
            <TextAreaField name="comment" label={m.members.comment} required hint={m.members.commentHint} rows={2}
              value={form.comment} issues={at('/comment')} onValue={(v) => change({ comment: v })} />
          </div>
          <label class="check allow-negative">
            <input type="checkbox" name="allow-negative" checked={form.allowNegative} onChange={(e) => change({ allowNegative: (e.currentTarget as HTMLInputElement).checked })} />
            {m.members.allowNegative}
          </label>
        </fieldset>
        <IssueList issues={rest} />
        <div class="actions">
          <button type="submit" ref={previewButton} disabled={flow.busy}>{m.members.preview}</button>
        </div>
      </form>
      <OutcomeLine outcome={flow.outcome} />
      {prepared ? (
        <PreviewPanel prepared={prepared} busy={flow.busy} onApply={() => void flow.apply()}
          onCancel={() => { flow.cancel(); previewButton.current?.focus(); }} />
      ) : null}
    </section>
  );
}
