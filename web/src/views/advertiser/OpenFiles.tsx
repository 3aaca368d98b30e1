// "Open claims": pick or drop a claim package (ZIP) or a claims file (CSV); the files opened
// so far, with their verdicts. Opening takes the user to the file's verdict page.
import { useId, useRef, useState } from 'preact/hooks';
import { useApp } from '../../app/context.ts';
import { formatRoute } from '../../app/router.ts';
import type { Issue } from '../../core/types.ts';
import { useI18n } from '../../i18n/index.ts';
import type { PackageRecord } from '../../store/schema.ts';
import { StorageError, shownElsewhere } from '../../store/workspace.ts';
import { todayIso } from '../../format/dates.ts';
import { formatSize } from '../../format/numbers.ts';
import { looksLikeZip } from '../../core/unzip.ts';
import { TextField } from '../../ui/fields.tsx';
import { TableWrap } from '../../ui/TableWrap.tsx';
import { ViewHeading } from '../../ui/ViewHeading.tsx';
import { useAdvertiser } from './data.ts';
import { openClaimsCsv, openPackage, removeFile, unreadablePackage } from './inbox.ts';
import { segmentsOf } from './routes.ts';

const startsAsZip = async (file: File): Promise<boolean> => looksLikeZip(new Uint8Array(await file.slice(0, 4).arrayBuffer()));

/** Problems of an opened file: errors first, then warnings. */
export function fileProblems(record: PackageRecord): { errors: number; warnings: number } {
  const issues = record.opened?.issues ?? [];
  const errors = issues.filter((i) => i.severity === 'error').length;
  return { errors, warnings: issues.length - errors };
}

