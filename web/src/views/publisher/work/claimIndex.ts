// Every claim of the workspace, held in the worker for the claims list: read from IndexedDB
// once, then only the records the page says changed; each claim still on the publisher's
// side checked by validate_claims on the as-of day with its advertiser's policy (all claims
// of one policy in one request, in the order they were created, so a later claim for the
// same order is the one flagged). Claims already sent or answered are not checked again:
// their orders are the request's known_orders (already claimed).
// The page asks for one page of rows at a time, so a workspace of 100,000 claims never
// crosses to the page whole.
import type { Claim, ClaimVerdict, IsoDate, KnownOrder } from '../../../core/types.ts';
import { ClaimsError } from '../../../core/errors.ts';
import type { ClaimRecord, ClaimStatus, Settings } from '../../../store/schema.ts';
import type { TaskContext } from '../../../core/tasks.ts';
import { CLAIM_STATES, type ClaimFilter, type ClaimRow, type ClaimSort, type ClaimState, type ClaimsPage } from './protocol.ts';
import { OPEN_STATES, claimState, comparator, issueCodes, matches, searchText } from './listQuery.ts';

/** Statuses on the publisher's side: checked. The others were sent or answered. */
const OPEN_STATUSES: ReadonlySet<ClaimStatus> = new Set(['draft', 'ready', 'info_requested']);

interface Indexed {
  row: ClaimRow;
  text: string;
}

export class ClaimIndex {
  #records: Map<string, ClaimRecord> | null = null;
  #pending = new Set<string>();
  #policies: Settings['policies'] | null = null;
  #rows: Indexed[] | null = null;
  #asOf: IsoDate | null = null;

  /** The page heard a change: re-read these records (null: all of them) before the next answer. */
  changed(keys: readonly string[] | null, settings = false): void {
    if (keys === null) this.#records = null;
    else for (const key of keys) this.#pending.add(key);
    if (settings) this.#policies = null;
    if (keys === null || keys.length || settings) this.#rows = null;
  }

