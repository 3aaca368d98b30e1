// The proof check travels with the claim. check_package judged each attachment when the
// file was opened (proof.missing, proof.digest_mismatch, proof.invalid_digest at
// /manifest/claims/I/attachments/J); those are errors of the claim itself wherever it is
// shown (queue, claim page, batch, rules, conversions file), and no page accepts such a
// claim without an explicit, confirmed choice.
import type { ClaimVerdict, Issue } from '../../core/types.ts';

const PROOF_CODES = new Set(['proof.missing', 'proof.digest_mismatch', 'proof.invalid_digest']);

/** check_package's proof errors of the claim at `index` of its file's manifest. */
export function proofIssuesOf(fileIssues: readonly Issue[], index: number): Issue[] {
  const prefix = `/manifest/claims/${index}/`;
  return fileIssues.filter((x) => PROOF_CODES.has(x.code) && x.path.startsWith(prefix));
}

/** The claim's verdict with its proof errors added, re-pathed as the inbox's claim `at` (/claims/at/attachments/J). */
export function withProofIssues(verdict: ClaimVerdict, proofIssues: readonly Issue[], at: number): ClaimVerdict {
  if (!proofIssues.length) return verdict;
  const moved = proofIssues.map((x) => ({ ...x, path: x.path.replace(/^\/manifest\/claims\/\d+/, `/claims/${at}`) }));
  return { ...verdict, valid: false, issues: [...moved, ...verdict.issues] };
}

/** The accepts among `decisions` whose claim failed the proof check, and the others. */
export function holdTampered<T extends { claim_id: string; decision: { decision: string } }>(decisions: readonly T[], tampered: ReadonlySet<string>):
  { kept: T[]; held: T[] } {
  const held = decisions.filter((d) => d.decision.decision === 'accept' && tampered.has(d.claim_id));
  return { kept: decisions.filter((d) => !held.includes(d)), held };
}
