// Publisher: claims imported from a CSV file. The file goes to the worker (work/importSession.ts),
// which reads and checks it with import_claims_csv in one pass and keeps the rows; the page
// shows counts, the kinds of issue met, and one page of rows at a time, filtered by state
// (ready, needs proof only, to fix, with warnings) or by kind of issue. A row can be fixed
// in place and checked again; then the good rows become claims (ready ones "ready to send",
// those that only lack proof drafts that need proof), and the rest too, as drafts, if asked.
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { useApp } from '../../app/context.ts';
import { formatRoute } from '../../app/router.ts';
import type { Claim, ClaimReason, Issue } from '../../core/types.ts';
import { useI18n } from '../../i18n/index.ts';
import { formatSize } from '../../format/numbers.ts';
import { fieldOf } from '../../i18n/fields.ts';
import { IssueList } from '../../ui/IssueLine.tsx';
import { DateField, MoneyField, SelectField, TextField } from '../../ui/fields.tsx';
import { ViewHeading } from '../../ui/ViewHeading.tsx';
import { TableWrap } from '../../ui/TableWrap.tsx';
import { FilePick } from '../../ui/FilePick.tsx';
import { Pager } from '../../ui/Pager.tsx';
import { getAt } from '../../ui/pointer.ts';
import type { ImportFilter, ImportResult, ImportRow, ImportRowState, ImportSummary } from './work/protocol.ts';
import { CSV_COLUMNS, pointerOfRowPath, withCell, type CsvColumn } from './work/csvColumns.ts';
import { listFilter, listOffset } from './listState.ts';
import { TaskFailure } from './TaskFailure.tsx';
import { Progress, type ProgressState } from './Progress.tsx';

const PAGE = 50;
const REASONS: ClaimReason[] = ['untracked', 'wrong_amount', 'declined'];

/** The claim member an issue of a row is about ("/rows/7/order_date" or "/claims/3/order/date" → "/order/date"). */
function pointerOf(issue: Issue): string | null {
  const claim = /^\/claims\/\d+(\/.*)?$/.exec(issue.path);
  if (claim) return claim[1] ?? '';
  return pointerOfRowPath(issue.path);
}

