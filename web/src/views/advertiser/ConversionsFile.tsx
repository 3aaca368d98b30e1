// The conversions file (spec section 8): every claim with its decision as a spreadsheet
// (export_decisions_csv; ";" by default where decimals take a comma, "," selectable),
// taken back after the Action column was filled in a spreadsheet program
// (import_decisions_csv: the rows the core refuses are listed with the reason), and the
// answers sent back to each publisher as a file of its own.
import { useId, useMemo, useState } from 'preact/hooks';
import { useApp } from '../../app/context.ts';
import { ClaimsError } from '../../core/errors.ts';
import type { Claim, DecisionRecord, ImportDecisionsCsvResult, Issue, PreviewAction, Resolution } from '../../core/types.ts';
import { useI18n } from '../../i18n/index.ts';
import { csvDelimiter } from '../../format/numbers.ts';
import { ConfirmButton, SelectField } from '../../ui/fields.tsx';
import { IssueLine, IssueList } from '../../ui/IssueLine.tsx';
import { TableWrap } from '../../ui/TableWrap.tsx';
import { ViewHeading } from '../../ui/ViewHeading.tsx';
import { availableBalance, useAdvertiser } from './data.ts';
import { download, fileSafe } from './download.ts';
import { agreedPayout, type NewDecision } from './simulate.ts';
import { str } from './show.ts';
import { ProofHold } from './ProofHold.tsx';
import { useRecord } from './useRecord.ts';

type Delimiter = ',' | ';';

/** What a row of the file does to the decision recorded now: adds one, changes it, or leaves it as it is. */
export function changeOf(prior: DecisionRecord | undefined, next: DecisionRecord): 'new' | 'changed' | 'same' {
  if (!prior) return 'new';
  const a = keptColumns(prior);
  const b = keptColumns(next);
  const same = a.decision === b.decision && (a.decline_reason ?? null) === (b.decline_reason ?? null) && (a.message ?? null) === (b.message ?? null)
    && (!b.payout || a.payout === b.payout) && (!b.transaction_date || a.transaction_date === b.transaction_date);
  return same ? 'same' : 'changed';
}

/**
 * A decision read from the file with only the columns its action uses: a row turned into an
 * accept drops the decline reason and message it had (they would go out in the publisher's
 * answers file); a decline keeps its reason and message, a request its message.
 */
export function keptColumns(d: DecisionRecord): DecisionRecord {
  if (d.decision === 'accept') return { claim_id: d.claim_id, decision: 'accept', payout: d.payout ?? null, transaction_date: d.transaction_date ?? null };
  if (d.decision === 'decline') return { claim_id: d.claim_id, decision: 'decline', decline_reason: d.decline_reason ?? null, message: d.message ?? null };
  return { claim_id: d.claim_id, decision: 'request_info', message: d.message ?? null };
}

