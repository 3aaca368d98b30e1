// The publisher's work in the core's worker: what the page asks (input) and what comes
// back (output), task by task. The heavy parts — every claim of the workspace, a 100,000-row
// CSV file, proof bytes, packages — stay in the worker; the page gets one page of rows,
// counts and finished files. Handlers: tasks.ts. The page calls them with
// `core.task('claims_query', {...})`.
import type { Claim, ClaimReason, ClaimVerdict, Issue, IsoDate } from '../../../core/types.ts';
import type { ClaimRecord, ClaimStatus, SendFormat } from '../../../store/schema.ts';

/** What the claims list shows as a claim's state: its status, with drafts that only lack proof told apart. */
export const CLAIM_STATES = ['draft', 'needs_proof', 'ready', 'sent', 'info_requested', 'accepted', 'declined'] as const;
export type ClaimState = (typeof CLAIM_STATES)[number];

/** One claim as the list shows it. */
export interface ClaimRow {
  key: string;
  status: ClaimStatus;
  state: ClaimState;
  claim: Claim;
  origin: ClaimRecord['origin'];
  /** Error and warning issues on the as-of day (validate_claims, the advertiser's policy). */
  errors: number;
  warnings: number;
  /** The distinct issue codes, errors first. */
  codes: string[];
  claimable_from: IsoDate | null;
  claimable_until: IsoDate | null;
  /** Still to send, and the window closed before the as-of day. */
  late: boolean;
  updated_at: string;
}

export interface ClaimFilter {
  state?: ClaimState;
  advertiser?: string;
  reason?: ClaimReason;
  /** Words that must all appear in the claim's id, member, order id, advertiser or comment. */
  search?: string;
  late?: boolean;
}

export const CLAIM_SORT_KEYS = ['updated', 'id', 'state', 'member', 'advertiser', 'order', 'amount', 'reason', 'until'] as const;
export type ClaimSortKey = (typeof CLAIM_SORT_KEYS)[number];
export interface ClaimSort {
  key: ClaimSortKey;
  dir: 'asc' | 'desc';
}

export interface ClaimsPage {
  rows: ClaimRow[];
  /** Where the page starts (the one asked for, or the last page when that is past the end). */
  offset: number;
  /** Claims matching the filter. */
  total: number;
  /** Claims in the workspace. */
  all: number;
  /** Claims per state, and late ones, in the whole workspace. */
  counts: Record<ClaimState, number>;
  late: number;
  /** Every advertiser id met, sorted (for the filter). */
  advertisers: string[];
}

// ---------------------------------------------------------------- CSV import

export type ImportRowState = 'ready' | 'needs_proof' | 'to_fix';

export interface ImportRow {
  /** The claim's place among the file's claims. */
  index: number;
  /** The file line the claim starts on, when an issue names it. */
  line: number | null;
  claim: Claim;
  verdict: ClaimVerdict;
  state: ImportRowState;
  /** Changed on the page since the file was read. */
  fixed: boolean;
}

export interface ImportSummary {
  session: number;
  file: string;
  /** Claims read from the file (rows with the wrong shape are file issues, not claims). */
  total: number;
  /** The claims themselves are read (step 2): rows show every column; fixing and adding work. */
  details: boolean;
  counts: Record<ImportRowState, number> & { warnings: number };
  /** Each issue code met, with the number of rows that have it. */
  kinds: { code: string; severity: 'error' | 'warning'; rows: number }[];
  /** Issues about the file as a whole (missing columns, rows with the wrong shape). */
  file_issues: Issue[];
  /** The claims were added to the workspace already. */
  imported: boolean;
}

export interface ImportFilter {
  state?: ImportRowState | 'warnings';
  /** Rows having this issue code. */
  code?: string;
}

export interface ImportResult {
  added: number;
  ready: number;
  needs_proof: number;
  drafts: number;
}

// ---------------------------------------------------------------- proofs in bulk

export interface ProofMatch {
  /** The file's place in the list given. */
  file: number;
  name: string;
  size: number;
  claim_key: string | null;
  claim_id: string | null;
  order_id: string | null;
  /** Why it cannot be attached: no claim's order id in the name, several, or over the program's size limit. */
  problem: 'no_match' | 'ambiguous' | 'too_large' | null;
  /** The program's limit, for `too_large`. */
  max_bytes: number | null;
}

