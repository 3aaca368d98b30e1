// A claims file being imported, held in the worker, in two steps so that the results come
// first: (1) import_claims_csv with `validate` and without the claims (the core's fast
// path): every claim's verdict on the default policy, orders and claim ids already in the
// workspace counted as known, each claim's state (ready, needs proof, to fix) — the page
// shows counts, kinds of issue and rows; (2) the claims themselves (import_claims_csv
// again, without validation: the same rows in the same order), then advertisers with a
// policy of their own checked again with it. Together they take less time than one call
// returning both (the core writes claims and verdicts faster apart). The page reads the
// rows a page at a time, fixes rows in place once the claims are there, then adds the good
// ones (and, if asked, the rest as drafts) to the workspace.
import type { Claim, ClaimVerdict, Issue, IsoDate, KnownOrder } from '../../../core/types.ts';
import type { TaskContext } from '../../../core/tasks.ts';
import type { ClaimRecord, Settings } from '../../../store/schema.ts';
import { policyFor } from '../../../store/defaults.ts';
import type { ImportFilter, ImportResult, ImportRow, ImportRowState, ImportSummary } from './protocol.ts';
import { importRowState } from './listQuery.ts';
import { lineOfPath, rowPathOf } from './csvColumns.ts';
import type { ClaimIndex } from './claimIndex.ts';

interface Session {
  id: number;
  name: string;
  /** Null until step 2 has read them. */
  claims: Claim[] | null;
  /** The file's bytes and defaults, kept for step 2 only. */
  source: { csv: Uint8Array; defaults: { publisher_id?: string; currency?: string }; asOf: IsoDate } | null;
  verdicts: ClaimVerdict[];
  lines: (number | null)[];
  states: ImportRowState[];
  fixed: Set<number>;
  fileIssues: Issue[];
  imported: boolean;
}

let current: Session | null = null;
let nextId = 1;

function session(id: number): Session {
  if (!current || current.id !== id) throw new Error('This file is no longer open: pick it again.');
  return current;
}

/** Orders and claim ids already in the workspace: a file imported twice is caught. */
async function known(context: TaskContext, index: ClaimIndex): Promise<{ orders: KnownOrder[]; ids: Set<string> }> {
  const records = await index.records(context);
  const orders: KnownOrder[] = [];
  const ids = new Set<string>();
  for (const { claim } of records.values()) {
    if (claim.advertiser?.id && claim.order?.id) orders.push({ advertiser_id: claim.advertiser.id, order_id: claim.order.id });
    if (claim.id) ids.add(claim.id);
  }
  return { orders, ids };
}

/** A claim's path in the file: "/claims/3/order/date" → "/rows/<line>/order_date" when the line and a column are known. */
function toFilePath(path: string, line: number | null): string {
  const m = /^\/claims\/\d+(\/.*)?$/.exec(path);
  if (!m || line === null) return path;
  return rowPathOf(m[1] ?? '', line) ?? `/rows/${line}`;
}

/** A claim's own claims-path, for a claim with no known line: "/claims/0/x" → "/claims/<index>/x". */
const reindex = (path: string, index: number): string => path.replace(/^\/claims\/\d+/, `/claims/${index}`);

function idTaken(id: string, line: number | null, index: number): Issue {
  return {
    severity: 'error', code: 'claim.duplicate_id', path: line === null ? `/claims/${index}/id` : `/rows/${line}/claim_id`,
    message: `Claim id "${id.slice(0, 64)}" is already in this workspace.`,
  };
}

/** The verdict with the workspace's claim ids taken into account. */
function withTakenId(verdict: ClaimVerdict, id: string | null | undefined, ids: Set<string>, line: number | null, index: number): ClaimVerdict {
  if (!id || !ids.has(id) || verdict.issues.some((i) => i.code === 'claim.duplicate_id')) return verdict;
  return { ...verdict, valid: false, issues: [idTaken(id, line, index), ...verdict.issues] };
}

