// The JSON shapes of the domain spec (/work/shared/spec/domain.md), as TypeScript types.
// Requests are what the page sends; results are what the core answers inside
// {"ok": true, "result": ...}. Money, percentages and dates are strings in the core's
// canonical form ("120.00", "5", "2026-01-02"): the page never does arithmetic on them.

/** YYYY-MM-DD (spec section 2). */
export type IsoDate = string;
/** A decimal string with a dot: "120.00", "-10", "0.5" (spec section 2). */
export type MoneyString = string;
/** Percent as a decimal string, at most 4 decimals: "5", "2.5". */
export type PercentString = string;
/** ISO 4217 upper-case code: "EUR". */
export type CurrencyCode = string;

export type Severity = 'error' | 'warning';

/** Every issue code of the spec (sections 3-13), plus the core's own internal.error. */
export const ISSUE_CODES = [
  // section 3: the request as a whole
  'request.invalid_json', 'request.unknown_operation', 'request.invalid', 'request.too_large', 'internal.error',
  // section 4: claims and policy
  'claim.required', 'claim.invalid', 'claim.duplicate_id', 'order.duplicate', 'date.invalid',
  'order.date_in_future', 'claim.too_early', 'claim.expired', 'click.after_order', 'click.outside_window',
  'money.invalid', 'money.out_of_range', 'currency.unknown', 'payout.exceeds_order', 'tracked.required',
  'tracked.not_lower', 'items.exceed_order', 'order.returned', 'order.not_online', 'promo.not_allowed',
  'proof.required', 'proof.too_many', 'proof.too_large', 'proof.type_not_allowed', 'proof.invalid_digest',
  'proof.reused', 'comment.required', 'text.too_long', 'text.invalid', 'policy.invalid',
  // section 5: contracts and payouts
  'contract.unknown_event_type', 'contract.invalid', 'promo.no_commission', 'currency.mismatch',
  // section 6: lifecycle
  'lifecycle.transaction_after_approval',
  // section 7: resolutions
  'resolution.required', 'resolution.no_expected_payout', 'resolution.claim_has_errors',
  'resolution.invalid', 'funds.insufficient',
  // section 8: CSV files
  'csv.empty', 'csv.missing_column', 'csv.row_shape', 'csv.unterminated_quote', 'csv.unknown_claim',
  'csv.invalid_action',
  // section 9: ledger
  'ledger.unknown_group', 'ledger.insufficient_balance', 'adjustment.invalid',
  // section 10: packages
  'package.conflict', 'package.too_large', 'package.invalid', 'package.unexpected_entry', 'proof.missing',
  'proof.digest_mismatch',
  // section 11: review queue
  'claim.no_filing_date', 'decision.unknown_claim',
  // section 12: rules
  'rule.invalid',
  // section 13: network files
  'network.id_not_numeric', 'network.too_old', 'network.amount_over_limit',
] as const;
export type IssueCode = (typeof ISSUE_CODES)[number];

/** A finding inside a result (spec section 3). `code` is kept a string: a newer core may add codes. */
export interface Issue {
  severity: Severity;
  code: IssueCode | (string & {});
  /** JSON Pointer into the request, or /rows/N/column for CSV input. */
  path: string;
  /** The core's English sentence with the concrete values (shown in the details line). */
  message: string;
}

// ---------------------------------------------------------------- claims (section 4)

export type ClaimReason = 'untracked' | 'wrong_amount' | 'declined';
export type AttachmentKind = 'order_confirmation' | 'invoice' | 'screenshot' | 'other';

export interface OrderItem {
  sku?: string;
  name?: string;
  quantity?: number;
  category?: string;
  subtotal?: MoneyString;
}

export interface Attachment {
  name: string;
  media_type: string;
  size: number;
  sha256: string;
  kind: AttachmentKind;
}

export interface ClaimMessage {
  from: 'publisher' | 'advertiser';
  on: IsoDate;
  text: string;
}

/**
 * A claim as the core reads it. Every member is optional here because the page sends
 * what the user typed so far: the core says what is missing (claim.required).
 */
