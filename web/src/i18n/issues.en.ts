// Issue messages, English: one plain sentence per issue code of the spec (sections 3-13),
// naming the field and saying what to do. The core's own sentence, code and path stay in
// the details line (ui/IssueLine.tsx) for support. `v` carries the field's name in this
// language and the values picked out of the core's sentence, already formatted.
import type { FieldKey } from './fields.ts';
import { dueAndAfter, fundsTakeEn } from './funds.ts';
import type { IssueCode } from '../core/types.ts';

export interface IssueVars {
  field: string;
  q: string[];
  dates: string[];
  amounts: string[];
  numbers: string[];
  /** 31 January 2026 as this locale's date fields want it typed ("31/01/2026", "01/31/2026"). */
  dateExample: string;
  /** The issue is about a cell of a file (/rows/N/…), not a field typed in the page. */
  inFile: boolean;
}
type Message = (v: IssueVars) => string;

const at = (list: string[], i: number, fallback = '…'): string => list[i] ?? fallback;
/** A value written as a date (YYYY-MM-DD) that is not a real day, rather than a date written another way. */
export const isoShaped = (s: string): boolean => /^\d{4}-\d{2}-\d{2}$/.test(s);

export const issuesEn = {
  fields: {
    claimId: 'Claim ID', publisherId: 'Publisher ID', advertiserId: 'Advertiser ID', member: 'Member',
    reason: 'Reason', filedOn: 'Filed on', orderId: 'Order ID', orderDate: 'Order date', orderAmount: 'Order amount',
    currency: 'Currency', promoCode: 'Promo code', completedOnline: 'Completed online', returned: 'Returned or cancelled',
    items: 'Order items', clickDate: 'Click date', eventType: 'Event type', expectedPayout: 'Expected payout',
    payoutCurrency: 'Payout currency', tracked: 'Tracked action', trackedActionId: 'Tracked action ID',
    trackedAmount: 'Tracked amount', trackedPayout: 'Tracked payout', trackedDate: 'Tracked or declined on',
    comment: 'Comment', attachments: 'Proof', attachment: 'Proof file', messages: 'Messages', claim: 'This claim',
    policy: 'Program rules', contract: 'Contract', asOf: 'As-of day', transactionDate: 'Transaction date',
    payoutAmount: 'Payout amount', declineReason: 'Decline reason', message: 'Message', balance: 'Account balance',
    memberShare: 'Member share', fxRate: 'Exchange rate', file: 'The file', row: 'This row', decision: 'Decision',
    adjustment: 'Adjustment', amount: 'Amount', memberBalance: 'Member balance', rule: 'Rule', package: 'The package', entry: 'Package entry',
    claims: 'Claims', value: 'This value',
  } satisfies Record<FieldKey, string>,

  messages: {
    'request.invalid_json': () => 'The request could not be read. Reload the page; if it happens again, contact support with the details below.',
    'request.unknown_operation': () => 'This page asked the engine for something it does not know. Reload the page to get the latest version.',
    'request.invalid': (v) => `${v.field}: this value cannot be used. Check it and correct it.`,
    'request.too_large': () => 'This is too large to process at once (over 1,000,000 rows, over 256 MB, or more memory than the browser gives this page). Split it into smaller files.',
    'internal.error': () => 'The engine met an unexpected problem. Try again; if it persists, contact support with the details below.',

    'claim.required': (v) => `${v.field} is required. Fill it in.`,
    'claim.invalid': (v) => `${v.field} is not in the expected form. Check what you typed.`,
    'claim.duplicate_id': (v) => `Claim ID "${at(v.q, 0)}" is already used by another claim. Give this claim its own ID.`,
    'order.duplicate': (v) => `Order "${at(v.q, 0)}" is already tracked or claimed. Check that this is not the same order twice.`,
    'date.invalid': (v) => (isoShaped(at(v.q, 0, ''))
      ? `${v.field}: "${at(v.q, 0, '')}" is not a real date. Type a day that exists.`
      : v.inFile ? `${v.field}: "${at(v.q, 0, '')}" is not a date the file can hold. Write it as 2026-01-31.`
      : `${v.field}: "${at(v.q, 0, '')}" is not a date written as this page reads them. Write it as ${v.dateExample} or 2026-01-31.`),
    'order.date_in_future': (v) => `Order date ${at(v.dates, 0)} is after ${at(v.dates, 1)}. Check the order date.`,
    'claim.too_early': (v) => `Too early: this program accepts claims from ${at(v.dates, 0)} (${at(v.numbers, 0)} days after the order). Wait until then before sending.`,
    'claim.expired': (v) => `Too late: this program accepted claims until ${at(v.dates, 0)}. Check the order date, or ask the advertiser for an exception.`,
    'click.after_order': (v) => `The click date ${at(v.dates, 0)} is after the order date ${at(v.dates, 1)}. The click must come first: check both dates.`,
    'click.outside_window': (v) => `${v.field}: the click was long before the order, outside the program's click window. Such claims are often declined.`,
    'money.invalid': (v) => (v.inFile
      ? `${v.field}: not an amount the file can hold. Write it as 120.00 (a dot reads in every file), with no thousands separator or currency sign and no more decimals than the currency has.`
      : `${v.field}: not a valid amount here. Type an amount such as 120.00, with no more decimals than the currency has.`),
    'money.out_of_range': (v) => `${v.field}: this amount is far too large. Check the number of digits.`,
    'currency.unknown': (v) => `${v.field}: "${at(v.q, 0, '')}" is not a currency code we know. Use a three-letter code in capitals, such as EUR.`,
    'payout.exceeds_order': () => 'The expected payout is more than the order amount. Check both amounts.',
    'tracked.required': (v) => `${v.field} is required for this reason. Fill it in from the tracked action.`,
    'tracked.not_lower': () => 'Neither the order amount nor the expected payout is above what was tracked, so there is nothing to claim. Check the amounts or the reason.',
    'items.exceed_order': () => 'The items add up to more than the order amount. Check the items and the order amount.',
    'order.returned': () => 'The order was returned or cancelled: it cannot be claimed.',
    'order.not_online': () => 'The order was not completed online. Advertisers usually decline such claims.',
    'promo.not_allowed': (v) => `Promo code "${at(v.q, 0)}" is not one this program allows. Advertisers usually decline such claims.`,
    'proof.required': () => 'This claim needs proof. Attach the order confirmation, an invoice or a screenshot.',
    'proof.too_many': (v) => `Too many files: the program accepts at most ${at(v.numbers, 1)}. Remove some.`,
    'proof.too_large': (v) => `File "${at(v.q, 0)}" is too large for this program (at most ${at(v.numbers, 1)} bytes). Attach a smaller file.`,
    'proof.type_not_allowed': (v) => `File "${at(v.q, 0)}" is of a type this program does not accept. Attach a PDF or an image the program accepts.`,
    'proof.invalid_digest': () => 'A proof file\'s fingerprint is damaged. Remove the file and attach it again.',
    'proof.reused': (v) => `File "${at(v.q, 0)}" is also attached to another claim. Check that it belongs to this one.`,
    'comment.required': () => 'A comment is required here. Explain what happened.',
    'text.too_long': (v) => `${v.field} is too long (at most 2,000 characters). Shorten it.`,
    'text.invalid': (v) => `${v.field} contains an invisible control character. Retype it.`,
    'policy.invalid': () => 'A program rule has a value that cannot be used. Check the program rules.',

    'contract.unknown_event_type': (v) => `The contract pays nothing for the event type "${at(v.q, 0)}". Choose one the contract has.`,
    'contract.invalid': () => 'The contract has a value that cannot be used. Check the contract.',
    'promo.no_commission': (v) => `Promo code "${at(v.q, 0)}" earns no commission under this contract: the payout is 0.`,
    'currency.mismatch': () => 'The amounts are not in the contract\'s currency. Give an exchange rate, or use the contract\'s currency.',

    'lifecycle.transaction_after_approval': () => 'The transaction date is after the approval day. Check the transaction date.',

    'resolution.required': (v) => `${v.field} is required for this decision. Fill it in.`,
    'resolution.no_expected_payout': () => 'The claim gives no expected payout. Choose "Specify an amount" or "From the contract" for the payout.',
    'resolution.claim_has_errors': () => 'The claim itself has errors (see the claim\'s check). You can still accept it: it is your decision.',
    'resolution.invalid': (v) => `${v.field}: this choice is not one of the allowed ones. Pick another.`,
    'funds.insufficient': (v) => `${fundsTakeEn({ claim: true }, ...dueAndAfter(v.amounts))} Top up the account before approving.`,

    'csv.empty': () => 'The file has no data rows. Check that you picked the right file.',
    'csv.missing_column': (v) => `The file has no column "${at(v.q, 0)}", which is required: nothing was imported. Add the column and try again.`,
    'csv.row_shape': () => 'This row does not have as many fields as the header. Check for a missing or extra separator.',
    'csv.unterminated_quote': () => 'A quote opened on this row is never closed. Close it, or remove it.',
    'csv.unknown_claim': (v) => `Claim "${at(v.q, 0)}" is not among the claims. Check the ID.`,
    'csv.invalid_action': (v) => `"${at(v.q, 0)}" is not an action we know. Use validate, reject or request_info.`,

    'ledger.unknown_group': (v) => `Group "${at(v.q, 0)}" does not exist. Choose an existing group.`,
    'ledger.insufficient_balance': (v) => `Member "${at(v.q, 0)}" has only ${at(v.amounts, 0)} available: this debit would take the balance below zero, so it is skipped. Lower the amount or allow negative balances.`,
    'adjustment.invalid': () => 'This adjustment has a choice that is not allowed. Check the mode and the target.',

    'package.conflict': () => 'Two proof files have the same fingerprint but differ. Remove one and attach it again.',
    'package.too_large': () => 'The package is too large to open (over 10,000 files or 1 GB).',
    'package.invalid': () => 'This is not a claim package, or its claims.json is damaged. Ask the publisher for a new package.',
    'package.unexpected_entry': (v) => `${v.field}: a file that is not part of a claim package. It was ignored.`,
    'proof.missing': () => 'A proof file named by the claim is missing from the package. Ask the publisher to send it again.',
    'proof.digest_mismatch': () => 'A proof file differs from what the claim says (it was changed or damaged). Ask the publisher to send it again.',

    'claim.no_filing_date': () => 'The claim has no filing date, so its answer deadline cannot be computed.',
    'decision.unknown_claim': (v) => `A decision names claim "${at(v.q, 0)}", which is not in this batch. It was ignored.`,

    'rule.invalid': (v) => `${v.field}: this rule has a condition or action that is not allowed. It will never match until corrected.`,

    'network.id_not_numeric': (v) => `The network expects a numeric advertiser ID, not "${at(v.q, 0)}". Set the network's ID for this advertiser in the settings.`,
    'network.too_old': () => 'This network does not accept claims for orders 4 years old or more.',
    'network.amount_over_limit': () => 'This network does not accept claims for orders over 5,000,000. This claim was left out of the file.',
  } satisfies Record<IssueCode, Message>,

  /** A code this page does not know (a newer core): the core's own sentence. */
  unknown: (v: IssueVars & { core: string }) => `${v.field}: ${v.core}`,
  /** The details line kept for support. */
  details: (code: string, path: string, core: string) => `${code} at ${path || '(whole request)'} — ${core}`,
  detailsLabel: 'Details for support',
  severity: { error: 'Error', warning: 'Warning' },
};
