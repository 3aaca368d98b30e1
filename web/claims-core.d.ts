// Hand-written types for the facade over the WebAssembly core (claims-core.js).
// Requests and results are the JSON shapes of the domain spec; see docs/operations/.

/** An issue inside a result (spec section 3). */
export interface Issue {
  severity: 'error' | 'warning';
  code: string;
  path: string;
  message: string;
}

/** Thrown when the core answers `ok: false`: the request as a whole was refused. */
export class ClaimsError extends Error {
  readonly name: 'ClaimsError';
  /** Stable dotted code, e.g. "request.invalid". */
  readonly code: string;
  /** JSON Pointer into the request. */
  readonly path: string;
}

export type DateString = string; // YYYY-MM-DD

export interface LockRule {
  rule: 'days_after_event' | 'months_after_event_month' | 'day_of_month' | 'immediate' | 'open_ended';
  days?: number;
  months?: number;
  day?: number;
}

export interface Lifecycle {
  lock: LockRule;
  payout?: { days_after_lock: number; business_days?: boolean; holidays?: DateString[] };
}

export interface LifecycleRequest {
  lifecycle: Lifecycle;
  transaction_date: DateString;
  approved_on?: DateString | null;
  as_of: DateString;
}

export interface LifecycleDates {
  lock: DateString | null;
  payout: DateString | null;
}

export interface LifecycleResult {
  scheduled: LifecycleDates;
  effective: LifecycleDates;
  locks_on_approval: boolean | null;
  pays_on_approval: boolean | null;
  status: 'not_created' | 'pending' | 'locked' | 'paid' | null;
  issues: Issue[];
}

/** Result of `validate_claims` (spec section 4); use as `core.call<ValidateClaimsResult>(...)`. */
export interface ClaimVerdict {
  id: string | null;
  valid: boolean;
  claimable_from: DateString | null;
  claimable_until: DateString | null;
  issues: Issue[];
}

export interface ValidateClaimsResult {
  claims: ClaimVerdict[];
  summary: { total: number; valid: number; with_errors: number; with_warnings: number };
  issues: Issue[];
}

/** Result of `preview_resolution` (spec section 7). Money is canonical decimal strings. */
export interface PreviewAction {
  claim_id: string | null;
  transaction_date: DateString;
  event_type: string;
  sale_amount: string | null;
  payout: string;
  member_cashback: string | null;
  currency: string;
  adjusts_action_id: string | null;
  reinstates_action_id: string | null;
  lifecycle: Omit<LifecycleResult, 'issues'> | null;
}

export interface PreviewResolutionResult {
  decision: 'accept' | 'decline' | 'request_info' | null;
  claim_issues: Issue[];
  action: PreviewAction | null;
  funds: {
    balance_before: string | null;
    due_on_approval: string | null;
    balance_after: string | null;
    sufficient: boolean | null;
  };
  issues: Issue[];
}

/** Result of `import_claims_csv` with `validate` (spec section 8); paths are /rows/N/column. */
export interface ImportClaimsCsvResult {
  claims?: object[];
  validation?: ValidateClaimsResult;
  issues: Issue[];
}

export interface ClaimsCore {
  /** Any operation by name: returns `result`, or throws ClaimsError for `ok: false`. */
  call<T = unknown>(operation: string, request: object): T;
  /** The raw envelope text, for tools that want it byte for byte. */
  dispatchText(operation: string, requestText: string): string;
  /** Media type from the file's first bytes (never from its name). */
  sniffMediaType(head: Uint8Array): string;
  computeLifecycle(request: LifecycleRequest): LifecycleResult;
}

/** Loads the WebAssembly module once; later calls return the same core. */
export function loadClaimsCore(moduleUrl?: string): Promise<ClaimsCore>;

/** Lower-case hex SHA-256 of the bytes (WebCrypto). */
export function sha256Hex(bytes: ArrayBuffer | Uint8Array): Promise<string>;