export interface Claim {
  id?: string;
  publisher?: { id?: string; name?: string };
  advertiser?: { id?: string; name?: string };
  member_ref?: string;
  reason?: ClaimReason;
  filed_on?: IsoDate;
  order?: {
    id?: string;
    date?: IsoDate;
    amount?: MoneyString;
    currency?: CurrencyCode;
    promo_code?: string;
    completed_online?: boolean;
    returned?: boolean;
    items?: OrderItem[];
  };
  click_date?: IsoDate;
  event_type?: string;
  expected_payout?: MoneyString;
  payout_currency?: CurrencyCode;
  tracked?: { action_id?: string; amount?: MoneyString; payout?: MoneyString; date?: IsoDate };
  comment?: string;
  attachments?: Attachment[];
  messages?: ClaimMessage[];
}

export interface Policy {
  min_wait_days?: number;
  max_age_days?: number;
  proof?: {
    required_for?: ClaimReason[];
    max_files?: number;
    max_file_bytes?: number;
    media_types?: string[];
  };
  promo_codes?: { allowed?: string[] };
  comment_required_for?: ClaimReason[];
  click_window_days?: number;
  /** Section 11: days the advertiser has to answer (absent: no deadline). */
  response_days?: number;
  no_response?: 'accept' | 'decline' | 'nothing';
}

export interface KnownOrder {
  advertiser_id: string;
  order_id: string;
}

export interface ClaimVerdict {
  id: string | null;
  valid: boolean;
  claimable_from: IsoDate | null;
  claimable_until: IsoDate | null;
  issues: Issue[];
}

export interface ValidationSummary {
  total: number;
  valid: number;
  with_errors: number;
  with_warnings: number;
}

export interface ValidateClaimsRequest {
  as_of: IsoDate;
  policy?: Policy;
  claims: Claim[];
  known_orders?: KnownOrder[];
}

export interface ValidateClaimsResult {
  claims: ClaimVerdict[];
  summary: ValidationSummary;
  issues: Issue[];
}

export interface SniffMediaTypeRequest {
  /** Base64 of the file's first bytes, at most 64. */
  head: string;
}
export interface SniffMediaTypeResult {
  media_type: string;
}

// ---------------------------------------------------------------- contracts (section 5)

export interface CommissionTerm {
  percent?: PercentString;
  flat?: MoneyString;
  min?: MoneyString;
  max?: MoneyString;
  categories?: Record<string, { percent: PercentString }>;
}

export type LockRule =
  | { rule: 'days_after_event'; days: number }
  | { rule: 'months_after_event_month'; months: number }
  | { rule: 'day_of_month'; day: number; months: number }
  | { rule: 'immediate' }
  | { rule: 'open_ended' };

export interface Lifecycle {
  lock: LockRule;
  payout?: { days_after_lock: number; business_days?: boolean; holidays?: IsoDate[] };
}

export interface Contract {
  currency: CurrencyCode;
  rounding?: 'half_up' | 'half_even';
  commission: Record<string, CommissionTerm>;
  promo_codes?: { allowed?: string[]; others?: 'no_commission' | 'allowed' };
  lifecycle?: Lifecycle;
}

export interface Fx {
  /** Contract units per unit of the other currency, at most 6 decimals. */
  rate: string;
}

export interface SaleItem {
  sku?: string;
  category?: string;
  subtotal: MoneyString;
}

export interface ComputePayoutRequest {
  contract: Contract;
  event_type: string;
  sale: { amount: MoneyString; currency: CurrencyCode; items?: SaleItem[]; promo_code?: string | null };
  member_share?: PercentString | null;
  fx?: Fx;
}

export interface ComputePayoutResult {
  payout: MoneyString | null;
  member_cashback: MoneyString | null;
  currency: CurrencyCode | null;
  lines: { sku: string | null; base: MoneyString; percent: PercentString; commission: MoneyString }[];
  capped: 'min' | 'max' | null;
  issues: Issue[];
}

// ---------------------------------------------------------------- lifecycle (section 6)

export interface ComputeLifecycleRequest {
  lifecycle: Lifecycle;
  transaction_date: IsoDate;
  approved_on?: IsoDate | null;
  as_of: IsoDate;
}

