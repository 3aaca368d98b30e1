// The claim editor's fields (spec section 4, the members a publisher fills) and the
// conversion between the form's strings and the claim JSON. Values go to the core as
// typed: the core, not the page, judges dates, amounts and currencies.

export const REASONS = [
  ['untracked', 'Untracked: no action was tracked'],
  ['wrong_amount', 'Wrong amount: tracked with a lower amount or payout'],
  ['declined', 'Declined: tracked, then refused'],
];

export const ATTACHMENT_KINDS = [
  ['order_confirmation', 'Order confirmation'],
  ['invoice', 'Invoice'],
  ['screenshot', 'Screenshot'],
  ['other', 'Other'],
];

/** Suggestions for the inputs with a `list`; any other value goes to the core as typed. */
export const SUGGESTIONS = {
  currencies: ['EUR', 'USD', 'GBP', 'CHF', 'CAD', 'AUD', 'SEK', 'NOK', 'DKK', 'PLN', 'CZK',
    'HUF', 'BRL', 'MXN', 'INR', 'CNY', 'JPY', 'KRW', 'BHD', 'KWD', 'JOD', 'OMR', 'TND'],
  'event-types': ['sale', 'lead', 'signup'],
};

/**
 * One entry per input. `path` is the member's JSON Pointer inside the claim; `kind` says
 * how the string becomes JSON: text (omitted when empty), bool ("" / "true" / "false").
 * `group` places it in a fieldset; `tracked` fields show only when the reason needs them.
 */
export const CLAIM_FIELDS = [
  { path: '/id', label: 'Claim ID', group: 'claim', placeholder: 'CLM-0001' },
  { path: '/publisher/id', label: 'Publisher ID', group: 'claim', placeholder: 'pub-42' },
  { path: '/advertiser/id', label: 'Advertiser ID', group: 'claim', placeholder: 'adv-7' },
  { path: '/member_ref', label: 'Member', group: 'claim', placeholder: 'm-123' },
  { path: '/reason', label: 'Reason', group: 'claim', input: 'select', options: REASONS, initial: 'untracked' },
  { path: '/filed_on', label: 'Filed on', group: 'claim', input: 'date', hint: 'empty: the as-of day' },
  { path: '/order/id', label: 'Order ID', group: 'order', placeholder: 'A-1001' },
  { path: '/order/date', label: 'Order date', group: 'order', input: 'date' },
  { path: '/order/amount', label: 'Order amount', group: 'order', placeholder: '120.00', inputmode: 'decimal' },
  { path: '/order/currency', label: 'Currency', group: 'order', initial: 'EUR', list: 'currencies' },
  { path: '/order/promo_code', label: 'Promo code', group: 'order', hint: 'optional' },
  { path: '/order/completed_online', label: 'Completed online', group: 'order', input: 'select', kind: 'bool',
    options: [['', 'Not stated'], ['true', 'Yes'], ['false', 'No']] },
  { path: '/order/returned', label: 'Returned or cancelled', group: 'order', input: 'select', kind: 'bool',
    options: [['', 'Not stated'], ['false', 'No'], ['true', 'Yes']] },
  { path: '/click_date', label: 'Click date', group: 'order', input: 'date', hint: 'optional' },
  { path: '/event_type', label: 'Event type', group: 'order', hint: 'empty: sale', placeholder: 'sale', list: 'event-types' },
  { path: '/expected_payout', label: 'Expected payout', group: 'order', placeholder: '6.00', inputmode: 'decimal' },
  { path: '/tracked/action_id', label: 'Tracked action ID', group: 'tracked', placeholder: 'ACT-9' },
  { path: '/tracked/amount', label: 'Tracked amount', group: 'tracked', inputmode: 'decimal' },
  { path: '/tracked/payout', label: 'Tracked payout', group: 'tracked', inputmode: 'decimal' },
  { path: '/tracked/date', label: 'Tracked or declined on', group: 'tracked', input: 'date' },
  { path: '/comment', label: 'Comment for the advertiser', group: 'comment', input: 'textarea' },
];

/** The policy's simple fields; the rest of the policy keeps the spec's defaults. */
export const POLICY_FIELDS = [
  { path: '/min_wait_days', label: 'Minimum wait (days)', kind: 'int', initial: '14' },
  { path: '/max_age_days', label: 'Maximum age (days)', kind: 'int', initial: '90' },
  { path: '/click_window_days', label: 'Click window (days)', kind: 'int', initial: '', hint: 'empty: no limit' },
  { path: '/promo_codes/allowed', label: 'Allowed promo codes', kind: 'list', initial: 'PARTNER10',
    hint: 'comma-separated; empty: any code' },
];

/** Sets `value` at a JSON Pointer inside `target`, creating objects on the way. */
function setAt(target, pointer, value) {
  const keys = pointer.split('/').slice(1);
  let node = target;
  for (const key of keys.slice(0, -1)) node = (node[key] ??= {});
  node[keys[keys.length - 1]] = value;
}

function jsonValue(field, raw) {
  if (raw === '' || raw === undefined || raw === null) return undefined;
  if (field.kind === 'bool') return raw === 'true';
  if (field.kind === 'int') {
    // A non-integer goes through as written, so the core reports policy.invalid for it.
    return /^-?\d+$/.test(raw.trim()) ? Number(raw.trim()) : raw;
  }
  if (field.kind === 'list') return raw.split(',').map((s) => s.trim()).filter(Boolean);
  return raw;
}

/** Whether the reason needs the `tracked` members (wrong_amount, declined). */
export const needsTracked = (reason) => reason === 'wrong_amount' || reason === 'declined';

/**
 * The claim JSON from the form's values ({path: string}) and the attachments' metadata.
 * Empty inputs are left out (absent), so a required one is reported as claim.required.
 */
export function buildClaim(values, attachments) {
  const claim = {};
  for (const field of CLAIM_FIELDS) {
    if (field.group === 'tracked' && !needsTracked(values['/reason'])) continue;
    const value = jsonValue(field, values[field.path]);
    if (value !== undefined) setAt(claim, field.path, value);
  }
  if (attachments.length) {
    claim.attachments = attachments.map(({ name, media_type, size, sha256, kind }) =>
      ({ name, media_type, size, sha256, kind }));
  }
  return claim;
}

/** The policy JSON from its simple fields; an empty promo list means "any code". */
export function buildPolicy(values) {
  const policy = {};
  for (const field of POLICY_FIELDS) {
    const value = jsonValue(field, values[field.path]);
    if (value === undefined || (Array.isArray(value) && value.length === 0)) continue;
    setAt(policy, field.path, value);
  }
  return policy;
}