export function ImportCsv() {
  const { core, workspace, asOf, notify } = useApp();
  const { m, count, tag } = useI18n();
  const [publisherId, setPublisherId] = useState<string | undefined>(undefined);
  const [currency, setCurrency] = useState<string | undefined>('EUR');
  const [file, setFile] = useState<File | null>(null);
  const [summary, setSummary] = useState<ImportSummary | null>(null);
  const [filter, setFilter] = useState<ImportFilter>({});
  const [offset, setOffset] = useState(0);
  const [rows, setRows] = useState<{ rows: ImportRow[]; total: number } | null>(null);
  const [failure, setFailure] = useState<unknown>(null);
  const [progress, setProgress] = useState<ProgressState | null>(null);
  const [fixing, setFixing] = useState<number | null>(null);
  const [withProblems, setWithProblems] = useState(false);
  const [done, setDone] = useState<ImportResult | null>(null);

  // Rows without a publisher get the workspace's own publisher id, unless changed here.
  useEffect(() => {
    void workspace.getSetting('publisher').then((p) => { if (p.id) setPublisherId((current) => current ?? p.id); }, () => undefined);
  }, [workspace]);

  async function check(current = file) {
    if (!current) return;
    setProgress({ text: m.publisher.importChecking(current.name), done: null, total: null });
    setFailure(null);
    setDone(null);
    setFixing(null);
    try {
      const defaults: { publisher_id?: string; currency?: string } = {};
      // The workspace's id may not have arrived in the field yet (a file picked at once
      // after the page opened): read it here rather than check the rows without it.
      const id = publisherId ?? await workspace.getSetting('publisher').then((p) => p.id || undefined, () => undefined);
      if (id) defaults.publisher_id = id;
      if (currency) defaults.currency = currency;
      const s = await core.task('import_check', { file: current, name: current.name, defaults, as_of: asOf }, {
        // The worker reports bytes of the file read.
        onProgress: (done, total) => setProgress({ text: m.publisher.importProgress(formatSize(done, tag), formatSize(total, tag)), done, total }),
      });
      setSummary(s);
      setFilter({});
      setOffset(0);
    } catch (e) {
      setSummary(null);
      setFailure(e);
    } finally {
      setProgress(null);
    }
  }

  // The page of rows shown, asked again when the file, the filter or the page change (a row
  // fixed in place stays where it is until then, even if it no longer matches the filter).
  const seq = useRef(0);
  const session = summary?.session ?? null;
  const details = summary?.details ?? false;
  useEffect(() => {
    if (session === null) { setRows(null); return; }
    const mine = ++seq.current;
    core.task('import_page', { session, filter, offset, limit: PAGE }).then(
      (r) => { if (mine === seq.current) setRows(r); },
      (e: unknown) => { if (mine === seq.current) setFailure(e); },
    );
  }, [core, session, details, filter, offset]);

  // Once the first rows are on screen, the claims' own columns are read (the worker answers
  // in order: asked any earlier, they would hold the first rows back).
  const detailsAsked = useRef<number | null>(null);
  useEffect(() => {
    if (!rows || session === null || details || detailsAsked.current === session) return;
    detailsAsked.current = session;
    core.task('import_details', { session }).then(
      (s) => setSummary((current) => (current?.session === s.session ? s : current)),
      (e: unknown) => setFailure(e),
    );
  }, [core, rows, session, details]);

  async function commit() {
    if (!summary) return;
    setProgress({ text: m.publisher.importAdding, done: 0, total: null });
    try {
      const result = await core.task('import_commit', { session: summary.session, include_problems: withProblems }, {
        onProgress: (done, total) => setProgress({ text: m.publisher.importAddingProgress(count(done), count(total)), done, total }),
      });
      setDone(result);
      setSummary({ ...summary, imported: true });
      notify({ text: m.publisher.importAdded(result.added, count(result.added)) });
    } catch (e) {
      setFailure(e);
    } finally {
      setProgress(null);
    }
  }

  const stateOptions: (readonly [string, string])[] = summary ? [
    ['', m.publisher.importAllRows(count(summary.total))],
    ['ready', `${m.publisher.rowStates.ready} (${count(summary.counts.ready)})`],
    ['needs_proof', `${m.publisher.rowStates.needs_proof} (${count(summary.counts.needs_proof)})`],
    ['to_fix', `${m.publisher.rowStates.to_fix} (${count(summary.counts.to_fix)})`],
    ['warnings', `${m.publisher.rowStates.warnings} (${count(summary.counts.warnings)})`],
  ] : [];
  const kindOptions: (readonly [string, string])[] = summary ? [
    ['', m.publisher.allKinds],
    ...summary.kinds.map((k) => [k.code, `${m.publisher.issueKinds[k.code as keyof typeof m.publisher.issueKinds] ?? m.publisher.otherKind} (${count(k.rows)})`] as const),
  ] : [];
  // The rows do not change while a progress bar moves: drawn once per change of their own.
  const onFixed = (next: ImportRow, s: ImportSummary) => {
    setSummary(s);
    setRows((r) => (r ? { ...r, rows: r.rows.map((x) => (x.index === next.index ? next : x)) } : r));
    if (next.state !== 'to_fix') {
      setFixing(null);
      notify({ text: m.publisher.rowFixed(next.line ?? next.index + 1) });
    }
  };
  const imported = summary?.imported ?? false;
  const table = useMemo(() => (rows && rows.rows.length && session !== null
    ? <RowsTable rows={rows} session={session} imported={imported} details={details} fixing={fixing} onFixing={setFixing} onFixed={onFixed} />
    : null), [rows, session, imported, details, fixing, m]);
  const adding = summary ? summary.counts.ready + summary.counts.needs_proof + (withProblems ? summary.counts.to_fix : 0) : 0;

  return (
    <section class="import">
      <ViewHeading>{m.publisher.importTitle}</ViewHeading>
      <p class="lede">{m.publisher.importLede}</p>
      <form noValidate onSubmit={(e) => { e.preventDefault(); void check(); }}>
        <div class="grid">
          <TextField name="publisher_id" label={m.issues.fields.publisherId} hint={m.publisher.importDefaultHint} example="pub-42"
            value={publisherId} onValue={setPublisherId} />
          <TextField name="currency" label={m.issues.fields.currency} hint={m.publisher.importDefaultHint} example="EUR"
            value={currency} onValue={setCurrency} input={{ class: 'short', maxLength: 3 }} />
        </div>
        <div class="actions">
          <FilePick label={m.publisher.importPick} field="csv-input" accept=".csv,text/csv,text/plain"
            onFiles={([picked]) => { if (!picked) return; setFile(picked); void check(picked); }} />
          <button type="submit" class="secondary" disabled={!file || progress !== null}>{m.publisher.importRecheck}</button>
        </div>
      </form>
      {progress ? <Progress state={progress} /> : null}
      {failure ? <TaskFailure error={failure} /> : null}
      <div class="import-result">
        {summary ? (
          <>
            <dl class="facts" aria-live="polite">
              <dt>{m.publisher.importFile}</dt><dd data-field="file">{summary.file}</dd>
              <dt>{m.publisher.importRead}</dt><dd data-field="total">{count(summary.total)}</dd>
              <dt>{m.publisher.rowStates.ready}</dt><dd data-field="valid">{count(summary.counts.ready)}</dd>
              <dt>{m.publisher.rowStates.needs_proof}</dt><dd data-field="needs-proof">{count(summary.counts.needs_proof)}</dd>
              <dt>{m.publisher.rowStates.to_fix}</dt><dd data-field="with-errors">{count(summary.counts.to_fix)}</dd>
              <dt>{m.publisher.rowStates.warnings}</dt><dd data-field="with-warnings">{count(summary.counts.warnings)}</dd>
            </dl>
            {summary.counts.needs_proof ? <p class="note">{m.publisher.needsProofNote}</p> : null}
            <div class="file-issues"><IssueList issues={summary.file_issues} live={false} /></div>

            {summary.total ? (
              <div class="list-filters">
                <SelectField<string> name="row-state" label={m.publisher.showRows} value={filter.state ?? ''} options={stateOptions}
                  onValue={(v) => { setFilter({ ...filter, state: (v || undefined) as ImportFilter['state'] }); setOffset(0); }} />
                <SelectField<string> name="row-kind" label={m.publisher.kindOfIssue} value={filter.code ?? ''} options={kindOptions}
                  onValue={(v) => { setFilter({ ...filter, code: v || undefined }); setOffset(0); }} />
              </div>
            ) : null}
            {rows && rows.total === 0 && summary.total ? <p class="empty" role="status">{m.publisher.noRowsMatch}</p> : null}
            {table}
            {rows ? <Pager offset={offset} limit={PAGE} total={rows.total} onOffset={setOffset} label={m.publisher.importPages} /> : null}

            {summary.total && !summary.details ? <p class="note" role="status" data-field="reading-details">{m.publisher.importReadingDetails}</p> : null}
            {summary.total && !summary.imported ? (
              <div class="commit">
                <h2>{m.publisher.importAddTitle}</h2>
                <label class="check">
                  <input type="checkbox" checked={withProblems} onChange={(e) => setWithProblems((e.currentTarget as HTMLInputElement).checked)} />
                  {m.publisher.importWithProblems(count(summary.counts.to_fix))}
                </label>
                <div class="actions">
                  <button type="button" disabled={adding === 0 || progress !== null || !summary.details} onClick={() => void commit()} data-action="import-commit">
                    {m.publisher.importAdd(adding, count(adding))}
                  </button>
                </div>
              </div>
            ) : null}
            {done ? (
              <div class="import-done" role="status">
                <p>{m.publisher.importDone(count(done.added), count(done.ready), count(done.needs_proof), count(done.drafts))}</p>
                <p class="actions">
                  {done.needs_proof ? <a class="button-link" href={formatRoute('publisher', 'proofs')}>{m.publisher.attachToMany}</a> : null}
                  <a class="button-link secondary" href={formatRoute('publisher')} onClick={() => { listFilter.set({}); listOffset.set(0); }}>{m.publisher.seeClaims}</a>
                </p>
              </div>
            ) : null}
          </>
        ) : null}
      </div>
    </section>
  );
}