export interface LifecycleDates {
  lock: IsoDate | null;
  payout: IsoDate | null;
}

export type ActionStatus = 'not_created' | 'pending' | 'locked' | 'paid';

export interface ComputeLifecycleResult {
  scheduled: LifecycleDates;
  effective: LifecycleDates;
  locks_on_approval: boolean | null;
  pays_on_approval: boolean | null;
  status: ActionStatus | null;
  issues: Issue[];
}

// ---------------------------------------------------------------- resolutions (section 7)

export type Decision = 'accept' | 'decline' | 'request_info';
export type PayoutOption = 'expected' | 'specify' | 'generate';
export const DECLINE_REASONS = [
  'already_tracked', 'other_channel', 'other_channel_voucher', 'terms_not_met', 'returned',
  'not_found', 'not_online', 'incomplete_information', 'other',
] as const;
export type DeclineReason = (typeof DECLINE_REASONS)[number];

export interface Resolution {
  decision: Decision;
  transaction_date?: IsoDate | null;
  event_type?: string | null;
  details?: { items?: SaleItem[]; promo_code?: string | null; amount?: MoneyString | null };
  payout_option?: PayoutOption;
  payout_amount?: MoneyString | null;
  decline_reason?: DeclineReason | null;
  message?: string | null;
}

export interface PreviewResolutionRequest {
  as_of: IsoDate;
  contract: Contract;
  policy?: Policy;
  claim: Claim;
  account?: { balance: MoneyString };
  fx?: Fx;
  member_share?: PercentString | null;
  resolution: Resolution;
}

export interface PreviewAction {
  claim_id: string | null;
  transaction_date: IsoDate;
  event_type: string;
  sale_amount: MoneyString | null;
  payout: MoneyString;
  member_cashback: MoneyString | null;
  currency: CurrencyCode;
  adjusts_action_id: string | null;
  reinstates_action_id: string | null;
  lifecycle: Omit<ComputeLifecycleResult, 'issues'> | null;
}

export interface Funds {
  balance_before: MoneyString | null;
  due_on_approval: MoneyString | null;
  balance_after: MoneyString | null;
  sufficient: boolean | null;
}

export interface PreviewResolutionResult {
  decision: Decision | null;
  claim_issues: Issue[];
  action: PreviewAction | null;
  funds: Funds;
  issues: Issue[];
}

// ---------------------------------------------------------------- CSV (section 8)

export interface ImportClaimsCsvRequest {
  /** The file's text; absent when its bytes go beside the request (a payload). */
  csv?: string;
  defaults?: { publisher_id?: string; currency?: CurrencyCode };
  validate?: { as_of: IsoDate; policy?: Policy; known_orders?: KnownOrder[] };
  include_claims?: boolean;
}

export interface ImportClaimsCsvResult {
  claims?: Claim[];
  validation?: ValidateClaimsResult;
  issues: Issue[];
}

/** One advertiser decision, as export_decisions_csv takes it and import_decisions_csv gives it. */
export interface DecisionRecord {
  claim_id: string;
  decision: Decision;
  payout?: MoneyString | null;
  transaction_date?: IsoDate | null;
  decline_reason?: DeclineReason | null;
  message?: string | null;
}

export interface ExportDecisionsCsvRequest {
  claims: Claim[];
  decisions?: DecisionRecord[];
  delimiter?: ',' | ';';
}
export interface ExportDecisionsCsvResult {
  csv: string;
  issues: Issue[];
}

export interface ImportDecisionsCsvRequest {
  csv: string;
  claims?: Claim[];
}
export interface ImportDecisionsCsvResult {
  decisions: DecisionRecord[];
  issues: Issue[];
}

// ---------------------------------------------------------------- ledger (section 9)

export interface Balance {
  member: string;
  available: MoneyString;
}

export interface Adjustment {
  target: { member: string } | { group: string };
  mode: 'relative' | 'absolute';
  amount: MoneyString;
  comment: string;
  date?: IsoDate;
  reference?: string;
}

export interface ApplyAdjustmentsRequest {
  currency: CurrencyCode;
  allow_negative?: boolean;
  balances: Balance[];
  groups?: Record<string, string[]>;
  adjustments: Adjustment[];
}