export interface ProofsAttached {
  attached: number;
  claims: number;
  /** Claims that became ready to send once their proof was attached. */
  ready: number;
  /** Files not attached, with the reason. */
  skipped: { name: string; problem: ProofMatch['problem'] | 'unreadable' }[];
  /** The claims as they were before, for an undo. */
  before: ClaimRecord[];
}

// ---------------------------------------------------------------- sending

export interface SendOptions {
  keys: string[] | null;
  format: SendFormat;
  as_of: IsoDate;
  /** Claims CSV: the field delimiter (the locale's: ";" where decimals take a comma). */
  delimiter?: ',' | ';';
  /** impact.com: the publisher's offset from UTC, ±HH:MM. */
  utc_offset?: string;
  /** impact.com: days the advertiser has to answer (the resolution deadline). */
  response_days?: number;
}

export type SendExclusion = 'draft' | 'needs_proof' | 'has_errors' | 'answered' | 'left_out';

export interface SendResult {
  /** The file to download, or null when nothing could go in it. */
  file: Blob | null;
  name: string;
  /** The claims in the file. */
  included: string[];
  /** Claims not in the file, and why (the first 200; `excluded_count` has them all). */
  excluded: { key: string; id: string | null; why: SendExclusion; codes: string[] }[];
  excluded_count: number;
  /** The core's issues about claims in (or left out of) the file, with the claim they concern. */
  issues: { key: string | null; id: string | null; issue: Issue }[];
  /** Network files: advertisers written with their own id because the settings map none. */
  unmapped: string[];
  /** Packages: proof files whose bytes are not in this browser (the package is not built). */
  missing_proofs: { id: string | null; name: string }[];
  /** Packages: the workspace has no publisher id (Settings). */
  no_publisher: boolean;
}

// ---------------------------------------------------------------- answers

export interface AnswerRow {
  claim_id: string;
  key: string | null;
  current: ClaimStatus | null;
  next: ClaimStatus | null;
  decision: 'accept' | 'decline' | 'request_info';
  payout: string | null;
  currency: string | null;
  decline_reason: string | null;
  message: string | null;
  /** Not applied: no claim with this id, or several. */
  problem: 'unknown' | 'ambiguous' | null;
}

export interface AnswersPreview {
  session: number;
  file: string;
  rows: AnswerRow[];
  counts: { accept: number; decline: number; request_info: number; problems: number };
  issues: Issue[];
}

export interface AnswersApplied {
  applied: number;
  accepted: number;
  before: ClaimRecord[];
}

export interface PublisherTasks {
  /** The page heard claims or settings change: the worker's list re-reads them on the next query. */
  claims_changed: { input: { keys: string[] | null; settings?: boolean }; output: null };
  claims_query: { input: { as_of: IsoDate; filter: ClaimFilter; sort: ClaimSort; offset: number; limit: number }; output: ClaimsPage };
  /** Every key matching a filter (to select them all). */
  claims_keys: { input: { as_of: IsoDate; filter: ClaimFilter; sort: ClaimSort }; output: { keys: string[] } };
  /** Writes earlier versions of claims back (an undo of a bulk change). */
  claims_revert: { input: { records: ClaimRecord[] }; output: { restored: number } };

  import_check: { input: { file: Blob; name: string; defaults: { publisher_id?: string; currency?: string }; as_of: IsoDate }; output: ImportSummary };
  import_details: { input: { session: number }; output: ImportSummary };
  import_page: { input: { session: number; filter: ImportFilter; offset: number; limit: number }; output: { rows: ImportRow[]; total: number } };
  import_fix: { input: { session: number; index: number; claim: Claim; as_of: IsoDate }; output: { row: ImportRow; summary: ImportSummary } };
  import_commit: { input: { session: number; include_problems: boolean }; output: ImportResult };

  proofs_match: { input: { names: { name: string; size: number }[]; keys: string[] | null; as_of: IsoDate }; output: { matches: ProofMatch[]; candidates: number } };
  proofs_attach: { input: { files: Blob[]; matches: ProofMatch[]; as_of: IsoDate }; output: ProofsAttached };

  send_build: { input: SendOptions; output: SendResult };
  send_mark: { input: { keys: string[]; format: SendFormat; file: string; as_of: IsoDate }; output: { marked: number; before: ClaimRecord[] } };

  answers_read: { input: { file: Blob; name: string }; output: AnswersPreview };
  answers_apply: { input: { session: number; as_of: IsoDate }; output: AnswersApplied };
}
