// Publisher: send claims. The user picks the claims (those ready to send, or the ones
// selected in the list) and the file: a claim package (ZIP: claims.json and every proof,
// for advertisers who check it in this application), the claims CSV (the import's columns,
// for a spreadsheet), or a network's bulk file (Awin, impact.com) with the advertiser ids
// mapped in Programs. The worker builds the file (work/send.ts); it is downloaded, and the
// claims in it are marked as sent, with an undo.
import { useEffect, useState } from 'preact/hooks';
import { useApp } from '../../app/context.ts';
import { formatRoute } from '../../app/router.ts';
import { useI18n } from '../../i18n/index.ts';
import { csvDelimiter, formatSize } from '../../format/numbers.ts';
import type { SendFormat } from '../../store/schema.ts';
import { SEND_FORMATS } from '../../store/schema.ts';
import { IssueLine } from '../../ui/IssueLine.tsx';
import { TextField } from '../../ui/fields.tsx';
import { ViewHeading } from '../../ui/ViewHeading.tsx';
import { saveBlob } from '../../ui/download.ts';
import type { SendResult } from './work/protocol.ts';
import { claimsVersion, selection, useShared } from './listState.ts';
import { TaskFailure } from './TaskFailure.tsx';
import { Progress, type ProgressState } from './Progress.tsx';