export interface LedgerEntry {
  adjustment: number;
  member: string;
  before: MoneyString;
  delta: MoneyString;
  after: MoneyString;
  comment: string;
  date?: IsoDate;
  reference?: string;
}

export interface ApplyAdjustmentsResult {
  balances: Balance[];
  entries: LedgerEntry[];
  issues: Issue[];
}

// ---------------------------------------------------------------- packages (section 10)

export interface PackagePublisher {
  id: string;
  name?: string;
}

export interface BuildPackageRequest {
  created_on: IsoDate;
  publisher: PackagePublisher;
  claims: Claim[];
}

export interface PackageEntry {
  name: string;
  sha256: string;
  size: number;
  media_type: string;
}

export interface BuildPackageResult {
  /** The text of claims.json. */
  manifest: string;
  entries: PackageEntry[];
  issues: Issue[];
}

export interface CheckPackageRequest {
  /** The text of claims.json, or null when the ZIP has none. */
  manifest: string | null;
  /** Every ZIP entry but claims.json, with the digest of its bytes. */
  entries: { name: string; size: number; sha256: string }[];
  unpacked_bytes: number;
}

export type ProofStatus = 'ok' | 'missing' | 'mismatch' | 'invalid_digest';

export interface CheckPackageResult {
  package: { created_on: IsoDate; publisher: PackagePublisher } | null;
  claims: Claim[];
  proofs: { claim_id: string | null; attachment: number; entry: string | null; status: ProofStatus }[];
  issues: Issue[];
}

// ---------------------------------------------------------------- review queue (section 11)

export interface ReviewQueueRequest {
  as_of: IsoDate;
  policy?: Policy;
  claims: Claim[];
  decisions?: DecisionRecord[];
}

export interface QueueEntry {
  claim_id: string | null;
  waiting_on: 'advertiser' | 'publisher';
  respond_by: IsoDate | null;
  days_left: number | null;
  overdue: boolean;
  auto_decision: 'accept' | 'decline' | null;
  auto_decision_on: IsoDate | null;
  claimable_until: IsoDate | null;
}

export interface ReviewQueueResult {
  queue: QueueEntry[];
  summary: { open: number; overdue: number; due_within_7_days: number; waiting_on_publisher: number; resolved: number };
  issues: Issue[];
}

// ---------------------------------------------------------------- rules (section 12)

export interface RuleConditions {
  reason?: ClaimReason | ClaimReason[];
  already_tracked?: boolean;
  has_errors?: boolean;
  expected_payout_at_most?: MoneyString;
  waited_days?: number;
}

export type RuleAction =
  | { decision: 'accept'; payout_option: PayoutOption; payout_amount?: MoneyString | null }
  | { decision: 'decline'; decline_reason: DeclineReason }
  | { decision: 'request_info'; message: string };

export interface Rule {
  when: RuleConditions;
  then: RuleAction;
}

export interface SimulateRulesRequest {
  as_of: IsoDate;
  contract: Contract;
  policy?: Policy;
  account?: { balance: MoneyString };
  fx?: Fx;
  member_share?: PercentString | null;
  known_orders?: KnownOrder[];
  claims: Claim[];
  rules: Rule[];
}

export interface SimulateRulesResult {
  claims: { claim_id: string | null; rule: number | null; decision: Decision | null; action: PreviewAction | null; issues: Issue[] }[];
  summary: {
    accepted: number;
    declined: number;
    info_requested: number;
    manual: number;
    payout_total: MoneyString;
    due_on_approval: MoneyString;
    balance_after: MoneyString | null;
    sufficient: boolean | null;
  };
  cash_flow: { date: IsoDate; amount: MoneyString }[];
  issues: Issue[];
}

// ---------------------------------------------------------------- network files (section 13)

export interface ExportNetworkCsvRequest {
  format: 'awin' | 'impact';
  as_of: IsoDate;
  claims: Claim[];
  network_ids?: Record<string, string>;
  /** ±HH:MM, default +00:00. */
  utc_offset?: string;
  response_days?: number;
}

export interface ExportNetworkCsvResult {
  csv: string;
  rows: number;
  issues: Issue[];
}
