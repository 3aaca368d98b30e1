// Members and balances to and from a CSV file (`member,available`). Importing reads the
// file, has the core check every amount in the ledger's currency (apply_adjustments with
// no adjustment: a bad amount is its money.invalid, at the line it came from), and shows
// what would change before anything does; Import then sets the balances, with an undo.
// The currency can be chosen while the ledger is empty.
import { useEffect, useId, useState } from 'preact/hooks';
import { useApp } from '../../app/context.ts';
import type { Balance, Issue } from '../../core/types.ts';
import { ClaimsError } from '../../core/errors.ts';
import { todayIso } from '../../format/dates.ts';
import { useI18n } from '../../i18n/index.ts';
import { importBalances, restoreMembers } from '../../store/ledger.ts';
import { shownElsewhere } from '../../store/workspace.ts';
import { saveBlob } from '../../ui/download.ts';
import { IssueLine } from '../../ui/IssueLine.tsx';
import { SelectField } from '../../ui/fields.tsx';
import type { LedgerData } from './data.ts';
import { readMembersCsv, writeMembersCsv, type RowProblem } from './work/files.ts';

/** The currencies of spec section 2. */
const CURRENCIES = ['EUR', 'USD', 'GBP', 'CHF', 'CAD', 'AUD', 'SEK', 'NOK', 'DKK', 'PLN', 'CZK', 'HUF', 'BRL', 'MXN', 'INR', 'CNY', 'JPY', 'KRW', 'BHD', 'KWD', 'JOD', 'OMR', 'TND'];
/** Problems listed at most (the rest are counted). */
const PROBLEMS_SHOWN = 100;

interface Review {
  file: string;
  lines: number;
  balances: Balance[];
  added: number;
  changed: number;
  unchanged: number;
  problems: (RowProblem | { line: number; kind: 'amount'; member: string; issue: Issue })[];
  missing: string[];
  unterminated: number | null;
  refused: Issue | null;
}

