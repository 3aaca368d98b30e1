// What an apply_adjustments answer means for the people looking at its preview: the
// entries (before, change, after), the members an adjustment skipped and why, and the
// problems of the adjustments themselves (no comment, a malformed amount), which belong
// to the form's fields rather than to a member.
import type { ApplyAdjustmentsRequest, ApplyAdjustmentsResult, Issue, LedgerEntry } from '../../../core/types.ts';

export interface SkippedMember {
  adjustment: number;
  member: string;
  /** The core's issue for that member (ledger.insufficient_balance, money.out_of_range). */
  issue: Issue;
}

export interface ReadPreview {
  entries: LedgerEntry[];
  skipped: SkippedMember[];
  /** Issues about an adjustment as a whole, or the request. */
  problems: Issue[];
}

/** Codes the core gives for one member of an adjustment, which then goes on for the others. */
const PER_MEMBER = new Set(['ledger.insufficient_balance', 'money.out_of_range']);

/** The index of the adjustment an issue path names ("/adjustments/2/amount" → 2), else null. */
const adjustmentOf = (path: string): number | null => {
  const m = /^\/adjustments\/(\d+)(\/|$)/.exec(path);
  return m ? Number(m[1]) : null;
};

/** The members an adjustment targets, each once, in the group's order. */
function targets(request: ApplyAdjustmentsRequest, index: number): string[] {
  const target = request.adjustments[index]?.target;
  if (!target) return [];
  if ('member' in target) return [target.member];
  return [...new Set(request.groups?.[target.group] ?? [])];
}

/**
 * Reads an answer against its request. For each adjustment, the members it targets that got
 * no entry were skipped; the core gives one issue per skipped member, in the same order, so
 * each is paired with its reason. An adjustment with any other error was not applied at all:
 * its issues are problems, not skipped members.
 */
export function readPreview(request: ApplyAdjustmentsRequest, result: ApplyAdjustmentsResult): ReadPreview {
  const problems: Issue[] = [];
  const skipped: SkippedMember[] = [];
  const byAdjustment = new Map<number, Issue[]>();
  for (const issue of result.issues) {
    const index = adjustmentOf(issue.path);
    if (index === null) problems.push(issue);
    else byAdjustment.set(index, [...(byAdjustment.get(index) ?? []), issue]);
  }
  for (const [index, issues] of byAdjustment) {
    const applied = new Set(result.entries.filter((e) => e.adjustment === index).map((e) => e.member));
    const missed = targets(request, index).filter((m) => !applied.has(m));
    const perMember = issues.filter((i) => PER_MEMBER.has(i.code));
    const whole = issues.some((i) => i.severity === 'error' && !PER_MEMBER.has(i.code));
    if (!whole && perMember.length === missed.length) {
      missed.forEach((member, k) => skipped.push({ adjustment: index, member, issue: perMember[k]! }));
      problems.push(...issues.filter((i) => !PER_MEMBER.has(i.code)));
    } else {
      problems.push(...issues);
    }
  }
  return { entries: result.entries, skipped, problems };
}
