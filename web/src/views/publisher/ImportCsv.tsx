// Publisher: a claims CSV file checked in bulk. The file's text goes to import_claims_csv
// with `validate` (the default program policy, the as-of day) in the core's worker, so the
// page stays responsive; each claim is listed with its issues at /rows/<line>/<column>.
// Issue 13 turns good rows into claims and lets bad ones be fixed in place.
import { useEffect, useId, useState } from 'preact/hooks';
import { useApp } from '../../app/context.ts';
import type { ImportClaimsCsvResult } from '../../core/types.ts';
import { ClaimsError } from '../../core/errors.ts';
import { useI18n } from '../../i18n/index.ts';
import { IssueLine, IssueList } from '../../ui/IssueLine.tsx';
import { TextField } from '../../ui/fields.tsx';
import { ViewHeading } from '../../ui/ViewHeading.tsx';
import { TableWrap } from '../../ui/TableWrap.tsx';

/** Rows beyond this are counted in the summary but not drawn. */
const MAX_TABLE_ROWS = 500;

/** The file line of an issue path "/rows/N/..." (the header is line 1), else null. */
const lineOf = (path: string): string | null => /^\/rows\/(\d+)(\/|$)/.exec(path)?.[1] ?? null;

export function ImportCsv() {
  const { core, workspace, asOf } = useApp();
  const { m, count, money, date } = useI18n();
  const inputId = useId();
  const [publisherId, setPublisherId] = useState<string | undefined>(undefined);
  const [currency, setCurrency] = useState<string | undefined>('EUR');
  const [file, setFile] = useState<{ name: string; text: string } | null>(null);
  const [result, setResult] = useState<ImportClaimsCsvResult | null>(null);
  const [refused, setRefused] = useState<ClaimsError | null>(null);
  const [progress, setProgress] = useState<string | null>(null);

  // Rows without a publisher get the workspace's own publisher id, unless changed here.
  useEffect(() => {
    void workspace.getSetting('publisher').then((p) => { if (p.id) setPublisherId((current) => current ?? p.id); }, () => undefined);
  }, [workspace]);

  async function check(current = file) {
    if (!current) return;
    setProgress(m.publisher.importChecking);
    try {
      const policies = await workspace.getSetting('policies');
      const defaults: { publisher_id?: string; currency?: string } = {};
      if (publisherId) defaults.publisher_id = publisherId;
      if (currency) defaults.currency = currency;
      const r = await core.call('import_claims_csv', { csv: current.text, defaults, validate: { as_of: asOf, policy: policies.default } }, {
        onProgress: (done, total) => setProgress(m.publisher.importProgress(done, total)),
      });
      setResult(r);
      setRefused(null);
    } catch (e) {
      if (!(e instanceof ClaimsError)) throw e;
      setRefused(e);
      setResult(null);
    } finally {
      setProgress(null);
    }
  }

  const validation = result?.validation;
  const fileIssues = result ? [...result.issues, ...(validation?.issues ?? [])] : [];
  const shown = validation?.claims.slice(0, MAX_TABLE_ROWS) ?? [];

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
          <input id={inputId} type="file" class="file-input" accept=".csv,text/csv,text/plain" data-field="csv-input"
            onChange={async (e) => {
              const input = e.currentTarget as HTMLInputElement;
              const picked = input.files?.[0];
              input.value = '';
              if (!picked) return;
              // Invalid UTF-8 becomes U+FFFD here; the core then sees text, as the spec's JSON would.
              const next = { name: picked.name, text: await picked.text() };
              setFile(next);
              void check(next);
            }} />
          <label class="file-pick" for={inputId}>{m.publisher.importPick}</label>
          <button type="submit" class="secondary" disabled={!file}>{m.publisher.importRecheck}</button>
        </div>
      </form>
      {progress ? <p role="status">{progress}</p> : null}
      <div class="import-result" aria-live="polite">
        {refused ? <IssueLine issue={{ severity: 'error', code: refused.code, path: refused.path, message: refused.message }} /> : null}
        {validation && file ? (
          <>
            <dl class="facts">
              <dt>{m.publisher.importFile}</dt><dd data-field="file">{file.name}</dd>
              <dt>{m.publisher.importRead}</dt><dd data-field="total">{count(validation.summary.total)}</dd>
              <dt>{m.publisher.importValid}</dt><dd data-field="valid">{count(validation.summary.valid)}</dd>
              <dt>{m.publisher.importWithErrors}</dt><dd data-field="with-errors">{count(validation.summary.with_errors)}</dd>
              <dt>{m.publisher.importWithWarnings}</dt><dd data-field="with-warnings">{count(validation.summary.with_warnings)}</dd>
            </dl>
            <div class="file-issues"><IssueList issues={fileIssues} live={false} /></div>
            {shown.length ? (
              <TableWrap label={m.publisher.importCaption}>
                <table class="import-table">
                  <caption>{m.publisher.importCaption}</caption>
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
                    </tr>
                  </thead>
                  <tbody>
                    {shown.map((verdict, index) => {
                      const claim = result?.claims?.[index] ?? {};
                      const line = verdict.issues.map((i) => lineOf(i.path)).find((n) => n !== null) ?? null;
                      return (
                        <tr key={index} data-valid={String(verdict.valid)} data-line={line ?? undefined}>
                          <td class="line">{line ?? '—'}</td>
                          <td class="claim-id">{verdict.id ?? claim.id ?? '—'}</td>
                          <td>{claim.order?.id ?? '—'}</td>
                          <td>{claim.member_ref ?? '—'}</td>
                          <td class="num">{money(claim.order?.amount, claim.order?.currency)}</td>
                          <td class="verdict">{verdict.valid ? m.publisher.rowValid : m.publisher.rowErrors}</td>
                          <td class="until">{date(verdict.claimable_until)}</td>
                          <td class="issues-cell"><IssueList issues={verdict.issues} live={false} /></td>
                        </tr>
                      );
                    })}
                  </tbody>
                </table>
              </TableWrap>
            ) : null}
            {validation.claims.length > shown.length ? <p class="note">{m.publisher.importShowing(shown.length, validation.claims.length)}</p> : null}
          </>
        ) : null}
      </div>
    </section>
  );
}