export function MembersFiles({ data }: { data: LedgerData }) {
  const { core, workspace, notify } = useApp();
  const { m, tag, count } = useI18n();
  const inputId = useId();
  const [review, setReview] = useState<Review | null>(null);
  const [reading, setReading] = useState(false);
  const [ledgerEmpty, setLedgerEmpty] = useState(false);

  useEffect(() => {
    let live = true;
    const check = () => void workspace.guard(() => workspace.db.count('ledger')).then((n) => { if (live) setLedgerEmpty(n === 0); }, () => undefined);
    check();
    const off = workspace.onChange((c) => { if (c.store === 'ledger') check(); });
    return () => { live = false; off(); };
  }, [workspace]);

  async function read(file: File) {
    setReading(true);
    try {
      setReview(await reviewFile(file.name, await file.text()));
    } catch (e) {
      shownElsewhere(e);
    } finally {
      setReading(false);
    }
  }

  async function reviewFile(name: string, text: string): Promise<Review> {
    const parsed = readMembersCsv(text);
    const review: Review = {
      file: name, lines: parsed.rows.length + parsed.problems.length, balances: [], added: 0, changed: 0, unchanged: 0,
      problems: [...parsed.problems], missing: parsed.missing, unterminated: parsed.unterminated, refused: null,
    };
    if (parsed.missing.length || !parsed.rows.length) return review;
    try {
      // First pass: which amounts the core refuses (each at /balances/<i>/available).
      const first = await core.call('apply_adjustments', {
        currency: data.currency, balances: parsed.rows.map((r) => ({ member: r.member, available: r.amount })), adjustments: [],
      });
      const bad = new Map<number, Issue>();
      for (const issue of first.issues) {
        const i = /^\/balances\/(\d+)\//.exec(issue.path)?.[1];
        if (i !== undefined) bad.set(Number(i), issue);
        else review.refused = issue;
      }
      const good = parsed.rows.filter((_, i) => !bad.has(i));
      for (const [i, issue] of bad) {
        const row = parsed.rows[i]!;
        review.problems.push({ line: row.line, kind: 'amount', member: row.member, issue });
      }
      // Second pass, the good rows only: their amounts in the core's canonical form.
      const second = good.length && !review.refused ? await core.call('apply_adjustments', {
        currency: data.currency, balances: good.map((r) => ({ member: r.member, available: r.amount })), adjustments: [],
      }) : null;
      review.balances = second?.balances ?? [];
    } catch (e) {
      if (!(e instanceof ClaimsError)) throw e;
      review.refused = { severity: 'error', code: e.code, path: e.path, message: e.message };
    }
    review.problems.sort((a, b) => a.line - b.line);
    const stored = new Map(data.members.map((r) => [r.member, r.available]));
    for (const b of review.balances) {
      const was = stored.get(b.member);
      if (was === undefined) review.added++;
      else if (was === b.available) review.unchanged++;
      else review.changed++;
    }
    return review;
  }

  async function commit() {
    if (!review) return;
    const stored = new Map(data.members.map((r) => [r.member, r.available]));
    const changes = review.balances.filter((b) => stored.get(b.member) !== b.available);
    try {
      const undo = await importBalances(workspace, changes);
      setReview(null);
      notify({
        text: m.members.imported(changes.length, count(changes.length)),
        undoLabel: m.members.undoImport,
        undo: async () => { await restoreMembers(workspace, undo).catch(shownElsewhere); },
      });
    } catch (e) {
      shownElsewhere(e);
    }
  }

  function exportFile() {
    saveBlob(new Blob([writeMembersCsv(data.members, tag)], { type: 'text/csv;charset=utf-8' }), `members-${todayIso()}.csv`);
  }

  const problemText = (p: Review['problems'][number]): string => {
    switch (p.kind) {
      case 'shape': return m.members.rowShape;
      case 'member_missing': return m.members.rowNoMember;
      case 'member_invalid': return m.members.rowBadMember(p.member);
      case 'duplicate': return m.members.rowDuplicate(p.member, p.first);
      case 'amount_missing': return m.members.rowNoAmount(p.member);
      case 'amount': return p.member;
    }
  };
  const changes = review ? review.added + review.changed : 0;

  return (
    <section aria-labelledby="members-files">
      <h2 id="members-files">{m.members.filesTitle}</h2>
      <p class="note">{m.members.filesNote}</p>
      {data.members.length === 0 && ledgerEmpty ? (
        <div class="grid">
          <SelectField name="currency" label={m.members.currency} hint={m.members.currencyHint} value={data.currency}
            options={CURRENCIES.map((c) => [c, c] as const)}
            onValue={(v) => void workspace.setSetting('ledger_currency', v).catch(shownElsewhere)} />
        </div>
      ) : null}
      <div class="actions">
        <input id={inputId} type="file" class="file-input" accept=".csv,text/csv,text/plain" data-field="members-input"
          onChange={(e) => {
            const input = e.currentTarget as HTMLInputElement;
            const file = input.files?.[0];
            input.value = '';
            if (file) void read(file);
          }} />
        <label class="file-pick" for={inputId}>{m.members.importPick}</label>
        <button type="button" class="secondary" disabled={!data.members.length} onClick={exportFile}>{m.members.exportMembers}</button>
      </div>
      {reading ? <p role="status">{m.common.loading}</p> : null}
      {review ? (
        <div class="banner import-review" role="region" aria-label={m.members.reviewLabel} data-kind="confirm">
          {review.missing.length ? (
            <p role="alert">{m.members.missingColumns(review.missing.join(', '))}</p>
          ) : (
            <>
              <p data-field="import-summary">{m.members.reviewSummary(review.file, count(review.lines), review.added, count(review.added), review.changed, count(review.changed), count(review.unchanged))}</p>
              {review.unterminated !== null ? <p class="issue" data-severity="error">{m.members.rowUnterminated(review.unterminated)}</p> : null}
              {review.refused ? <IssueLine issue={review.refused} /> : null}
              {review.problems.length ? (
                <>
                  <p>{m.members.problemsTitle(review.problems.length, count(review.problems.length))}</p>
                  <ul class="row-problems">
                    {review.problems.slice(0, PROBLEMS_SHOWN).map((p, i) => (
                      <li key={i} data-line={p.line}>
                        <strong>{m.members.line(p.line)}</strong>{' '}
                        {p.kind === 'amount' ? <><span class="member-id">{p.member}</span><IssueLine issue={p.issue} /></> : problemText(p)}
                      </li>
                    ))}
                  </ul>
                </>
              ) : null}
            </>
          )}
          <div class="actions">
            <button type="button" disabled={!changes} onClick={() => void commit()}>{m.members.importConfirm(changes, count(changes))}</button>
            <button type="button" class="secondary" onClick={() => setReview(null)}>{m.common.cancel}</button>
          </div>
        </div>
      ) : null}
    </section>
  );
}
