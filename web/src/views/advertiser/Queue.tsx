// The review queue: every claim received, with the core's verdict (validate_claims) and
// deadline (review_queue: respond-by, days left, overdue, the automatic decision and its
// day), filtered and sorted; overdue rows and automatic-decision dates stand out. Claims
// can be selected and accepted or declined together (BulkDecision); the decisions recorded
// so far are summed below with their payouts by date.
import { useEffect, useMemo, useState } from 'preact/hooks';
import { useApp } from '../../app/context.ts';
import { formatRoute } from '../../app/router.ts';
import type { ClaimReason } from '../../core/types.ts';
import { useI18n } from '../../i18n/index.ts';
import { currencyDigits } from '../../format/numbers.ts';
import { IssueLine } from '../../ui/IssueLine.tsx';
import { MoneyField, SelectField, TextField } from '../../ui/fields.tsx';
import { TableWrap } from '../../ui/TableWrap.tsx';
import { ViewHeading } from '../../ui/ViewHeading.tsx';
import { BatchSummary, recordedTotals } from './BatchSummary.tsx';
import { BulkDecision } from './BulkDecision.tsx';
import { useAdvertiser } from './data.ts';
import { DEFAULT_FILTER, DEFAULT_SORT, buildRows, daysBetween, matches, sortRows, stateOf, type QueueFilter, type QueueRow, type Sort, type SortKey } from './queue.ts';
import { segmentsOf } from './routes.ts';
import { labelOf, str } from './show.ts';

const REASONS: ClaimReason[] = ['untracked', 'wrong_amount', 'declined'];

/** Rows drawn at first, and added by "Show more": a large inbox stays quick to draw. */
const PAGE = 200;

export const zeroOf = (currency: string): string => (currencyDigits(currency) ? `0.${'0'.repeat(currencyDigits(currency))}` : '0');