export async function checkFile(
  context: TaskContext, index: ClaimIndex,
  input: { file: Blob; name: string; defaults: { publisher_id?: string; currency?: string }; as_of: IsoDate },
): Promise<ImportSummary> {
  current = null; // the previous file's rows are let go before the new one is read
  const workspace = await context.workspace();
  const policies = await workspace.getSetting('policies');
  const { orders, ids } = await known(context, index);
  // The file's bytes go to the core as they are, beside the request (never as a string).
  const csv = new Uint8Array(await input.file.arrayBuffer());
  const result = await context.call('import_claims_csv', {
    defaults: input.defaults, include_claims: false, validate: { as_of: input.as_of, policy: policies.default, known_orders: orders },
  }, { payload: csv, onProgress: context.progress });
  const verdicts = result.validation?.claims ?? [];
  const lines = verdicts.map((v) => v.issues.map((i) => lineOfPath(i.path)).find((n) => n !== null) ?? null);
  const checked = verdicts.map((v, i) => withTakenId(v, v.id, ids, lines[i] ?? null, i));
  current = {
    id: nextId++, name: input.name, claims: null, source: { csv, defaults: input.defaults, asOf: input.as_of },
    verdicts: checked, lines, states: checked.map(importRowState), fixed: new Set(),
    fileIssues: [...result.issues, ...(result.validation?.issues ?? [])], imported: false,
  };
  return summary(current);
}

/** Step 2: the claims themselves, then the advertisers' own policies. */
export async function details(context: TaskContext, index: ClaimIndex, input: { session: number }): Promise<ImportSummary> {
  const s = session(input.session);
  if (s.claims || !s.source) return summary(s);
  const { csv, defaults, asOf } = s.source;
  const result = await context.call('import_claims_csv', { defaults }, { payload: csv });
  const claims = result.claims ?? [];
  if (claims.length !== s.verdicts.length) throw new Error(`The file gave ${claims.length} claims, then ${s.verdicts.length} checks.`);
  const policies = await (await context.workspace()).getSetting('policies');
  if (Object.keys(policies.by_advertiser).length) {
    const { orders, ids } = await known(context, index);
    const own = s.verdicts.slice();
    await recheckOwnPolicies(context, policies, claims, own, s.lines, asOf, orders);
    own.forEach((v, i) => {
      if (v === s.verdicts[i]) return; // not rechecked
      s.verdicts[i] = withTakenId(v, v.id, ids, s.lines[i] ?? null, i);
      s.states[i] = importRowState(s.verdicts[i] as ClaimVerdict);
    });
  }
  s.claims = claims;
  s.source = null;
  return summary(s);
}

/** Claims of advertisers with a policy of their own are judged by it, not by the default. */
async function recheckOwnPolicies(
  context: TaskContext, policies: Settings['policies'], claims: Claim[], verdicts: ClaimVerdict[], lines: (number | null)[],
  asOf: IsoDate, orders: KnownOrder[],
): Promise<void> {
  const own = new Map<string, number[]>();
  claims.forEach((claim, i) => {
    const id = claim.advertiser?.id;
    if (id && policies.by_advertiser[id]) own.set(id, [...(own.get(id) ?? []), i]);
  });
  for (const [advertiser, indices] of own) {
    const result = await context.call('validate_claims', {
      as_of: asOf, policy: policyFor(policies, advertiser), claims: indices.map((i) => claims[i] as Claim), known_orders: orders,
    });
    indices.forEach((claimIndex, j) => {
      const verdict = result.claims[j];
      if (!verdict) return;
      const line = lines[claimIndex] ?? null;
      verdicts[claimIndex] = {
        ...verdict,
        issues: verdict.issues.map((i) => ({ ...i, path: line === null ? reindex(i.path, claimIndex) : toFilePath(i.path, line) })),
      };
    });
  }
}

function summary(s: Session): ImportSummary {
  const counts = { ready: 0, needs_proof: 0, to_fix: 0, warnings: 0 };
  const kinds = new Map<string, { severity: 'error' | 'warning'; rows: number }>();
  s.verdicts.forEach((verdict, i) => {
    counts[s.states[i] ?? 'to_fix'] += 1;
    if (verdict.issues.some((issue) => issue.severity === 'warning')) counts.warnings += 1;
    const seen = new Set<string>();
    for (const issue of verdict.issues) {
      const kind = kinds.get(issue.code) ?? { severity: issue.severity, rows: 0 };
      if (issue.severity === 'error') kind.severity = 'error';
      if (!seen.has(issue.code)) kind.rows += 1;
      seen.add(issue.code);
      kinds.set(issue.code, kind);
    }
  });
  return {
    session: s.id, file: s.name, total: s.verdicts.length, details: s.claims !== null, counts,
    kinds: [...kinds].map(([code, k]) => ({ code, ...k })).sort((a, b) => (a.severity !== b.severity ? (a.severity === 'error' ? -1 : 1) : b.rows - a.rows)),
    file_issues: s.fileIssues, imported: s.imported,
  };
}