export function OpenFiles() {
  const { core, workspace, navigate, notify } = useApp();
  const { m, date, count, tag } = useI18n();
  const { files } = useAdvertiser();
  const [progress, setProgress] = useState<{ done: number; total: number } | 'busy' | null>(null);
  const [refused, setRefused] = useState<{ name: string; issue: Issue } | null>(null);
  const [stopped, setStopped] = useState<string | null>(null);
  const stopper = useRef<AbortController | null>(null);
  const [publisherId, setPublisherId] = useState<string | undefined>(undefined);
  const [currency, setCurrency] = useState<string | undefined>(undefined);
  const [dragging, setDragging] = useState(false);
  const inputId = useId();
  const o = m.advertiser.open;

  async function open(list: File[]) {
    setRefused(null);
    setStopped(null);
    let last: string | null = null;
    for (const file of list) {
      setProgress('busy');
      const controller = new AbortController();
      stopper.current = controller;
      try {
        const outcome = (await startsAsZip(file)) || !/\.(csv|txt)$/i.test(file.name)
          ? await openPackage(core, workspace, file, (done, total) => setProgress({ done, total }), controller.signal)
          : await openClaimsCsv(core, workspace, file, { ...(publisherId ? { publisher_id: publisherId } : {}), ...(currency ? { currency } : {}) });
        if (outcome.again) notify({ text: o.again(file.name) });
        last = outcome.record.key;
      } catch (e) {
        if (e instanceof StorageError) break; // the shell's banner says it
        last = null;
        if (controller.signal.aborted) { setStopped(file.name); break; }
        setRefused({ name: file.name, issue: unreadablePackage(e) });
        break;
      } finally {
        stopper.current = null;
        setProgress(null);
      }
    }
    if (last) navigate('advertiser', ...segmentsOf({ page: 'file', key: last }));
  }

  async function remove(record: PackageRecord) {
    try {
      await removeFile(workspace, record);
    } catch (e) { shownElsewhere(e); return; }
    notify({ text: o.removed(record.name), undo: async () => { await workspace.writeRevisioned('packages', { ...record, rev: 0 }).catch(shownElsewhere); } });
  }

  return (
    <section class="open-files">
      <ViewHeading>{o.title}</ViewHeading>
      <p class="lede">{o.lede}</p>
      <div class="dropzone" data-dragging={String(dragging)}
        onDragOver={(e) => { e.preventDefault(); setDragging(true); }}
        onDragLeave={() => setDragging(false)}
        onDrop={(e) => {
          e.preventDefault();
          setDragging(false);
          const list = Array.from(e.dataTransfer?.files ?? []);
          if (list.length) void open(list);
        }}>
        <input id={inputId} type="file" multiple accept=".zip,application/zip,.csv,text/csv" class="file-input" data-field="open-input"
          onChange={(e) => {
            const input = e.currentTarget as HTMLInputElement;
            const list = Array.from(input.files ?? []);
            input.value = '';
            if (list.length) void open(list);
          }} />
        <label class="file-pick" for={inputId}>{o.pick}</label>
        <p class="note">{o.drop}</p>
      </div>
      <details class="csv-defaults">
        <summary>{o.csvDefaults}</summary>
        <div class="grid">
          <TextField name="csv_publisher_id" label={m.issues.fields.publisherId} hint={o.csvPublisherHint} example="pub-42" value={publisherId} onValue={setPublisherId} />
          <TextField name="csv_currency" label={m.issues.fields.currency} hint={o.csvCurrencyHint} example="EUR" value={currency}
            onValue={(v) => setCurrency(v?.toUpperCase())} input={{ autoCapitalize: 'characters', maxLength: 3 }} />
        </div>
      </details>
      <div aria-live="polite">
        {progress === 'busy' ? <p role="status">{o.reading}</p> : null}
        {progress && progress !== 'busy' ? <p role="status">{o.unpacking(formatSize(progress.done, tag), formatSize(progress.total, tag))}</p> : null}
        {stopped ? <p role="status" data-field="stopped">{o.cancelled(stopped)}</p> : null}
      </div>
      {progress ? <button type="button" class="secondary" data-field="stop-opening" onClick={() => stopper.current?.abort()}>{o.cancel}</button> : null}
      {refused ? (
        <div class="refused" role="alert" data-field="refused">
          <p><strong>{o.refused(refused.name)}</strong></p>
          <p class="issue" data-severity="error" data-code={refused.issue.code}>
            {refused.issue.code === 'package.too_large' ? o.tooLarge : o.notZip}{' '}
            <small class="issue-details">{m.common.core.details(refused.issue.code)}</small>
          </p>
        </div>
      ) : null}
      <h2>{o.filesTitle}</h2>
      {files === null ? <p role="status">{m.common.loading}</p> : null}
      {files?.length === 0 ? <p class="empty" data-field="no-files">{o.noFiles}</p> : null}
      {files?.length ? (
        <TableWrap label={o.filesTitle}>
          <table class="files-table">
            <thead>
              <tr>
                <th scope="col">{o.file}</th>
                <th scope="col">{o.from}</th>
                <th scope="col" class="num">{o.claims}</th>
                <th scope="col">{o.verdict}</th>
                <th scope="col">{o.openedOn}</th>
                <th scope="col"><span class="visually-hidden">{o.actions}</span></th>
              </tr>
            </thead>
            <tbody>
              {[...files].reverse().map((f) => {
                const p = fileProblems(f);
                return (
                  <tr key={f.key} data-key={f.key}>
                    <td>
                      <a href={formatRoute('advertiser', ...segmentsOf({ page: 'file', key: f.key }))} class="file-link">{f.name}</a>
                      <span class="kind">{f.kind === 'csv' ? o.kindCsv : o.kindZip}</span>
                    </td>
                    <td>{f.opened?.package?.publisher.name ?? f.opened?.package?.publisher.id ?? f.opened?.claims[0]?.publisher?.id ?? '—'}</td>
                    <td class="num">{count(f.opened?.claims.length ?? 0)}</td>
                    <td><span class="badge" data-verdict={p.errors ? 'error' : p.warnings ? 'warning' : 'ok'}>{o.problems(p.errors, p.warnings)}</span></td>
                    <td>{date(todayIso(new Date(f.opened_at)))}</td>
                    <td><button type="button" class="link" onClick={() => void remove(f)} aria-label={o.removeNamed(f.name)}>{o.remove}</button></td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </TableWrap>
      ) : null}
    </section>
  );
}