export function Queue() {
  const { asOf } = useApp();
  const { m, date, money, count } = useI18n();
  const data = useAdvertiser();
  const [filter, setFilter] = useState<QueueFilter>(DEFAULT_FILTER);
  const [sort, setSort] = useState<Sort>(DEFAULT_SORT);
  const [selected, setSelected] = useState<Set<number>>(new Set());
  const [limit, setLimit] = useState(PAGE);
  // After a batch is recorded, its funds line is brought to the middle of the screen: the undo notice at the bottom must not hide it.
  const [revealFunds, setRevealFunds] = useState(false);
  const q = m.advertiser.queue;

  const rows = useMemo(() => (data.review ? buildRows(data.claims, data.review.verdicts, data.review.queue, data.decisions) : []),
    [data.claims, data.review, data.decisions]);
  const matching = useMemo(() => sortRows(rows.filter((r) => matches(r, filter, asOf)), sort), [rows, filter, sort, asOf]);
  const shown = matching.slice(0, limit);
  const selectable = (r: QueueRow): boolean => typeof r.received.claim.id === 'string' && stateOf(r) !== 'decided';
  // The batch runs in the order the user sees (the deadline order by default): the funds go to the most urgent first.
  const chosen = sortRows(rows.filter((r) => selected.has(r.at) && selectable(r)), sort);
  const shownSelectable = shown.filter(selectable);
  const allShownChosen = shownSelectable.length > 0 && shownSelectable.every((r) => selected.has(r.at));

  const currency = data.settings?.contract.currency ?? 'EUR';
  const ids = new Set(data.claims.map((c) => c.claim.id));
  const recorded = [...data.decisions.values()].filter((d) => ids.has(d.claim_id));
  useEffect(() => {
    if (!revealFunds) return;
    document.querySelector('[data-field="recorded-summary"] [data-field="funds-warning"]')?.scrollIntoView({ block: 'center' });
    setRevealFunds(false);
  }, [data.decisions]);

  function toggle(at: number, on: boolean) {
    const next = new Set(selected);
    if (on) next.add(at); else next.delete(at);
    setSelected(next);
  }
  function sortBy(key: SortKey) {
    setSort(sort.key === key ? { key, descending: !sort.descending } : { key, descending: false });
  }
  const set = <K extends keyof QueueFilter>(key: K, value: QueueFilter[K]) => setFilter({ ...filter, [key]: value });

  // A function, not a component: a component defined here would be new on every render and lose the focus.
  const head = (k: SortKey, label: string, num = false) => (
    <th scope="col" class={num ? 'num' : undefined} aria-sort={sort.key === k ? (sort.descending ? 'descending' : 'ascending') : undefined}>
      <button type="button" class="sort" data-sort={k} onClick={() => sortBy(k)}>
        {label}<span aria-hidden="true" class="sort-mark">{sort.key === k ? (sort.descending ? ' ▼' : ' ▲') : ''}</span>
      </button>
    </th>
  );

  if (data.files !== null && data.claims.length === 0) {
    return (
      <section class="queue">
        <ViewHeading>{q.title}</ViewHeading>
        <p class="empty" data-field="no-claims">{q.noClaims}</p>
        <p><a class="button-link" href={formatRoute('advertiser', 'open')}>{q.openLink}</a></p>
      </section>
    );
  }

  const summary = data.review?.summary;
  const activeFilters = (Object.keys(filter) as (keyof QueueFilter)[])
    .filter((k) => filter[k] !== undefined && filter[k] !== '' && filter[k] !== DEFAULT_FILTER[k]).length;
  return (
    <>
      <section class="queue">
        <ViewHeading>{q.title}</ViewHeading>
        <p class="lede">{q.lede}</p>
        {data.reviewProblem ? <IssueLine issue={{ severity: 'error', code: data.reviewProblem.code, path: data.reviewProblem.path, message: data.reviewProblem.message }} /> : null}
        {summary ? (
          <ul class="queue-counts" data-field="queue-summary">
            <li data-count="open"><strong>{count(summary.open)}</strong> {q.counts.open}</li>
            <li data-count="overdue" data-alert={String(summary.overdue > 0)}><strong>{count(summary.overdue)}</strong> {q.counts.overdue}</li>
            <li data-count="due-soon"><strong>{count(summary.due_within_7_days)}</strong> {q.counts.dueSoon}</li>
            <li data-count="waiting"><strong>{count(summary.waiting_on_publisher)}</strong> {q.counts.waiting}</li>
            <li data-count="resolved"><strong>{count(summary.resolved)}</strong> {q.counts.resolved}</li>
          </ul>
        ) : <p role="status">{m.common.loading}</p>}
        <details class="filters" data-active={activeFilters}>
          <summary>{activeFilters ? q.filterActive(activeFilters) : q.filterTitle}</summary>
          <div class="grid">
            <TextField name="filter_text" label={q.search} hint={q.searchHint} value={filter.text} onValue={(v) => set('text', v)} />
            <SelectField name="filter_state" label={q.state} value={filter.state} onValue={(v) => set('state', v)}
              options={[['open', q.states.open], ['waiting', q.states.waiting], ['decided', q.states.decided], ['all', q.states.all]]} />
            <SelectField name="filter_check" label={q.check} value={filter.check} onValue={(v) => set('check', v)}
              options={[['all', q.checks.all], ['errors', q.checks.errors], ['warnings', q.checks.warnings], ['clean', q.checks.clean]]} />
            <SelectField<QueueFilter['reason']> name="filter_reason" label={m.issues.fields.reason} value={filter.reason} onValue={(v) => set('reason', v)}
              options={[['all', q.anyReason], ...REASONS.map((r) => [r, m.advertiser.reasons[r]] as const)]} />
            <SelectField name="filter_deadline" label={q.deadline} value={filter.deadline} onValue={(v) => set('deadline', v)}
              options={[['all', q.deadlines.all], ['overdue', q.deadlines.overdue], ['week', q.deadlines.week], ['none', q.deadlines.none]]} />
            <SelectField name="filter_file" label={q.fileFilter} value={filter.file} onValue={(v) => set('file', v)}
              options={[['all', q.allFiles], ...(data.files ?? []).map((f) => [f.key, f.name] as const)]} />
            <MoneyField name="filter_min_amount" label={q.minAmount} value={filter.minAmount} example="50.00" onValue={(v) => set('minAmount', v)} />
            <MoneyField name="filter_max_amount" label={q.maxAmount} value={filter.maxAmount} example="500.00" onValue={(v) => set('maxAmount', v)} />
            <TextField name="filter_min_age" label={q.minAge} hint={q.minAgeHint} example="30" input={{ inputMode: 'numeric' }}
              value={filter.minAge?.toString()} onValue={(v) => set('minAge', v && /^\d+$/.test(v.trim()) ? Number(v.trim()) : undefined)} />
          </div>
          <div class="actions">
            <button type="button" class="secondary" onClick={() => setFilter(DEFAULT_FILTER)}>{q.clearFilters}</button>
          </div>
        </details>
        <TableWrap label={q.title}>
          <table class="queue-table">
            <caption data-field="shown">{q.caption(matching.length, rows.length)}</caption>
            <thead>
              <tr>
                <th scope="col" class="select">
                  <input type="checkbox" aria-label={q.selectAllShown} checked={allShownChosen} disabled={!shownSelectable.length}
                    onChange={(e) => {
                      const next = new Set(selected);
                      for (const r of shownSelectable) if ((e.currentTarget as HTMLInputElement).checked) next.add(r.at); else next.delete(r.at);
                      setSelected(next);
                    }} />
                </th>
                {head('claim', m.issues.fields.claimId)}
                {head('age', m.issues.fields.orderDate)}
                {head('amount', m.issues.fields.orderAmount, true)}
                {head('payout', m.issues.fields.expectedPayout, true)}
                {head('reason', m.issues.fields.reason)}
                {head('check', q.check)}
                {head('deadline', q.respondBy)}
                <th scope="col">{q.autoDecision}</th>
                <th scope="col">{q.decision}</th>
              </tr>
            </thead>
            <tbody>
              {shown.map((r) => {
                const c = r.received.claim;
                const e = r.entry;
                const age = c.order?.date ? daysBetween(String(c.order.date), asOf) : null;
                const id = str(c.id);
                const link = formatRoute('advertiser', ...segmentsOf({ page: 'claim', key: r.received.fileKey, index: r.received.index }));
                return (
                  <tr key={r.at} data-claim={id ?? ''} data-state={stateOf(r)} data-overdue={String(Boolean(e?.overdue))}>
                    <td class="select">
                      {selectable(r) ? (
                        <input type="checkbox" aria-label={q.selectNamed(id ?? '')} checked={selected.has(r.at)}
                          onChange={(ev) => toggle(r.at, (ev.currentTarget as HTMLInputElement).checked)} />
                      ) : null}
                    </td>
                    <td>
                      <a href={link} class="claim-link">{id ?? m.advertiser.open.noId}</a>
                      <span class="sub">{str(c.publisher?.name) ?? str(c.publisher?.id) ?? ''}</span>
                      {/* In the first column, so that a phone shows it without scrolling the table. */}
                      {r.received.proofIssues.length ? <span class="sub proof-failed" data-field="proof-failed">{q.proofFailed}</span> : null}
                      {e?.respond_by ? <span class="sub narrow-only" data-field="respond-by-narrow">{q.respondBy} {date(e.respond_by)}</span> : null}
                    </td>
                    <td>{date(str(c.order?.date))}{age !== null ? <span class="sub">{q.age(age)}</span> : null}</td>
                    <td class="num">{money(str(c.order?.amount), str(c.order?.currency))}</td>
                    <td class="num">{money(str(c.expected_payout), str(c.payout_currency ?? c.order?.currency))}</td>
                    <td>{labelOf(m.advertiser.reasons, c.reason) ?? '—'}</td>
                    <td data-field="check">
                      <span class="badge" data-check={r.errors ? 'error' : r.warnings ? 'warning' : 'ok'}>{q.verdict(r.errors, r.warnings)}</span>
                    </td>
                    <td class="deadline" data-field="respond-by">
                      {e?.respond_by ? (
                        <>
                          {date(e.respond_by)}
                          <span class="sub days-left" data-overdue={String(e.overdue)}>{e.days_left !== null ? q.daysLeft(e.days_left) : ''}</span>
                        </>
                      ) : e?.waiting_on === 'publisher' ? q.waitingPublisher : '—'}
                    </td>
                    <td data-field="auto">
                      {e?.auto_decision && e.auto_decision_on ? (
                        // A day already past is what happened (the network's rule decided), not something pending.
                        <span class="auto" data-decision={e.auto_decision} data-past={String(e.auto_decision_on <= asOf)}>
                          {(e.auto_decision_on <= asOf ? q.autoDone : q.autoOn)(m.advertiser.decided[e.auto_decision], date(e.auto_decision_on))}
                        </span>
                      ) : '—'}
                    </td>
                    <td data-field="decision">
                      {r.decision ? <span class="badge" data-decision={r.decision.decision.decision}>{m.advertiser.decided[r.decision.decision.decision]}</span>
                        : e?.auto_decision && e.auto_decision_on && e.auto_decision_on <= asOf
                          ? <span class="badge" data-decision={e.auto_decision} data-auto="true">{q.undecidedAuto(m.advertiser.decided[e.auto_decision])}</span>
                          : <span class="sub">{q.undecided}</span>}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </TableWrap>
        {shown.length === 0 && rows.length > 0 ? <p class="empty">{q.noneShown}</p> : null}
        {matching.length > shown.length ? (
          <div class="actions">
            <button type="button" class="secondary" data-action="show-more" onClick={() => setLimit(limit + PAGE)}>
              {q.showMore(Math.min(PAGE, matching.length - shown.length), matching.length - shown.length)}
            </button>
          </div>
        ) : null}
      </section>
      {chosen.length && data.settings ? (
        <BulkDecision rows={chosen} onDone={() => { setSelected(new Set()); setRevealFunds(true); }} onClear={() => setSelected(new Set())} />
      ) : null}
      {data.settings ? (
        <section class="recorded" aria-labelledby="recorded-title">
          <h2 id="recorded-title">{q.recordedTitle}</h2>
          <p class="note">{q.recordedNote}</p>
          <BatchSummary field="recorded-summary" totals={recordedTotals(recorded, data.settings.account, zeroOf(currency))} currency={currency}
            asOf={asOf} caption={q.recordedCaption} chartCaption={q.chartCaption} />
        </section>
      ) : null}
    </>
  );
}