function RowsTable({ rows, session, imported, details, fixing, onFixing, onFixed }: {
  rows: { rows: ImportRow[]; total: number }; session: number; imported: boolean; details: boolean; fixing: number | null;
  onFixing: (index: number | null) => void; onFixed: (row: ImportRow, summary: ImportSummary) => void;
}) {
  const { m, count } = useI18n();
  return (
    <TableWrap label={m.publisher.importCaption}>
      <table class="import-table">
        <caption>{m.publisher.importCaptionCount(count(rows.total))}</caption>
        <thead>
          <tr>
            <th scope="col">{m.publisher.importLine}</th>
            <th scope="col">{m.issues.fields.claimId}</th>
            <th scope="col">{m.issues.fields.orderId}</th>
            <th scope="col">{m.issues.fields.member}</th>
            <th scope="col" class="num">{m.issues.fields.orderAmount}</th>
            <th scope="col">{m.publisher.importCheck}</th>
            <th scope="col">{m.publisher.claimableUntil}</th>
            <th scope="col">{m.publisher.importIssues}</th>
            <th scope="col"><span class="visually-hidden">{m.publisher.actions}</span></th>
          </tr>
        </thead>
        <tbody>
          {rows.rows.map((row) => (
            <ImportRowView key={row.index} row={row} open={fixing === row.index} imported={imported} details={details} session={session}
              onOpen={() => onFixing(fixing === row.index ? null : row.index)} onFixed={onFixed} />
          ))}
        </tbody>
      </table>
    </TableWrap>
  );
}

