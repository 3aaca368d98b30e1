// One issue: its plain sentence in the user's language, then a small details line with the
// code, the path and the core's own sentence, for support.
import type { Issue } from '../core/types.ts';
import { useI18n } from '../i18n/index.ts';
import { describeIssue } from './issues.ts';

export function IssueLine({ issue }: { issue: Issue }) {
  const i18n = useI18n();
  const { text, details } = describeIssue(issue, i18n.m, i18n.tag);
  return (
    <p class="issue" data-severity={issue.severity} data-code={issue.code}>
      <strong class="issue-kind">{i18n.m.issues.severity[issue.severity]}</strong>{' '}
      <span class="issue-text">{text}</span>
      <small class="issue-details">{details}</small>
    </p>
  );
}

export function IssueList({ issues, id, live = true }: { issues: readonly Issue[]; id?: string; live?: boolean }) {
  return (
    <div class="issues" id={id} aria-live={live ? 'polite' : undefined}>
      {issues.map((issue, i) => <IssueLine key={`${issue.code}${issue.path}${i}`} issue={issue} />)}
    </div>
  );
}