export function ConversionsFile() {
  const { core, asOf, notify } = useApp();
  const recordWithUndo = useRecord();
  const { m, tag, money, date, count } = useI18n();
  const data = useAdvertiser();
  const [delimiter, setDelimiter] = useState<Delimiter>(() => csvDelimiter(tag));
  const [file, setFile] = useState('all');
  const [exportIssues, setExportIssues] = useState<Issue[]>([]);
  const [problem, setProblem] = useState<ClaimsError | null>(null);
  const [imported, setImported] = useState<{ name: string; result: ImportDecisionsCsvResult } | null>(null);
  const [acceptTampered, setAcceptTampered] = useState(false);
  const inputId = useId();
  const c = m.advertiser.conversions;

  const claims = useMemo(() => data.claims.filter((x) => file === 'all' || x.fileKey === file).map((x) => x.claim), [data.claims, file]);
  const decisionsFor = (list: readonly Claim[]): DecisionRecord[] => {
    const ids = new Set(list.map((x) => x.id));
    return [...data.decisions.values()].filter((d) => ids.has(d.claim_id)).map((d) => d.decision);
  };
  const publishers = useMemo(() => {
    const byId = new Map<string, { id: string; name: string | undefined; claims: Claim[] }>();
    for (const x of data.claims) {
      const id = str(x.claim.publisher?.id) ?? '';
      if (!x.claim.id || !data.decisions.has(x.claim.id)) continue;
      const entry = byId.get(id) ?? { id, name: str(x.claim.publisher?.name), claims: [] };
      entry.claims.push(x.claim);
      byId.set(id, entry);
    }
    return [...byId.values()];
  }, [data.claims, data.decisions]);

  async function exportFile(list: Claim[], name: string) {
    setProblem(null);
    try {
      const { csv, issues } = await core.call('export_decisions_csv', { claims: list, decisions: decisionsFor(list), delimiter });
      setExportIssues(issues);
      download(new Blob([csv], { type: 'text/csv;charset=utf-8' }), name);
      notify({ text: c.downloaded(name) });
    } catch (e) {
      setProblem(e instanceof ClaimsError ? e : new ClaimsError('client.task_failed', '', String(e)));
    }
  }

  async function read(f: File) {
    setProblem(null);
    setImported(null);
    setAcceptTampered(false);
    try {
      const result = await core.call('import_decisions_csv', { csv: await f.text(), claims: data.claims.map((x) => x.claim) });
      setImported({ name: f.name, result });
    } catch (e) {
      setProblem(e instanceof ClaimsError ? e : new ClaimsError('client.task_failed', '', String(e)));
    }
  }

  /** Each imported accept is previewed as the file says (its payout, its transaction date) to know when it pays. */
  async function actionFor(d: DecisionRecord, claim: Claim | undefined, balance: string): Promise<{ action: PreviewAction | null; due: string; total: string | null | undefined }> {
    if (d.decision !== 'accept' || !claim || !data.settings) return { action: null, due: '0', total: d.payout };
    // The file's Payout is the total agreed (spec section 7): for a wrong-amount claim the action pays total − tracked.
    const total = d.payout;
    try {
      const r = await core.call('preview_resolution', {
        as_of: asOf, contract: data.settings.contract, policy: data.settings.policy, claim, account: { balance },
        resolution: { decision: 'accept', ...(d.transaction_date ? { transaction_date: d.transaction_date } : {}),
          ...(total ? { payout_option: 'specify', payout_amount: total } : { payout_option: 'expected' }) },
      });
      return { action: r.action, due: r.funds.due_on_approval ?? '0', total };
    } catch {
      return { action: null, due: '0', total };
    }
  }

  async function recordImported() {
    if (!imported || !data.settings) return;
    const byId = new Map(data.claims.map((x) => [x.claim.id, x.claim]));
    const balance = availableBalance(data.decisions.values(), data.settings.account);
    const next: NewDecision[] = [];
    // Accepts of claims whose proof failed the package check only with the explicit choice.
    for (const d of imported.result.decisions.filter((x) => acceptTampered || !heldIds.includes(x.claim_id) || x.decision !== 'accept')) {
      const { action, due, total } = await actionFor(d, byId.get(d.claim_id), balance);
      // An accept the file left without a payout or a date gets the previewed ones (the expected payout, the order date).
      const resolution: Resolution = d.decision === 'accept'
        ? { decision: 'accept', ...(d.transaction_date ? { transaction_date: d.transaction_date } : {}), payout_option: total ? 'specify' : 'expected',
          ...(total ? { payout_amount: total } : {}) }
        : d.decision === 'decline' ? { decision: 'decline', decline_reason: d.decline_reason ?? 'other' } : { decision: 'request_info', message: d.message ?? '' };
      const decision = keptColumns(d.decision === 'accept' && action
        ? { ...d, payout: total ?? agreedPayout(byId.get(d.claim_id), resolution, action), transaction_date: action.transaction_date } : d);
      next.push({
        claim_id: d.claim_id, decision, decided_on: asOf, source: 'file', action, due_on_approval: due, resolution,
      });
    }
    if (await recordWithUndo(next, c.recorded(next.length))) setImported(null);
  }

  const heldIds = (imported?.result.decisions ?? []).filter((d) => d.decision === 'accept' && data.tampered.has(d.claim_id)).map((d) => d.claim_id);
  const recordCount = (imported?.result.decisions.length ?? 0) - (acceptTampered ? 0 : heldIds.length);
  const rejected = imported?.result.issues.filter((x) => x.severity === 'error') ?? [];
  // The header counts rows, not issues: a row can be refused for its payout and its date at once.
  const rejectedRows = new Set(rejected.map((x) => /^\/rows\/(\d+)/.exec(x.path)?.[1] ?? x.path)).size;
  const delimiterOptions: [Delimiter, string][] = [[';', c.semicolon], [',', c.comma]];
  return (
    <>
      <section class="conversions" aria-labelledby="conv-export">
        <ViewHeading>{c.title}</ViewHeading>
        <p class="lede">{c.lede}</p>
        {problem ? <IssueLine issue={{ severity: 'error', code: problem.code, path: problem.path, message: problem.message }} /> : null}
        <h2 id="conv-export">{c.exportTitle}</h2>
        <p class="note">{c.exportNote}</p>
        <div class="grid">
          <SelectField name="conv_file" label={m.advertiser.queue.fileFilter} value={file} onValue={setFile}
            options={[['all', m.advertiser.queue.allFiles], ...(data.files ?? []).map((f) => [f.key, f.name] as const)]} />
          <SelectField<Delimiter> name="delimiter" label={c.delimiter} hint={c.delimiterHint} value={delimiter} onValue={setDelimiter} options={delimiterOptions} />
        </div>
        <div class="actions">
          <button type="button" data-action="export" disabled={!claims.length} onClick={() => void exportFile(claims, `conversions-${asOf}.csv`)}>{c.export(claims.length)}</button>
        </div>
        <IssueList issues={exportIssues} />
      </section>
      <section class="conversions-import" aria-labelledby="conv-import">
        <h2 id="conv-import">{c.importTitle}</h2>
        <p class="note">{c.importNote}</p>
        <input id={inputId} type="file" accept=".csv,text/csv" class="file-input" data-field="decisions-input"
          onChange={(e) => {
            const input = e.currentTarget as HTMLInputElement;
            const f = input.files?.[0];
            input.value = '';
            if (f) void read(f);
          }} />
        <label class="file-pick secondary" for={inputId}>{c.importPick}</label>
        {imported ? (
          <div class="import-result" data-field="import-result" aria-live="polite">
            <p><strong data-field="import-count">{c.found(imported.name, imported.result.decisions.length, rejectedRows)}</strong></p>
            {rejected.length ? (
              <div class="rejected" data-field="rejected">
                <h3>{c.rejectedTitle}</h3>
                <ul class="rejected-rows">
                  {rejected.map((x, i) => {
                    const line = /^\/rows\/(\d+)/.exec(x.path)?.[1];
                    return <li key={i} data-line={line ?? ''}>{line ? <strong class="line">{c.line(Number(line))}</strong> : null}<IssueLine issue={x} /></li>;
                  })}
                </ul>
              </div>
            ) : null}
            <IssueList issues={imported.result.issues.filter((x) => x.severity !== 'error')} live={false} />
            {imported.result.decisions.length ? (
              <>
                <TableWrap label={c.decisionsTitle}>
                  <table class="imported-decisions">
                    <caption>{c.decisionsTitle}</caption>
                    <thead>
                      <tr>
                        <th scope="col">{m.issues.fields.claimId}</th><th scope="col">{c.action}</th><th scope="col" class="num">{c.payout}</th>
                        <th scope="col">{m.issues.fields.transactionDate}</th><th scope="col">{c.reasonOrMessage}</th><th scope="col">{c.before}</th>
                      </tr>
                    </thead>
                    <tbody>
                      {imported.result.decisions.map((d, i) => {
                        const prior = data.decisions.get(d.claim_id);
                        const change = changeOf(prior?.decision, d);
                        return (
                          <tr key={i} data-claim={d.claim_id} data-decision={d.decision} data-change={change} class={change === 'same' ? undefined : 'changes'}>
                            <td>{d.claim_id}{data.tampered.has(d.claim_id) ? <span class="sub proof-failed" data-field="proof-failed">{m.advertiser.outcomes.proofFailed}</span> : null}</td>
                            <td>{m.advertiser.decided[d.decision]}</td>
                            <td class="num">{d.payout ? money(d.payout, data.settings?.contract.currency) : '—'}</td>
                            <td>{d.transaction_date ? date(d.transaction_date) : '—'}</td>
                            <td>{d.decline_reason ? m.advertiser.declineReasons[d.decline_reason] ?? d.decline_reason : d.message ?? '—'}</td>
                            <td data-field="before">{prior ? m.advertiser.decided[prior.decision.decision] : c.none} <span class="badge" data-change={change}>{c.changes[change]}</span></td>
                          </tr>
                        );
                      })}
                    </tbody>
                  </table>
                </TableWrap>
                <ProofHold ids={heldIds} accept={acceptTampered} onAccept={setAcceptTampered} />
                <div class="actions">
                  <ConfirmButton class="primary" label={c.record(recordCount)} confirmLabel={c.recordConfirm}
                    question={c.recordQuestion(recordCount)} onConfirm={() => void recordImported()} />
                  <button type="button" class="secondary" onClick={() => setImported(null)}>{m.common.cancel}</button>
                </div>
              </>
            ) : null}
          </div>
        ) : null}
      </section>
      <section class="answers" aria-labelledby="conv-answers">
        <h2 id="conv-answers">{c.answersTitle}</h2>
        <p class="note">{c.answersNote}</p>
        {publishers.length ? (
          <ul class="answer-files">
            {publishers.map((p) => (
              <li key={p.id} data-publisher={p.id}>
                <span>{c.answersFor(p.name ?? p.id ?? '—', count(p.claims.length))}</span>{' '}
                <button type="button" class="secondary" onClick={() => void exportFile(p.claims, `answers-${fileSafe(p.id || 'publisher')}-${asOf}.csv`)}>
                  {c.answersDownload}
                </button>
              </li>
            ))}
          </ul>
        ) : <p class="empty">{c.noAnswers}</p>}
      </section>
    </>
  );
}
