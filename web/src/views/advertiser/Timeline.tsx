// The new action's life as an SVG timeline: transaction, approval (the as-of day), lock and
// payout, with the dates the contract alone would have given ("would have locked on…")
// when the action was approved after them. Events of the same day share one mark; marks are
// evenly spaced in date order with the days between them written beside the line, so close
// dates stay readable. "Locks and pays on approval" is called out.
import { useId } from 'preact/hooks';
import type { PreviewAction } from '../../core/types.ts';
import { useI18n } from '../../i18n/index.ts';
import { daysBetween } from './queue.ts';

type EventKey = 'transaction' | 'scheduledLock' | 'scheduledPayout' | 'approval' | 'lock' | 'payout';

// A vertical line, top to bottom in date order: dates on its left, events on its right, the
// days between two marks beside the segment. It keeps its size on a 360 px screen.
const WIDTH = 300;
const LINE_X = 104;
const TOP = 14;
const LABEL = 16;
const GAP = 30;

export function Timeline({ action, approvedOn }: { action: PreviewAction; approvedOn: string }) {
  const { m, date } = useI18n();
  const id = useId();
  const t = m.advertiser.timeline;
  const lc = action.lifecycle;
  const events: { key: EventKey; date: string }[] = [{ key: 'transaction', date: action.transaction_date }, { key: 'approval', date: approvedOn }];
  if (lc) {
    if (lc.scheduled.lock && lc.scheduled.lock !== lc.effective.lock) events.push({ key: 'scheduledLock', date: lc.scheduled.lock });
    if (lc.scheduled.payout && lc.scheduled.payout !== lc.effective.payout) events.push({ key: 'scheduledPayout', date: lc.scheduled.payout });
    if (lc.effective.lock) events.push({ key: 'lock', date: lc.effective.lock });
    if (lc.effective.payout) events.push({ key: 'payout', date: lc.effective.payout });
  }
  const order: EventKey[] = ['transaction', 'scheduledLock', 'scheduledPayout', 'approval', 'lock', 'payout'];
  const days = [...new Set(events.map((e) => e.date))].sort();
  const marks = days.map((day) => ({ day, keys: events.filter((e) => e.date === day).map((e) => e.key).sort((a, b) => order.indexOf(a) - order.indexOf(b)) }));
  // Each mark takes a row as tall as its labels; a gap row between two marks holds the days between them.
  const ys: number[] = [];
  let y = TOP;
  for (const mk of marks) { ys.push(y); y += Math.max(1, mk.keys.length) * LABEL + GAP; }
  const height = y - GAP + TOP;
  const onApproval = Boolean(lc?.pays_on_approval);
  const locksOnApproval = Boolean(lc?.locks_on_approval) && !onApproval;
  const describe = marks.map((mk) => `${date(mk.day)}: ${mk.keys.map((k) => t.events[k]).join(', ')}`).join('; ');
  return (
    <figure class="timeline" data-field="timeline" data-on-approval={String(onApproval)}>
      <figcaption id={`${id}-cap`}>{t.caption}</figcaption>
      {onApproval ? <p class="callout" data-field="on-approval-callout">{t.paysOnApproval}</p> : null}
      {locksOnApproval ? <p class="callout" data-field="on-approval-callout">{t.locksOnApproval}</p> : null}
      {!lc ? <p class="note">{m.advertiser.action.noLifecycle}</p> : null}
      {lc && !lc.effective.lock ? <p class="note">{t.openEnded}</p> : null}
      <div class="chart-scroll" tabIndex={0} role="group" aria-labelledby={`${id}-cap`}>
        <svg width={WIDTH} height={height} viewBox={`0 0 ${WIDTH} ${height}`} role="img" aria-labelledby={`${id}-title ${id}-desc`}>
          <title id={`${id}-title`}>{t.caption}</title>
          <desc id={`${id}-desc`}>{describe}</desc>
          <line class="track" x1={LINE_X} x2={LINE_X} y1={ys[0] ?? TOP} y2={ys[ys.length - 1] ?? TOP} />
          {marks.slice(1).map((mk, i) => {
            const gap = daysBetween(marks[i]?.day ?? mk.day, mk.day);
            const from = (ys[i] ?? 0) + Math.max(1, marks[i]?.keys.length ?? 1) * LABEL - LABEL / 2;
            return gap === null ? null : (
              <text key={`gap-${mk.day}`} class="gap" x={LINE_X + 14} y={(from + (ys[i + 1] ?? from)) / 2 + 4}>{t.days(gap)}</text>
            );
          })}
          {marks.map((mk, i) => {
            const ghost = mk.keys.every((k) => k === 'scheduledLock' || k === 'scheduledPayout');
            const approval = mk.keys.includes('approval');
            const my = ys[i] ?? TOP;
            return (
              <g key={mk.day} class="mark" data-date={mk.day} data-events={mk.keys.join(' ')} data-ghost={String(ghost)} data-approval={String(approval)}>
                <circle cx={LINE_X} cy={my} r={approval ? 8 : 6} />
                <text x={LINE_X - 14} y={my + 4} text-anchor="end" class="mark-date">{date(mk.day)}</text>
                {mk.keys.map((k, j) => (
                  <text key={k} x={LINE_X + 14} y={my + 4 + j * LABEL} class="mark-label" data-event={k}>{t.events[k]}</text>
                ))}
              </g>
            );
          })}
        </svg>
      </div>
    </figure>
  );
}