function ImportRowView({ row, open, imported, details, session, onOpen, onFixed }: {
  row: ImportRow; open: boolean; imported: boolean; details: boolean; session: number; onOpen: () => void;
  onFixed: (row: ImportRow, summary: ImportSummary) => void;
}) {
  const { m, money, date } = useI18n();
  // "Proof required" is what every row of a CSV file has under a proof-requiring program: it is
  // the row's state, or a short note after the real faults, never one fault among them.
  const shown = row.verdict.issues.filter((i) => i.code !== 'proof.required');
  const alsoProof = row.state === 'to_fix' && shown.length < row.verdict.issues.length;
  const label = row.verdict.id ?? row.claim.id ?? m.publisher.untitled;
  return (
    <>
      <tr data-valid={String(row.verdict.valid)} data-state={row.state} data-line={row.line ?? undefined} data-index={row.index}>
        <td class="line">{row.line ?? '—'}</td>
        <td class="claim-id">{label}</td>
        <td>{details ? row.claim.order?.id ?? '—' : '…'}</td>
        <td>{details ? row.claim.member_ref ?? '—' : '…'}</td>
        <td class="num">{details ? money(row.claim.order?.amount, row.claim.order?.currency) : '…'}</td>
        <td class="verdict"><span class="badge" data-status={rowBadge(row.state)}>{m.publisher.rowStates[row.state]}</span>{row.fixed ? <span class="fixed-mark">{m.publisher.rowFixedMark}</span> : null}</td>
        <td class="until">{date(row.verdict.claimable_until)}</td>
        <td class="issues-cell"><IssueList issues={shown} live={false} />{alsoProof ? <p class="note also-proof">{m.publisher.alsoProof}</p> : null}</td>
        <td>
          {row.state === 'to_fix' && !imported ? (
            <button type="button" class="link" aria-expanded={open} onClick={onOpen} disabled={!details} aria-label={m.publisher.fixNamed(label)}>
              {m.publisher.fix}
            </button>
          ) : null}
        </td>
      </tr>
      {open ? (
        <tr class="fix-row">
          <td colSpan={9}><FixForm row={row} session={session} onFixed={onFixed} onCancel={onOpen} /></td>
        </tr>
      ) : null}
    </>
  );
}