  /** Every claim record (re-read where needed). */
  async records(context: TaskContext): Promise<Map<string, ClaimRecord>> {
    const workspace = await context.workspace();
    if (!this.#records) {
      const all = await workspace.guard(() => workspace.db.getAll('claims'));
      this.#records = new Map(all.map((r) => [r.key, r]));
      this.#pending.clear();
    } else if (this.#pending.size) {
      const keys = [...this.#pending];
      this.#pending.clear();
      const found = await workspace.getClaims(keys);
      keys.forEach((key, i) => {
        const record = found[i];
        if (record) this.#records?.set(key, record);
        else this.#records?.delete(key);
      });
    }
    return this.#records;
  }

  /** Every claim as a list row, checked on `asOf`. */
  async rows(context: TaskContext, asOf: IsoDate): Promise<ClaimRow[]> {
    return (await this.#indexed(context, asOf)).map((i) => i.row);
  }

  async #indexed(context: TaskContext, asOf: IsoDate): Promise<Indexed[]> {
    const before = this.#records;
    const pending = this.#pending.size;
    const records = await this.records(context);
    if (before !== records || pending) this.#rows = null;
    if (!this.#policies) {
      this.#policies = await (await context.workspace()).getSetting('policies');
      this.#rows = null;
    }
    if (this.#rows && this.#asOf === asOf) return this.#rows;
    const list = [...records.values()].sort((a, b) => (a.created_at < b.created_at ? -1 : a.created_at > b.created_at ? 1 : a.key < b.key ? -1 : 1));
    const open = list.filter((r) => OPEN_STATUSES.has(r.status));
    const known: KnownOrder[] = list.filter((r) => !OPEN_STATUSES.has(r.status) && r.claim.advertiser?.id && r.claim.order?.id)
      .map((r) => ({ advertiser_id: r.claim.advertiser?.id as string, order_id: r.claim.order?.id as string }));
    const checked = await checkAll(context, open.map((r) => r.claim), this.#policies, asOf, known);
    const verdicts = new Map(open.map((r, i) => [r.key, checked[i] ?? null]));
    this.#rows = list.map((record) => {
      const row = toRow(record, verdicts.get(record.key) ?? null, asOf);
      return { row, text: searchText(row) };
    });
    this.#asOf = asOf;
    return this.#rows;
  }

  async query(context: TaskContext, input: { as_of: IsoDate; filter: ClaimFilter; sort: ClaimSort; offset: number; limit: number }): Promise<ClaimsPage> {
    const all = await this.#indexed(context, input.as_of);
    const kept = all.filter((i) => matches(i.row, i.text, input.filter)).map((i) => i.row);
    kept.sort(comparator(input.sort));
    const counts = Object.fromEntries(CLAIM_STATES.map((s) => [s, 0])) as Record<ClaimState, number>;
    let late = 0;
    const advertisers = new Set<string>();
    for (const { row } of all) {
      counts[row.state] += 1;
      if (row.late) late += 1;
      if (row.claim.advertiser?.id) advertisers.add(row.claim.advertiser.id);
    }
    // A page past the end (claims deleted meanwhile) becomes the last page.
    const limit = Math.max(1, input.limit);
    const offset = input.offset < kept.length ? Math.max(0, input.offset) : Math.max(0, Math.floor((kept.length - 1) / limit) * limit);
    return {
      rows: kept.slice(offset, offset + limit),
      offset,
      total: kept.length,
      all: all.length,
      counts,
      late,
      advertisers: [...advertisers].sort(),
    };
  }

  async keys(context: TaskContext, input: { as_of: IsoDate; filter: ClaimFilter; sort: ClaimSort }): Promise<string[]> {
    const all = await this.#indexed(context, input.as_of);
    return all.filter((i) => matches(i.row, i.text, input.filter)).map((i) => i.row).sort(comparator(input.sort)).map((r) => r.key);
  }
}

function toRow(record: ClaimRecord, verdict: ClaimVerdict | null, asOf: IsoDate): ClaimRow {
  const issues = verdict?.issues ?? [];
  const errors = issues.filter((i) => i.severity === 'error').length;
  const state = claimState(record.status, verdict);
  const until = verdict?.claimable_until ?? null;
  return {
    key: record.key,
    status: record.status,
    state,
    claim: record.claim,
    origin: record.origin,
    errors,
    warnings: issues.length - errors,
    codes: issueCodes(issues),
    claimable_from: verdict?.claimable_from ?? null,
    claimable_until: until,
    late: OPEN_STATES.has(state) && until !== null && until < asOf,
    updated_at: record.updated_at,
  };
}

/**
 * validate_claims for claims of many advertisers: one request per policy (an advertiser's
 * own, else the default), verdicts back in the claims' order. A request the core refuses
 * as a whole (a malformed policy) leaves its claims without a verdict.
 */
export async function checkAll(
  context: TaskContext, claims: readonly Claim[], policies: Settings['policies'], asOf: IsoDate, knownOrders: KnownOrder[] = [],
): Promise<(ClaimVerdict | null)[]> {
  const groups = new Map<string, number[]>();
  claims.forEach((claim, i) => {
    const id = claim.advertiser?.id;
    const group = id && policies.by_advertiser[id] ? `adv:${id}` : 'default';
    const list = groups.get(group);
    if (list) list.push(i);
    else groups.set(group, [i]);
  });
  const verdicts: (ClaimVerdict | null)[] = claims.map(() => null);
  for (const [group, indices] of groups) {
    const policy = group === 'default' ? policies.default : policies.by_advertiser[group.slice(4)] ?? policies.default;
    try {
      const result = await context.call('validate_claims', {
        as_of: asOf, policy, claims: indices.map((i) => claims[i] as Claim), ...(knownOrders.length ? { known_orders: knownOrders } : {}),
      });
      indices.forEach((claimIndex, j) => { verdicts[claimIndex] = result.claims[j] ?? null; });
    } catch (e) {
      if (!(e instanceof ClaimsError)) throw e;
    }
  }
  return verdicts;
}