/** The browser's offset from UTC on a day, as ±HH:MM (impact.com's date-times). */
export function utcOffset(isoDay: string): string {
  const minutes = -new Date(`${isoDay}T12:00:00`).getTimezoneOffset();
  const sign = minutes < 0 ? '-' : '+';
  const abs = Math.abs(minutes);
  return `${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
}

export function SendPage() {
  const { core, workspace, asOf, notify } = useApp();
  const { m, count, tag } = useI18n();
  const selected = useShared(selection);
  const version = useShared(claimsVersion);
  const [chosen, setWhich] = useState<'ready' | 'selected'>(selected.size ? 'selected' : 'ready');
  const which = selected.size ? chosen : 'ready';
  const [format, setFormat] = useState<SendFormat>('package');
  const [offset, setOffset] = useState<string | undefined>(() => utcOffset(asOf));
  const [days, setDays] = useState<string | undefined>(undefined);
  const [readyCount, setReadyCount] = useState<number | null>(null);
  const [result, setResult] = useState<SendResult | null>(null);
  const [progress, setProgress] = useState<ProgressState | null>(null);
  const [failure, setFailure] = useState<unknown>(null);

  useEffect(() => {
    core.task('claims_query', { as_of: asOf, filter: { state: 'ready' }, sort: { key: 'updated', dir: 'desc' }, offset: 0, limit: 1 })
      .then((p) => setReadyCount(p.total), setFailure);
  }, [core, asOf, version]);
  useEffect(() => {
    void workspace.getSetting('policies').then((p) => { if (p.default.response_days !== undefined) setDays((d) => d ?? String(p.default.response_days)); });
  }, [workspace]);

  async function send() {
    setFailure(null);
    setResult(null);
    setProgress({ text: m.publisher.sendBuilding, done: null, total: null });
    try {
      // The default policy's days may not be in the field yet (Send pressed at once): read them.
      const typed = days ?? await workspace.getSetting('policies').then((p) => (p.default.response_days !== undefined ? String(p.default.response_days) : undefined), () => undefined);
      const responseDays = typed && /^\d+$/.test(typed.trim()) ? Number(typed.trim()) : undefined;
      const built = await core.task('send_build', {
        keys: which === 'selected' ? [...selected] : null, format, as_of: asOf, delimiter: csvDelimiter(tag),
        ...(format === 'impact' ? { utc_offset: offset ?? '+00:00', ...(responseDays !== undefined ? { response_days: responseDays } : {}) } : {}),
      }, { onProgress: (done, total) => setProgress({ text: m.publisher.sendBuilding, done, total }) });
      setResult(built);
      if (!built.file) return;
      saveBlob(built.file, built.name);
      const marked = await core.task('send_mark', { keys: built.included, format, file: built.name, as_of: asOf });
      if (which === 'selected') selection.set(new Set());
      notify({
        text: m.publisher.sentNotice(marked.marked, count(marked.marked), built.name),
        undo: async () => { await core.task('claims_revert', { records: marked.before }); },
      });
    } catch (e) {
      setFailure(e);
    } finally {
      setProgress(null);
    }
  }

  const network = format === 'awin' || format === 'impact';
  // Nothing to send: the button waits, and the page says why instead of making no file.
  const noneReady = which === 'ready' && readyCount === 0;
  return (
    <section class="send">
      <ViewHeading>{m.publisher.sendTitle}</ViewHeading>
      <p class="lede">{m.publisher.sendLede}</p>
      <form noValidate onSubmit={(e) => { e.preventDefault(); void send(); }}>
        <fieldset>
          <legend>{m.publisher.sendWhich}</legend>
          <div class="choices">
            <label class="check"><input type="radio" name="which" value="ready" checked={which === 'ready'} onChange={() => setWhich('ready')} />
              {readyCount === null ? m.publisher.sendReadyCounting : m.publisher.sendReady(readyCount, count(readyCount))}</label>
            {selected.size ? (
              <label class="check"><input type="radio" name="which" value="selected" checked={which === 'selected'} onChange={() => setWhich('selected')} />
                {m.publisher.sendSelectedCount(selected.size, count(selected.size))}</label>
            ) : null}
          </div>
          {!selected.size ? <p class="note">{m.publisher.sendSelectHint} <a href={formatRoute('publisher')}>{m.publisher.backToClaims}</a></p> : null}
        </fieldset>
        <fieldset>
          <legend>{m.publisher.sendFormat}</legend>
          <div class="formats">
            {SEND_FORMATS.map((f) => (
              <label key={f} class="format-choice" data-format={f}>
                <input type="radio" name="format" value={f} checked={format === f} onChange={() => setFormat(f)} />
                <span><strong>{m.publisher.formatTitles[f]}</strong><br /><span class="note">{m.publisher.formatNotes[f]}</span></span>
              </label>
            ))}
          </div>
          {format === 'impact' ? (
            <div class="grid">
              <TextField name="utc_offset" label={m.publisher.utcOffset} hint={m.publisher.utcOffsetHint} example="+01:00" value={offset} onValue={setOffset} input={{ class: 'short' }} />
              <TextField name="response_days" label={m.publisher.responseDays} hint={m.publisher.responseDaysHint} example="30" value={days} onValue={setDays} input={{ inputMode: 'numeric', class: 'short' }} />
            </div>
          ) : null}
          {network ? <p class="note">{m.publisher.networkIdsNote} <a href={formatRoute('publisher', 'programs')}>{m.publisher.programsLink}</a></p> : null}
        </fieldset>
        <div class="actions">
          <button type="submit" data-action="send" disabled={progress !== null || noneReady} aria-describedby={noneReady ? 'send-none-ready' : undefined}>{m.publisher.sendCreate}</button>
        </div>
        {noneReady ? <p class="note" id="send-none-ready" data-field="send-none-ready">{m.publisher.sendNoneReady}</p> : null}
      </form>
      {progress ? <Progress state={progress} /> : null}
      {failure ? <TaskFailure error={failure} /> : null}
      {result ? <SendReport result={result} size={result.file ? formatSize(result.file.size, tag) : null} /> : null}
    </section>
  );
}

function SendReport({ result, size }: { result: SendResult; size: string | null }) {
  const { m, count } = useI18n();
  return (
    <div class="send-result" aria-live="polite">
      {result.file ? (
        <p class="done" data-field="send-file">
          {m.publisher.sendMade(result.name, size ?? '', result.included.length, count(result.included.length))}{' '}
          <button type="button" class="link" onClick={() => result.file && saveBlob(result.file, result.name)}>{m.publisher.downloadAgain}</button>
        </p>
      ) : <p class="issue" data-severity="error" data-field="send-nothing"><span class="issue-text">{m.publisher.sendNothing}</span></p>}
      {result.no_publisher ? (
        <p class="issue" data-severity="error"><span class="issue-text">{m.publisher.noPublisher}</span> <a href={formatRoute('settings')}>{m.common.views.settings}</a></p>
      ) : null}
      {result.missing_proofs.length ? (
        <div class="issue" data-severity="error">
          <p class="issue-text">{m.publisher.missingProofs}</p>
          <ul>{result.missing_proofs.map((p, i) => <li key={i}>{p.id ? `${p.id}: ` : ''}{p.name}</li>)}</ul>
        </div>
      ) : null}
      {result.unmapped.length ? <p class="issue" data-severity="warning" data-field="unmapped"><span class="issue-text">{m.publisher.unmapped(result.unmapped.join(', '))}</span></p> : null}
      {result.excluded_count ? (
        <details class="excluded" open={result.included.length === 0}>
          <summary>{m.publisher.excludedCount(result.excluded_count, count(result.excluded_count))}</summary>
          <ul>
            {result.excluded.map((x) => (
              <li key={x.key} data-why={x.why}>
                <a href={formatRoute('publisher', 'claims', x.key)}>{x.id ?? m.publisher.untitled}</a>: {m.publisher.exclusions[x.why]}
              </li>
            ))}
          </ul>
        </details>
      ) : null}
      {result.issues.length ? (
        <div class="send-issues">
          <h2>{m.publisher.sendIssues}</h2>
          {result.issues.map((x, i) => (
            <div key={i} class="send-issue">
              {x.key ? <a href={formatRoute('publisher', 'claims', x.key)}>{x.id ?? m.publisher.untitled}</a> : null}
              <IssueLine issue={x.issue} />
            </div>
          ))}
        </div>
      ) : null}
    </div>
  );
}