const rowBadge = (state: ImportRowState): string => (state === 'ready' ? 'ready' : state === 'needs_proof' ? 'needs_proof' : 'declined');

function FixForm({ row, session, onFixed, onCancel }: {
  row: ImportRow; session: number; onFixed: (row: ImportRow, summary: ImportSummary) => void; onCancel: () => void;
}) {
  const { core, asOf } = useApp();
  const { m } = useI18n();
  const [claim, setClaim] = useState<Claim>(row.claim);
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<unknown>(null);
  const firstRef = useRef<HTMLDivElement>(null);
  // The first field with an error takes the focus (else the first field).
  useEffect(() => {
    const form = firstRef.current;
    (form?.querySelector<HTMLElement>('[data-severity="error"] :is(input, select)') ?? form?.querySelector<HTMLElement>('input, select'))?.focus();
  }, []);

  const byPointer = new Map<string, Issue[]>();
  const rest: Issue[] = [];
  for (const issue of row.verdict.issues) {
    if (issue.code === 'proof.required') continue; // attached after the import, not here
    const pointer = pointerOf(issue);
    const column = pointer === null ? undefined : CSV_COLUMNS.find((c) => pointer === c.pointer || pointer.startsWith(`${c.pointer}/`));
    if (column) byPointer.set(column.pointer, [...(byPointer.get(column.pointer) ?? []), issue]);
    else rest.push(issue);
  }

  async function recheck() {
    setBusy(true);
    setFailure(null);
    try {
      const { row: next, summary } = await core.task('import_fix', { session, index: row.index, claim, as_of: asOf });
      onFixed(next, summary);
    } catch (e) {
      setFailure(e);
    } finally {
      setBusy(false);
    }
  }

  const field = (column: CsvColumn) => {
    const label = m.issues.fields[fieldOf(`/claims/0${column.pointer}`)];
    const value = getAt(claim, column.pointer);
    const text = typeof value === 'string' ? value : typeof value === 'boolean' ? String(value) : undefined;
    const common = { key: column.column, name: `fix-${column.column}`, label, issues: byPointer.get(column.pointer) };
    const set = (v: string | undefined) => setClaim((c) => withCell(c, column, v));
    if (column.pointer === '/reason') {
      return <SelectField<string> {...common} value={text ?? ''} options={[['', m.publisher.choose], ...REASONS.map((r) => [r, m.publisher.reasons[r]] as const)]} onValue={(v) => set(v || undefined)} />;
    }
    if (column.kind === 'bool') {
      return <SelectField<string> {...common} value={text ?? ''} options={[['', m.publisher.notStated], ['true', m.common.yes], ['false', m.common.no]]} onValue={(v) => set(v || undefined)} />;
    }
    if (column.kind === 'money') return <MoneyField {...common} value={text} onValue={set} />;
    if (column.kind === 'date') return <DateField {...common} value={text} onValue={set} />;
    return <TextField {...common} value={text} onValue={set} />;
  };

  return (
    <div class="fix-form" ref={firstRef} role="group" aria-label={m.publisher.fixTitle(row.line ?? row.index + 1)}>
      <p class="note">{m.publisher.fixNote}</p>
      <IssueList issues={rest} />
      <div class="grid">{CSV_COLUMNS.map(field)}</div>
      {failure ? <TaskFailure error={failure} /> : null}
      <div class="actions">
        <button type="button" disabled={busy} onClick={() => void recheck()} data-action="fix-check">{m.publisher.fixCheck}</button>
        <button type="button" class="secondary" onClick={onCancel}>{m.common.cancel}</button>
      </div>
    </div>
  );
}
