// Turning simulate_rules' outcome into decisions to record (bulk decisions and "apply these
// decisions as mine" on the rules page share it).
import type { Claim, IsoDate, PreviewAction, Resolution, RuleAction, SimulateRulesResult } from '../../core/types.ts';
import type { DecisionStored } from '../../store/schema.ts';
import { sumMoney } from './money.ts';

export type NewDecision = Omit<DecisionStored, 'rev' | 'updated_at'>;

/** What leaves the account on the approval day for this action: its payout when it pays on approval. */
export const dueOf = (action: PreviewAction | null | undefined, zero = '0'): string =>
  action?.lifecycle?.pays_on_approval ? action.payout : zero;

/** The resolution a rule's `then` stands for (what the claim page shows when the claim is opened again). */
export function resolutionOf(then: RuleAction): Resolution {
  if (then.decision === 'accept') return { decision: 'accept', payout_option: then.payout_option, ...(then.payout_amount ? { payout_amount: then.payout_amount } : {}) };
  if (then.decision === 'decline') return { decision: 'decline', decline_reason: then.decline_reason };
  return { decision: 'request_info', message: then.message };
}

/**
 * The decisions a simulation makes, for claims that have an id: accepts that have an action,
 * declines, requests for information. Accepts the core could not preview (manual) are left
 * for a person. `rules` gives each entry's `then` (by its `rule` index).
 */
export function decisionsFrom(result: SimulateRulesResult, claims: readonly Claim[], rules: readonly { then: RuleAction }[],
  decidedOn: IsoDate, source: NewDecision['source']): { decisions: NewDecision[]; skipped: number } {
  const decisions: NewDecision[] = [];
  let skipped = 0;
  result.claims.forEach((entry, i) => {
    const claimId = claims[i]?.id;
    if (entry.rule === null || entry.decision === null) return;
    const then = rules[entry.rule]?.then;
    if (!claimId || !then || (entry.decision === 'accept' && !entry.action)) { skipped += 1; return; }
    const resolution = resolutionOf(then);
    if (entry.decision === 'accept' && entry.action) {
      decisions.push({
        claim_id: claimId, decided_on: decidedOn, source, resolution, action: entry.action, due_on_approval: dueOf(entry.action),
        decision: { claim_id: claimId, decision: 'accept', payout: agreedPayout(claims[i], resolution, entry.action), transaction_date: entry.action.transaction_date },
      });
    } else if (entry.decision === 'decline' && then.decision === 'decline') {
      decisions.push({ claim_id: claimId, decided_on: decidedOn, source, resolution, action: null, decision: { claim_id: claimId, decision: 'decline', decline_reason: then.decline_reason } });
    } else if (entry.decision === 'request_info' && then.decision === 'request_info') {
      decisions.push({ claim_id: claimId, decided_on: decidedOn, source, resolution, action: null, decision: { claim_id: claimId, decision: 'request_info', message: then.message } });
    }
  });
  return { decisions, skipped };
}

/**
 * The payout a decision records (the conversions file's Payout): the total the advertiser
 * agrees to (spec section 7), not the new action's payout. They differ for a wrong-amount
 * claim, whose action pays total − tracked payout: the total is then the amount the
 * resolution names (the expected payout, or the amount specified), else — from the
 * contract — the action's top-up plus what was tracked.
 */
export function agreedPayout(claim: Claim | undefined, resolution: Resolution, action: PreviewAction): string {
  const tracked = claim?.reason === 'wrong_amount' ? claim.tracked?.payout : undefined;
  if (typeof tracked !== 'string') return action.payout;
  if (resolution.payout_option === 'specify' && resolution.payout_amount) return resolution.payout_amount;
  if (resolution.payout_option === 'expected' && typeof claim?.expected_payout === 'string') return claim.expected_payout;
  return sumMoney([action.payout, tracked]) ?? action.payout;
}