const rowOf = (s: Session, index: number): ImportRow => ({
  index, line: s.lines[index] ?? null, claim: s.claims?.[index] ?? { id: s.verdicts[index]?.id ?? undefined },
  verdict: s.verdicts[index] as ClaimVerdict,
  state: s.states[index] ?? 'to_fix', fixed: s.fixed.has(index),
});

function keeps(s: Session, index: number, filter: ImportFilter): boolean {
  const state = s.states[index];
  const verdict = s.verdicts[index];
  if (filter.state === 'warnings') {
    if (!verdict?.issues.some((i) => i.severity === 'warning')) return false;
  } else if (filter.state && state !== filter.state) return false;
  if (filter.code && !verdict?.issues.some((i) => i.code === filter.code)) return false;
  return true;
}

export function page(input: { session: number; filter: ImportFilter; offset: number; limit: number }): { rows: ImportRow[]; total: number } {
  const s = session(input.session);
  const rows: ImportRow[] = [];
  let total = 0;
  for (let i = 0; i < s.verdicts.length; i++) {
    if (!keeps(s, i, input.filter)) continue;
    if (total >= input.offset && rows.length < input.limit) rows.push(rowOf(s, i));
    total += 1;
  }
  return { rows, total };
}

/** One row changed on the page: checked again with its advertiser's policy and what the workspace knows. */
export async function fix(
  context: TaskContext, index: ClaimIndex, input: { session: number; index: number; claim: Claim; as_of: IsoDate },
): Promise<{ row: ImportRow; summary: ImportSummary }> {
  const s = session(input.session);
  if (!s.claims) throw new Error('The claims are still being read.');
  if (input.index < 0 || input.index >= s.claims.length) throw new Error('No such row.');
  const policies = await (await context.workspace()).getSetting('policies');
  const { orders, ids } = await known(context, index);
  const line = s.lines[input.index] ?? null;
  const result = await context.call('validate_claims', {
    as_of: input.as_of, policy: policyFor(policies, input.claim.advertiser?.id), claims: [input.claim], known_orders: orders,
  });
  const again: ClaimVerdict = result.claims[0] ?? { id: input.claim.id ?? null, valid: false, claimable_from: null, claimable_until: null, issues: result.issues };
  const placed: ClaimVerdict = {
    ...again,
    issues: again.issues.map((i) => ({ ...i, path: line === null ? reindex(i.path, input.index) : toFilePath(i.path, line) })),
  };
  const checked = withTakenId(placed, input.claim.id, ids, line, input.index);
  s.claims[input.index] = input.claim;
  s.verdicts[input.index] = checked;
  s.states[input.index] = importRowState(checked);
  s.fixed.add(input.index);
  return { row: rowOf(s, input.index), summary: summary(s) };
}

/** Adds the file's claims to the workspace: ready ones as "ready", the others as drafts. */
export async function commit(context: TaskContext, index: ClaimIndex, input: { session: number; include_problems: boolean }): Promise<ImportResult> {
  const s = session(input.session);
  if (s.imported) throw new Error('These claims were added already.');
  if (!s.claims) throw new Error('The claims are still being read.');
  const workspace = await context.workspace();
  const result: ImportResult = { added: 0, ready: 0, needs_proof: 0, drafts: 0 };
  const records: ClaimRecord[] = [];
  s.claims.forEach((claim, i) => {
    const state = s.states[i] ?? 'to_fix';
    if (state === 'to_fix' && !input.include_problems) return;
    const record = workspace.newClaim(claim, 'csv');
    if (state === 'ready') { record.status = 'ready'; result.ready += 1; }
    else if (state === 'needs_proof') result.needs_proof += 1;
    else result.drafts += 1;
    records.push(record);
  });
  try {
    await workspace.addClaims(records, context.progress);
  } finally {
    index.changed(null);
  }
  result.added = records.length;
  s.imported = true;
  return result;
}
