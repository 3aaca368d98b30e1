// The resolution form of spec section 7: accept (transaction date, event type, item details,
// and the payout: as the publisher expects, an amount, or from the contract), decline (a
// reason from the list) or ask for more information (a message).
import { DECLINE_REASONS, type DeclineReason, type Issue, type PayoutOption } from '../../core/types.ts';
import { useI18n } from '../../i18n/index.ts';
import { assignIssues } from '../../ui/issues.ts';
import { IssueList } from '../../ui/IssueLine.tsx';
import { DateField, MoneyField, SelectField, TextAreaField, TextField } from '../../ui/fields.tsx';
import type { Draft, ItemDraft } from './resolution.ts';

const FIELDS = ['/transaction_date', '/event_type', '/payout_amount', '/details/amount', '/details/promo_code', '/details/items', '/decline_reason', '/message'];

/** The preview's issues that the form shows under its fields, and the rest (shown with the outcome). */
export function splitIssues(issues: readonly Issue[]): { form: Issue[]; rest: Issue[] } {
  const { byField, rest } = assignIssues(issues, '/resolution', FIELDS);
  return { form: [...byField.values()].flat(), rest };
}

export function ResolutionForm({ draft, onDraft, issues, orderItems, showFx, fxRate, onFx }: {
  draft: Draft; onDraft: (d: Draft) => void; issues: readonly Issue[];
  /** The order's items, offered as a starting point for the item details. */
  orderItems: ItemDraft[];
  showFx: boolean; fxRate: string | undefined; onFx: (v: string | undefined) => void;
}) {
  const { m } = useI18n();
  const a = m.advertiser;
  const set = (patch: Partial<Draft>) => onDraft({ ...draft, ...patch });
  const { byField } = assignIssues(issues, '/resolution', FIELDS);
  const at = (p: string) => byField.get(p);
  const setItem = (i: number, patch: Partial<ItemDraft>) => set({ items: draft.items.map((it, k) => (k === i ? { ...it, ...patch } : it)) });
  return (
    <form class="decision-form" noValidate onSubmit={(e) => e.preventDefault()}>
      <fieldset>
        <legend>{a.decisionGroup}</legend>
        <div class="choices" role="radiogroup" aria-label={a.decisionGroup}>
          {(['accept', 'decline', 'request_info'] as const).map((d) => (
            <label key={d} class="check">
              <input type="radio" name="decision" value={d} checked={draft.decision === d} onChange={() => set({ decision: d })} />
              {a.decisions[d]}
            </label>
          ))}
        </div>
        {draft.decision === 'accept' ? (
          <>
            <div class="grid">
              <DateField name="transaction_date" label={m.issues.fields.transactionDate} hint={a.transactionDateHint}
                value={draft.transactionDate} onValue={(v) => set({ transactionDate: v })} issues={at('/transaction_date')} />
              <TextField name="event_type" label={m.issues.fields.eventType} hint={a.eventTypeHint} example="sale"
                value={draft.eventType} onValue={(v) => set({ eventType: v })} issues={at('/event_type')} />
            </div>
            <fieldset class="payout-options">
              <legend>{a.payoutOption}</legend>
              <div class="choices" role="radiogroup" aria-label={a.payoutOption}>
                {(['expected', 'specify', 'generate'] as const).map((o: PayoutOption) => (
                  <label key={o} class="check">
                    <input type="radio" name="payout_option" value={o} checked={draft.payoutOption === o} onChange={() => set({ payoutOption: o })} />
                    {a.payoutOptions[o]}
                  </label>
                ))}
              </div>
              <p class="note" data-field="payout-option-note">{a.payoutOptionNotes[draft.payoutOption]}</p>
              {draft.payoutOption === 'specify' ? (
                <div class="grid">
                  <MoneyField name="payout_amount" label={m.issues.fields.payoutAmount} hint={a.payoutAmountHint} value={draft.payoutAmount}
                    example="6.00" onValue={(v) => set({ payoutAmount: v })} issues={at('/payout_amount')} />
                </div>
              ) : null}
              {showFx ? (
                <div class="grid">
                  <TextField name="fx_rate" label={m.issues.fields.fxRate} hint={a.fxHint} example="0.92" value={fxRate} onValue={onFx} input={{ inputMode: 'decimal' }} />
                </div>
              ) : null}
            </fieldset>
            <fieldset class="details">
              <legend>{a.detailsGroup}</legend>
              <p class="note">{a.detailsNote}</p>
              <div class="grid">
                <MoneyField name="details_amount" label={a.saleAmount} hint={a.replacesOrder} value={draft.saleAmount}
                  onValue={(v) => set({ saleAmount: v })} issues={at('/details/amount')} />
                <TextField name="details_promo_code" label={m.issues.fields.promoCode} hint={a.replacesOrder} example="PARTNER10"
                  value={draft.promoCode} onValue={(v) => set({ promoCode: v })} issues={at('/details/promo_code')} />
              </div>
              {draft.items.map((it, i) => (
                <div class="item-row" key={i} role="group" aria-label={a.itemN(i + 1)} data-field={`item-${i}`}>
                  <TextField name={`item_sku_${i}`} label={a.itemSku} value={it.sku} onValue={(v) => setItem(i, { sku: v })} />
                  <TextField name={`item_category_${i}`} label={a.itemCategory} example="home" value={it.category} onValue={(v) => setItem(i, { category: v })} />
                  <MoneyField name={`item_subtotal_${i}`} label={a.itemSubtotal} value={it.subtotal} example="80.00" onValue={(v) => setItem(i, { subtotal: v })} />
                  <button type="button" class="link" aria-label={a.removeItemN(i + 1)} onClick={() => set({ items: draft.items.filter((_, k) => k !== i) })}>{a.removeItem}</button>
                </div>
              ))}
              <IssueList issues={at('/details/items') ?? []} />
              <div class="actions">
                <button type="button" class="secondary" onClick={() => set({ items: [...draft.items, {}] })}>{a.addItem}</button>
                {orderItems.length && !draft.items.length ? (
                  <button type="button" class="secondary" onClick={() => set({ items: orderItems })}>{a.copyItems}</button>
                ) : null}
              </div>
            </fieldset>
          </>
        ) : null}
        {draft.decision === 'decline' ? (
          <>
          <div class="grid">
            <SelectField<DeclineReason | ''> wide name="decline_reason" label={m.issues.fields.declineReason} value={draft.declineReason ?? ''}
              options={[['', a.chooseReason], ...DECLINE_REASONS.map((r) => [r, a.declineReasons[r]] as const)]} onValue={(v) => set({ declineReason: v || undefined })}
              issues={at('/decline_reason')} />
          </div>
          <TextAreaField name="message" label={a.messageLabel} hint={a.declineMessageHint} value={draft.message} onValue={(v) => set({ message: v })} issues={at('/message')} />
        </>
        ) : null}
        {draft.decision === 'request_info' ? (
          <TextAreaField name="message" label={a.messageLabel} hint={a.messageHint} value={draft.message} onValue={(v) => set({ message: v })} issues={at('/message')} />
        ) : null}
      </fieldset>
    </form>
  );
}
