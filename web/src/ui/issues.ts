// Issues, as the user sees them: which ones to show yet (a blank form shows no "required"
// errors until the field was left or a save was tried), which field each belongs to, and
// its sentence in the user's language with the code and path kept for support.
import type { Issue, IssueCode } from '../core/types.ts';
import { fieldOf, valuesOf } from '../i18n/fields.ts';
import type { Messages } from '../i18n/index.ts';
import { dateExample, formatDate } from '../format/dates.ts';
import { formatMoney, formatDecimal } from '../format/numbers.ts';

/** Codes that only say "this is empty": not shown on a field nobody has visited yet. */
const REQUIRED_CODES = new Set(['claim.required', 'tracked.required', 'comment.required', 'proof.required', 'resolution.required']);

/**
 * The issues to show now. A "required" issue shows once its field was left (`touched`
 * holds its path, relative to `base`) or a save was attempted; every other issue shows at
 * once, since it is about something the user typed.
 */
export function visibleIssues(issues: readonly Issue[], base: string, touched: ReadonlySet<string>, attempted: boolean): Issue[] {
  if (attempted) return [...issues];
  return issues.filter((issue) => {
    if (!REQUIRED_CODES.has(issue.code)) return true;
    const rel = issue.path.startsWith(base) ? issue.path.slice(base.length) : issue.path;
    for (const path of touched) if (rel === path || rel.startsWith(`${path}/`)) return true;
    return false;
  });
}

const isPrefix = (prefix: string, path: string): boolean => path === prefix || path.startsWith(`${prefix}/`);

/**
 * Puts each issue with the field whose path (relative to `base`) is the longest prefix of
 * its own: "/claims/0/attachments/1/sha256" goes to "/attachments" when no field is closer.
 * Issues no field takes are returned in `rest`, to be shown in the summary.
 */
export function assignIssues(issues: readonly Issue[], base: string, fieldPaths: readonly string[]): {
  byField: Map<string, Issue[]>;
  rest: Issue[];
} {
  const byField = new Map<string, Issue[]>();
  const rest: Issue[] = [];
  for (const issue of issues) {
    let best: string | null = null;
    if (isPrefix(base, issue.path)) {
      const rel = issue.path.slice(base.length);
      for (const field of fieldPaths) if (isPrefix(field, rel) && (best === null || field.length > best.length)) best = field;
    }
    if (best === null) rest.push(issue);
    else byField.set(best, [...(byField.get(best) ?? []), issue]);
  }
  return { byField, rest };
}

export interface DescribedIssue {
  /** The plain sentence in the user's language. */
  text: string;
  /** Code, path and the core's own sentence, for support. */
  details: string;
}

/** One issue in the user's language (locale: the Intl tag for the values). */
export function describeIssue(issue: Issue, m: Pick<Messages, 'issues'>, locale: string): DescribedIssue {
  const cat = m.issues;
  const values = valuesOf(issue.message);
  const vars = {
    field: cat.fields[fieldOf(issue.path)],
    q: values.quoted,
    dates: values.dates.map((d) => formatDate(d, locale)),
    amounts: values.amounts.map((a) => formatMoney(a.amount, a.currency, locale)),
    numbers: values.numbers.map((n) => formatDecimal(n, locale)),
    dateExample: dateExample(locale),
    inFile: issue.path.startsWith('/rows/'),
  };
  const message = (cat.messages as Record<string, ((v: typeof vars) => string) | undefined>)[issue.code as IssueCode];
  const text = message ? message(vars) : cat.unknown({ ...vars, core: issue.message });
  return { text, details: cat.details(issue.code, issue.path, issue.message) };
}
