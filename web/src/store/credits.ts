// Credits owed to members for accepted claims: the meeting point of the Publisher view
// (which records the advertiser's answers on claims) and the Members view (which applies
// credits to the ledger). Nothing is stored for an offer: it is derived from a claim record
// whose status is `accepted` and whose answer carries a payout, until a ledger entry names
// the claim's id as its `reference` (apply_adjustments copies `reference` into its entries).
//
// The member's part is payout × member share / 100, rounded once, by the core
// (memberCashback below): the page does no arithmetic on money.
import type { Adjustment, CurrencyCode, IsoDate, MoneyString, PercentString } from '../core/types.ts';
import type { OperationName, RequestOf, ResultOf } from '../core/operations.ts';
import type { ClaimRecord, LedgerRecord } from './schema.ts';
import type { Workspace } from './workspace.ts';

/** A credit offered to a member for an accepted claim. */
export interface CreditOffer {
  /** The claim record's key (to open it: #/publisher/claims/<key>). */
  claim_key: string;
  /** The claim's id: the ledger entry's `reference`. */
  claim_id: string;
  member: string;
  /**
   * What the advertiser pays the publisher for the claim, in `currency`; null when the answer
   * accepted the claim without a payout: the member is owed cashback nobody can compute, so
   * the offer is shown with that reason rather than left out.
   */
  payout: MoneyString | null;
  currency: CurrencyCode;
  /** The day the answer was read in: the ledger entry's `date`. */
  decided_on: IsoDate;
}

/** The offer an accepted claim makes (its payout null when the answer gave none), or null (not accepted, no member or id). */
export function creditOfferOf(record: ClaimRecord): CreditOffer | null {
  const { claim, answer } = record;
  if (record.status !== 'accepted' || !answer || answer.decision !== 'accept') return null;
  const currency = answer.currency ?? claim.payout_currency ?? claim.order?.currency;
  if (!currency || !claim.id || !claim.member_ref) return null;
  return { claim_key: record.key, claim_id: claim.id, member: claim.member_ref, payout: answer.payout || null, currency, decided_on: answer.on };
}

/** The claim ids the ledger already credited (entries whose reference names them). */
export function creditedReferences(ledger: readonly LedgerRecord[]): Set<string> {
  return new Set(ledger.map((r) => r.entry.reference).filter((ref): ref is string => typeof ref === 'string'));
}

/** Accepted claims whose member has not been credited yet, oldest answer first. */
export async function pendingCreditOffers(workspace: Workspace): Promise<CreditOffer[]> {
  const accepted = await workspace.guard(() => workspace.db.getAllFromIndex('claims', 'by_status', 'accepted'));
  const offers = accepted.map(creditOfferOf).filter((o): o is CreditOffer => o !== null);
  // One lookup per offer in the ledger's index by reference, not a read of the whole history.
  const credited = await workspace.guard(async () => {
    const tx = workspace.db.transaction('ledger', 'readonly');
    const index = tx.store.index('by_reference');
    const found = await Promise.all(offers.map((o) => index.getKey(o.claim_id)));
    await tx.done;
    return found;
  });
  return offers
    .filter((_, i) => credited[i] === undefined)
    .sort((a, b) => (a.decided_on < b.decided_on ? -1 : a.decided_on > b.decided_on ? 1 : 0));
}

type Call = <Op extends OperationName>(op: Op, request: RequestOf<Op>) => Promise<ResultOf<Op>>;

/**
 * The member's part of a payout (payout × share / 100, rounded half-up once), by the core:
 * compute_payout with a flat term of the payout gives its `member_cashback`. Null when the
 * core finds the payout, currency or share unusable (its issues say why).
 */
export async function memberCashback(call: Call, payout: MoneyString, currency: CurrencyCode, share: PercentString): Promise<MoneyString | null> {
  const result = await call('compute_payout', {
    contract: { currency, rounding: 'half_up', commission: { sale: { flat: payout } } },
    event_type: 'sale',
    sale: { amount: '1', currency },
    member_share: share,
  });
  return result.member_cashback;
}

/** The ledger adjustment that applies an offer (a relative credit naming the claim). */
export function creditAdjustment(offer: CreditOffer, amount: MoneyString, comment: string): Adjustment {
  return { target: { member: offer.member }, mode: 'relative', amount, comment, date: offer.decided_on, reference: offer.claim_id };
}
