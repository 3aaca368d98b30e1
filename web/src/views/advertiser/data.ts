// What every page of the advertiser view reads: the files opened, the claims they hold, the
// decisions recorded, the settings (contract, policy, balance, rules, known orders), and the
// core's review of the whole inbox (validate_claims verdicts and review_queue deadlines),
// computed once for all pages and again when any of it changes, in this tab or another.
import { createContext } from 'preact';
import { useContext, useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { useApp } from '../../app/context.ts';
import { ClaimsError } from '../../core/errors.ts';
import type { ClaimVerdict, Contract, KnownOrder, Policy, QueueEntry, ReviewQueueResult, Rule } from '../../core/types.ts';
import type { DecisionStored, PackageRecord, Settings } from '../../store/schema.ts';
import { listDecisions, listFiles, receivedClaims, type ReceivedClaim } from './inbox.ts';
import { withProofIssues } from './proofCheck.ts';
import { signOf, subtractMoney, sumMoney } from './money.ts';

export interface Review {
  /** validate_claims' verdict per received claim (same order as `claims`). */
  verdicts: ClaimVerdict[];
  /** review_queue's entry per received claim (null: resolved, not queued). */
  queue: (QueueEntry | null)[];
  summary: ReviewQueueResult['summary'];
}

export interface AdvertiserSettings {
  contract: Contract;
  policy: Policy;
  account: Settings['account'];
  rules: Rule[];
  knownOrders: KnownOrder[];
}

export interface AdvertiserData {
  files: PackageRecord[] | null;
  claims: ReceivedClaim[];
  decisions: Map<string, DecisionStored>;
  settings: AdvertiserSettings | null;
  review: Review | null;
  /** The claim ids whose proofs failed check_package (missing, or not the bytes the claim names). */
  tampered: Set<string>;
  /** Why the review could not be made (the core refused the request). */
  reviewProblem: ClaimsError | null;
}

export const AdvertiserDataContext = createContext<AdvertiserData | null>(null);

export function useAdvertiser(): AdvertiserData {
  const value = useContext(AdvertiserDataContext);
  if (!value) throw new Error('useAdvertiser outside the advertiser view');
  return value;
}

async function loadSettings(workspace: ReturnType<typeof useApp>['workspace']): Promise<AdvertiserSettings> {
  const [contract, policy, account, rules, knownOrders] = await Promise.all([
    workspace.getSetting('contract'), workspace.getSetting('advertiser_policy'), workspace.getSetting('account'),
    workspace.getSetting('auto_rules'), workspace.getSetting('known_orders'),
  ]);
  return { contract, policy, account, rules, knownOrders };
}

/** Loads and follows everything above; used once, by AdvertiserView. */
export function useAdvertiserData(): AdvertiserData {
  const { workspace, core, asOf } = useApp();
  const [files, setFiles] = useState<PackageRecord[] | null>(null);
  const [decisions, setDecisions] = useState<Map<string, DecisionStored>>(new Map());
  const [settings, setSettings] = useState<AdvertiserSettings | null>(null);
  const [review, setReview] = useState<Review | null>(null);
  const [reviewProblem, setReviewProblem] = useState<ClaimsError | null>(null);

  useEffect(() => {
    let live = true;
    const ignore = () => undefined; // storage refusals are shown by the shell's banner
    const loadFiles = () => void listFiles(workspace).then((f) => { if (live) setFiles(f); }, ignore);
    const loadDecisions = () => void listDecisions(workspace).then((d) => { if (live) setDecisions(d); }, ignore);
    const loadAll = () => void loadSettings(workspace).then((s) => { if (live) setSettings(s); }, ignore);
    loadFiles(); loadDecisions(); loadAll();
    const off = workspace.onChange((c) => {
      if (c.store === 'packages') loadFiles();
      if (c.store === 'decisions') loadDecisions();
      if (c.store === 'settings') loadAll();
    });
    return () => { live = false; off(); };
  }, [workspace]);

  const claims = useMemo(() => receivedClaims(files ?? []), [files]);

  // The review of the whole inbox: one validate_claims and one review_queue call.
  const seq = useRef(0);
  useEffect(() => {
    if (!settings || files === null) return;
    const mine = ++seq.current;
    const list = claims.map((c) => c.claim);
    const ids = new Set(list.map((c) => c.id));
    const recorded = [...decisions.values()].filter((d) => ids.has(d.claim_id)).map((d) => d.decision);
    const handle = setTimeout(() => {
      Promise.all([
        core.call('validate_claims', { as_of: asOf, policy: settings.policy, claims: list, known_orders: settings.knownOrders }),
        core.call('review_queue', { as_of: asOf, policy: settings.policy, claims: list, decisions: recorded }),
      ]).then(([validation, queue]) => {
        if (mine !== seq.current) return;
        setReview({ verdicts: validation.claims.map((v, at) => withProofIssues(v, claims[at]?.proofIssues ?? [], at)), queue: alignQueue(list.map((c) => c.id ?? null), queue.queue, recorded), summary: queue.summary });
        setReviewProblem(null);
      }, (e: unknown) => {
        if (mine !== seq.current) return;
        setReview(null);
        setReviewProblem(e instanceof ClaimsError ? e : new ClaimsError('client.task_failed', '', String(e)));
      });
    }, 50);
    return () => clearTimeout(handle);
  }, [core, asOf, claims, decisions, settings, files]);

  const tampered = useMemo(() => new Set(claims.flatMap((c) => (c.proofIssues.length && typeof c.claim.id === 'string' ? [c.claim.id] : []))), [claims]);
  return { files, claims, decisions, settings, review, reviewProblem, tampered };
}

/**
 * review_queue's entries are sorted by deadline and name claims by id; this puts each back
 * beside its claim (the n-th entry of an id goes to the n-th queued claim of that id;
 * claims with an accept or decline decision are resolved: null).
 */
export function alignQueue(ids: readonly (string | null)[], queue: readonly QueueEntry[], decisions: readonly { claim_id: string; decision: string }[]): (QueueEntry | null)[] {
  const resolved = new Set<string>();
  for (const d of decisions) {
    if (d.decision === 'accept' || d.decision === 'decline') resolved.add(d.claim_id);
    else resolved.delete(d.claim_id);
  }
  const byId = new Map<string | null, QueueEntry[]>();
  for (const entry of queue) byId.set(entry.claim_id, [...(byId.get(entry.claim_id) ?? []), entry]);
  return ids.map((id) => (id !== null && resolved.has(id) ? null : byId.get(id)?.shift() ?? null));
}

/** The funds already promised: the payouts due on approval of the accepts recorded since the balance was set. */
export function committedFunds(decisions: Iterable<DecisionStored>, account: Settings['account'], exceptClaim?: string): { total: string; count: number } {
  const due: string[] = [];
  for (const d of decisions) {
    if (d.claim_id === exceptClaim || d.decision.decision !== 'accept' || !d.due_on_approval) continue;
    if (account.since && d.decided_on < account.since) continue;
    if (signOf(d.due_on_approval) !== 0) due.push(d.due_on_approval);
  }
  return { total: sumMoney(due, '0') ?? '0', count: due.length };
}

/** The balance left for new decisions: the account's, less what recorded accepts take. */
export function availableBalance(decisions: Iterable<DecisionStored>, account: Settings['account'], exceptClaim?: string): string {
  const committed = committedFunds(decisions, account, exceptClaim);
  return committed.count ? subtractMoney(account.balance, committed.total) ?? account.balance : account.balance;
}
