// Every entry ever applied, newest first, with its comment: find them by member and by
// reference (part of the text, any case), and export what is found as a CSV file.
import { useMemo, useState } from 'preact/hooks';
import { formatRoute } from '../../app/router.ts';
import { todayIso } from '../../format/dates.ts';
import { useI18n } from '../../i18n/index.ts';
import { saveBlob } from '../../ui/download.ts';
import { TextField } from '../../ui/fields.tsx';
import { TableWrap } from '../../ui/TableWrap.tsx';
import { ViewHeading } from '../../ui/ViewHeading.tsx';
import { useHistory } from './data.ts';
import { SignedMoney, signedMoney } from './PreviewPanel.tsx';
import { writeHistoryCsv } from './work/files.ts';
import { reversals } from './work/reversal.ts';

/** Rows drawn at most (the export has them all). */
const SHOWN = 200;

const contains = (text: string | undefined, part: string | undefined): boolean =>
  !part?.trim() || (text ?? '').toLowerCase().includes(part.trim().toLowerCase());

export function HistoryPage() {
  const { m, tag, money, date, count } = useI18n();
  const history = useHistory();
  const [member, setMember] = useState<string | undefined>(undefined);
  const [reference, setReference] = useState<string | undefined>(undefined);
  const found = useMemo(
    () => (history ?? []).filter((r) => contains(r.entry.member, member) && contains(r.entry.reference, reference)),
    [history, member, reference],
  );
  const when = useMemo(() => new Intl.DateTimeFormat(tag, { dateStyle: 'medium', timeStyle: 'short' }), [tag]);
  const shown = found.slice(0, SHOWN);
  const reversedBy = useMemo(() => reversals(history ?? []), [history]);
  const appliedOn = useMemo(() => new Map((history ?? []).map((r) => [r.id, r.applied_at])), [history]);

  return (
    <>
      <ViewHeading>{m.members.historyTitle}</ViewHeading>
      <p class="lede">{m.members.historyLede}</p>
      <section aria-labelledby="history-entries">
        <h2 id="history-entries" class="visually-hidden">{m.members.historyTitle}</h2>
        <div class="grid filters" role="search" aria-label={m.members.historyFind}>
          <TextField name="history-member" label={m.members.member} example="m-1" value={member} onValue={setMember} />
          <TextField name="history-reference" label={m.members.reference} example="CLM-0001" value={reference} onValue={setReference} />
        </div>
        {history === null ? <p role="status">{m.common.loading}</p> : (
          <p class="note" role="status" data-field="history-count">{m.members.entries(history.length, count(found.length), count(history.length))}</p>
        )}
        {history?.length === 0 ? <p class="empty">{m.members.historyEmpty}</p> : null}
        {shown.length ? (
          <TableWrap label={m.members.historyTable}>
            <table class="history-table">
              <caption class="visually-hidden">{m.members.historyTitle}</caption>
              <thead>
                <tr>
                  <th scope="col">{m.members.appliedAt}</th>
                  <th scope="col">{m.members.member}</th>
                  <th scope="col" class="num">{m.members.before}</th>
                  <th scope="col" class="num">{m.members.change}</th>
                  <th scope="col" class="num">{m.members.after}</th>
                  <th scope="col">{m.members.comment}</th>
                  <th scope="col">{m.members.reference}</th>
                  <th scope="col">{m.members.date}</th>
                  <th scope="col">{m.members.status}</th>
                </tr>
              </thead>
              <tbody>
                {shown.map(({ id, applied_at, currency, entry, reverses }) => (
                  <tr key={id} data-member={entry.member} data-entry={id}>
                    <td class="when">{when.format(new Date(applied_at))}</td>
                    <td class="member-id">{entry.member}</td>
                    <td class="num" data-col="before">{money(entry.before, currency)}</td>
                    <td class="num" data-col="change"><SignedMoney delta={entry.delta} currency={currency} /></td>
                    <td class="num" data-col="after">{money(entry.after, currency)}</td>
                    <td class="comment">{entry.comment}</td>
                    <td data-col="reference">{entry.reference ?? '—'}</td>
                    <td>{entry.date ? date(entry.date) : '—'}</td>
                    <td data-col="status">
                      {reverses !== undefined ? <small class="note">{m.members.reversesEntry(when.format(new Date(appliedOn.get(reverses) ?? applied_at)))}</small>
                        : reversedBy.has(id!) ? <span class="badge">{m.members.reversedOn(when.format(new Date(reversedBy.get(id!)!.applied_at)))}</span>
                        : <a href={formatRoute('members', 'reverse', String(id))} aria-label={m.members.reverseNamed(entry.member, signedMoney(money, entry.delta, currency))}>{m.members.reverse}</a>}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableWrap>
        ) : null}
        {found.length > shown.length ? <p class="note">{m.members.showing(count(shown.length), count(found.length))}</p> : null}
        <div class="actions">
          <button type="button" class="secondary" disabled={!found.length}
            onClick={() => saveBlob(new Blob([writeHistoryCsv(found, tag)], { type: 'text/csv;charset=utf-8' }), `members-history-${todayIso()}.csv`)}>
            {m.members.exportHistory(found.length, count(found.length))}
          </button>
        </div>
      </section>
    </>
  );
}
