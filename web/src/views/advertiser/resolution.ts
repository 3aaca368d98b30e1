// The decision form's contents (spec section 7) and the resolution it stands for, both ways,
// so that a claim decided earlier opens with the form as it was. Empty fields are left out:
// the core applies its defaults (transaction date: the order's; event type: the claim's).
import type { Decision, DeclineReason, PayoutOption, Resolution, SaleItem } from '../../core/types.ts';

export interface ItemDraft { sku?: string | undefined; category?: string | undefined; subtotal?: string | undefined }

export interface Draft {
  decision: Decision;
  transactionDate?: string | undefined;
  eventType?: string | undefined;
  payoutOption: PayoutOption;
  payoutAmount?: string | undefined;
  saleAmount?: string | undefined;
  promoCode?: string | undefined;
  items: ItemDraft[];
  /** No default: a decline names its reason by choice. */
  declineReason?: DeclineReason | undefined;
  message?: string | undefined;
}

export const EMPTY_DRAFT: Draft = { decision: 'accept', payoutOption: 'expected', items: [] };

export function toResolution(d: Draft): Resolution {
  if (d.decision === 'decline') {
    // Without a reason the core says resolution.required at /resolution/decline_reason; a message goes to the publisher.
    return { decision: 'decline', ...(d.declineReason ? { decline_reason: d.declineReason } : {}), ...(d.message ? { message: d.message } : {}) };
  }
  if (d.decision === 'request_info') return d.message ? { decision: 'request_info', message: d.message } : { decision: 'request_info' };
  const r: Resolution = { decision: 'accept', payout_option: d.payoutOption };
  if (d.transactionDate) r.transaction_date = d.transactionDate;
  if (d.eventType) r.event_type = d.eventType;
  if (d.payoutOption === 'specify' && d.payoutAmount) r.payout_amount = d.payoutAmount;
  const items = d.items.filter((i) => i.sku || i.category || i.subtotal).map((i) => {
    const item: SaleItem = { subtotal: i.subtotal ?? '' };
    if (i.sku) item.sku = i.sku;
    if (i.category) item.category = i.category;
    return item;
  });
  const details: NonNullable<Resolution['details']> = {};
  if (items.length) details.items = items;
  if (d.saleAmount) details.amount = d.saleAmount;
  if (d.promoCode) details.promo_code = d.promoCode;
  if (Object.keys(details).length) r.details = details;
  return r;
}

export function fromResolution(r: Resolution | undefined): Draft {
  if (!r) return EMPTY_DRAFT;
  return {
    decision: r.decision,
    transactionDate: r.transaction_date ?? undefined,
    eventType: r.event_type ?? undefined,
    payoutOption: r.payout_option ?? 'expected',
    payoutAmount: r.payout_amount ?? undefined,
    saleAmount: r.details?.amount ?? undefined,
    promoCode: r.details?.promo_code ?? undefined,
    items: (r.details?.items ?? []).map((i) => ({ sku: i.sku, category: i.category, subtotal: i.subtotal })),
    declineReason: r.decline_reason ?? undefined,
    message: r.message ?? undefined,
  };
}
