// The claim editor's fields (spec section 4, the members a publisher fills): a JSON Pointer
// into the claim, the kind of input, and the box it sits in. Labels come from the issues
// catalogue's field names, so a field and the issues about it use the same words.
import type { Attachment, ClaimReason, Policy } from '../../core/types.ts';

export type FieldKind = 'text' | 'money' | 'date' | 'reason' | 'bool' | 'textarea' | 'currency';
export type FieldGroup = 'claim' | 'order' | 'tracked' | 'comment';

export interface ClaimFieldDef {
  path: string;
  kind: FieldKind;
  group: FieldGroup;
  /** A visible example for the placeholder. */
  example?: string;
  required?: boolean;
}

export const CLAIM_FIELDS: ClaimFieldDef[] = [
  { path: '/id', kind: 'text', group: 'claim', example: 'CLM-0001', required: true },
  { path: '/member_ref', kind: 'text', group: 'claim', example: 'm-123', required: true },
  { path: '/advertiser/id', kind: 'text', group: 'claim', example: 'adv-7', required: true },
  { path: '/publisher/id', kind: 'text', group: 'claim', example: 'pub-42', required: true },
  { path: '/reason', kind: 'reason', group: 'claim', required: true },
  { path: '/filed_on', kind: 'date', group: 'claim' },
  { path: '/order/id', kind: 'text', group: 'order', example: 'A-1001', required: true },
  { path: '/order/date', kind: 'date', group: 'order', required: true },
  { path: '/order/amount', kind: 'money', group: 'order', example: '120.00', required: true },
  { path: '/order/currency', kind: 'currency', group: 'order', example: 'EUR', required: true },
  { path: '/order/promo_code', kind: 'text', group: 'order', example: 'PARTNER10' },
  { path: '/order/completed_online', kind: 'bool', group: 'order' },
  { path: '/order/returned', kind: 'bool', group: 'order' },
  { path: '/click_date', kind: 'date', group: 'order' },
  { path: '/event_type', kind: 'text', group: 'order', example: 'sale' },
  { path: '/expected_payout', kind: 'money', group: 'order', example: '6.00' },
  { path: '/payout_currency', kind: 'currency', group: 'order', example: 'EUR' },
  { path: '/tracked/action_id', kind: 'text', group: 'tracked', example: 'ACT-9' },
  { path: '/tracked/amount', kind: 'money', group: 'tracked', example: '60.00' },
  { path: '/tracked/payout', kind: 'money', group: 'tracked', example: '3.00' },
  { path: '/tracked/date', kind: 'date', group: 'tracked' },
  { path: '/comment', kind: 'textarea', group: 'comment' },
];

/** Paths that take issues in the editor: the fields, plus the boxes without an input of their own. */
export const ISSUE_SLOTS = [...CLAIM_FIELDS.map((f) => f.path), '/tracked', '/attachments', '/order/items', '/messages'];

/** Whether the reason needs the tracked action's members (wrong_amount, declined). */
export const needsTracked = (reason: ClaimReason | undefined): boolean => reason === 'wrong_amount' || reason === 'declined';

/** A preselected kind the user can change: PDFs are usually confirmations, images screenshots. */
export function guessKind(mediaType: string): Attachment['kind'] {
  if (mediaType === 'application/pdf') return 'order_confirmation';
  if (mediaType.startsWith('image/')) return 'screenshot';
  return 'other';
}

export const CURRENCIES = ['EUR', 'USD', 'GBP', 'CHF', 'CAD', 'AUD', 'SEK', 'NOK', 'DKK', 'PLN', 'CZK', 'HUF', 'BRL',
  'MXN', 'INR', 'CNY', 'JPY', 'KRW', 'BHD', 'KWD', 'JOD', 'OMR', 'TND'];

/** The largest proof file a program takes (spec section 4: 10 MiB unless its policy says). */
export const maxProofBytes = (policy: Policy): number => policy.proof?.max_file_bytes ?? 10_485_760;
