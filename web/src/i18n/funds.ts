// The one sentence that says what a decision takes from the account and where the balance
// ends up, in both languages: who pays what ("this claim takes €2.25 on approval") and the
// balance after ("the balance falls to -€1.93"). Used by the claim page, the batch, the
// rules and the issue line of funds.insufficient, so that they never state it differently.
// Amounts come formatted (Intl); `count` is the number of claims a batch accepts.

export type FundsSubject = { claim: true } | { claims: number };

export function fundsTakeEn(subject: FundsSubject, due: string, after: string): string {
  const who = 'claim' in subject ? 'This claim takes' : subject.claims === 1 ? 'The claim accepted takes' : `The ${subject.claims} claims accepted take`;
  return `${who} ${due} on approval; the balance falls to ${after}.`;
}

export function fundsTakeFr(subject: FundsSubject, due: string, after: string): string {
  const who = 'claim' in subject ? 'Cette réclamation prend' : subject.claims === 1 ? 'La réclamation acceptée prend' : `Les ${subject.claims} réclamations acceptées prennent`;
  return `${who} ${due} à la validation ; le solde tombe à ${after}.`;
}

/**
 * The amounts of funds.insufficient's own sentence: preview_resolution names the balance,
 * the due and the balance after; simulate_rules the due and the running balance after.
 * Either way the last two are the due and the balance after.
 */
export const dueAndAfter = (amounts: readonly string[]): [string, string] =>
  [amounts[amounts.length - 2] ?? '…', amounts[amounts.length - 1] ?? '…'];
