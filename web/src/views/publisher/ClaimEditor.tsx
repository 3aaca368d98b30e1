// Publisher: one claim in the editor. Every change is saved to the workspace (IndexedDB)
// shortly after the user stops typing, and validated by the core in its worker
// (validate_claims, with the program policy of the claim's advertiser). Each issue is shown
// next to its field; "required" ones only once the field was left or "Mark ready" pressed.
// If another tab saved this claim meanwhile, nothing is overwritten: the user chooses.
import { useCallback, useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { useApp } from '../../app/context.ts';
import { useI18n } from '../../i18n/index.ts';
import { fieldOf } from '../../i18n/fields.ts';
import type { Claim, ClaimReason, ClaimVerdict, Issue } from '../../core/types.ts';
import { ClaimsError } from '../../core/errors.ts';
import { ConflictError, StorageError, shownElsewhere } from '../../store/workspace.ts';
import type { ClaimRecord, Settings } from '../../store/schema.ts';
import { policyFor } from '../../store/defaults.ts';
import { getAt, withValue } from '../../ui/pointer.ts';
import { assignIssues, visibleIssues } from '../../ui/issues.ts';
import { ConfirmButton, DateField, MoneyField, SelectField, TextAreaField, TextField } from '../../ui/fields.tsx';
import { IssueList, IssueLine } from '../../ui/IssueLine.tsx';
import { ViewHeading } from '../../ui/ViewHeading.tsx';
import { CLAIM_FIELDS, CURRENCIES, ISSUE_SLOTS, maxProofBytes, needsTracked, type ClaimFieldDef, type FieldGroup } from './claimFields.ts';
import { Proofs } from './Proofs.tsx';
import { ItemsEditor } from './ItemsEditor.tsx';
import { Thread } from './Thread.tsx';
import { AnswerBox, SentNote } from './AnswerBox.tsx';
import { memberCashback } from '../../store/credits.ts';
import { claimState } from './work/listQuery.ts';
import { StateBadge } from './StateBadge.tsx';

const BASE = '/claims/0';
const SAVE_DELAY_MS = 400;
const VALIDATE_DELAY_MS = 150;

type SaveState = 'idle' | 'pending' | 'saving' | 'saved' | 'conflict' | 'failed';

export function ClaimEditor({ recordKey }: { recordKey: string }) {
  const { workspace, core, asOf, navigate, notify } = useApp();
  const i18n = useI18n();
  const { m } = i18n;
  const [record, setRecord] = useState<ClaimRecord | null | undefined>(undefined);
  const [claim, setClaim] = useState<Claim>({});
  const [saveState, setSaveState] = useState<SaveState>('idle');
  const [theirs, setTheirs] = useState<ClaimRecord | null>(null);
  const [touched, setTouched] = useState<ReadonlySet<string>>(new Set());
  const [attempted, setAttempted] = useState(false);
  const [policies, setPolicies] = useState<Settings['policies'] | null>(null);
  const [result, setResult] = useState<{ verdict: ClaimVerdict; issues: Issue[] } | null>(null);
  const [refused, setRefused] = useState<ClaimsError | null>(null);
  const [share, setShare] = useState<string | null>(null);
  const [cashback, setCashback] = useState<string | null>(null);
  const summaryRef = useRef<HTMLHeadingElement>(null);

  // The latest values, for the save queue and the other tabs' announcements.
  const recordRef = useRef(record);
  recordRef.current = record;
  const claimRef = useRef(claim);
  claimRef.current = claim;
  const dirty = useRef(false);
  const chain = useRef<Promise<void>>(Promise.resolve());
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  const load = useCallback(async () => {
    const found = await workspace.getClaim(recordKey);
    setRecord(found ?? null);
    if (found) setClaim(found.claim);
    dirty.current = false;
  }, [workspace, recordKey]);

  useEffect(() => {
    void load();
    void workspace.getSetting('policies').then(setPolicies);
    void workspace.getSetting('member_share').then(setShare);
    return workspace.onChange((change) => {
      if (change.store === 'settings') {
        void workspace.getSetting('policies').then(setPolicies);
        void workspace.getSetting('member_share').then(setShare);
      }
      // Another tab saved this claim: follow it unless this tab has edits of its own.
      const mine = change.key === recordKey || (change.key === null && (!change.keys || change.keys.includes(recordKey)));
      if (change.store === 'claims' && mine && change.tab !== workspace.tab) {
        if (!dirty.current) void load();
      }
    });
  }, [workspace, recordKey, load]);

  const save = useCallback((options: { force?: boolean } = {}) => {
    clearTimeout(timer.current);
    chain.current = chain.current.then(async () => {
      const current = recordRef.current;
      if (!current || (!dirty.current && !options.force)) return;
      const sent = claimRef.current;
      setSaveState('saving');
      try {
        const saved = await workspace.saveClaim({ ...current, claim: sent }, options);
        recordRef.current = saved;
        setRecord(saved);
        if (claimRef.current === sent) dirty.current = false;
        setTheirs(null);
        // A change typed while this one was being written is not saved yet: say so.
        setSaveState(dirty.current ? 'pending' : 'saved');
      } catch (e) {
        if (e instanceof ConflictError) {
          setTheirs((e.current as ClaimRecord | undefined) ?? null);
          setSaveState('conflict');
        } else {
          setSaveState('failed');
          if (!(e instanceof StorageError)) throw e;
        }
      }
    });
    return chain.current;
  }, [workspace]);

  // A tab closed or hidden right after typing still saves what was typed.
  useEffect(() => {
    const flush = () => { if (dirty.current) void save(); };
    const onVisibility = () => { if (document.visibilityState === 'hidden') flush(); };
    addEventListener('pagehide', flush);
    document.addEventListener('visibilitychange', onVisibility);
    return () => { flush(); removeEventListener('pagehide', flush); document.removeEventListener('visibilitychange', onVisibility); };
  }, [save]);

  const update = useCallback((path: string, value: unknown) => {
    setClaim((c) => {
      const next = withValue(c, path, value);
      claimRef.current = next;
      return next;
    });
    dirty.current = true;
    if (saveState !== 'conflict') {
      // "Saved" would be untrue until the timer's save is done (and a test reloading on it lost the change).
      setSaveState('pending');
      clearTimeout(timer.current);
      timer.current = setTimeout(() => void save(), SAVE_DELAY_MS);
    }
  }, [save, saveState]);

  const leave = useCallback((path: string) => setTouched((t) => (t.has(path) ? t : new Set([...t, path]))), []);

  // Live validation through the core, in its worker; only the latest answer is shown.
  const seq = useRef(0);
  useEffect(() => {
    if (!policies || record === undefined) return;
    const mine = ++seq.current;
    const handle = setTimeout(() => {
      core.call('validate_claims', { as_of: asOf, policy: policyFor(policies, claim.advertiser?.id), claims: [claim] }).then(
        (r) => {
          if (mine !== seq.current) return;
          const verdict = r.claims[0];
          if (verdict) setResult({ verdict, issues: r.issues });
          setRefused(null);
        },
        (e: unknown) => {
          if (mine !== seq.current || !(e instanceof ClaimsError)) return;
          setRefused(e);
        },
      );
    }, VALIDATE_DELAY_MS);
    return () => clearTimeout(handle);
  }, [core, claim, asOf, policies, record === undefined]);

  // The member's cashback: the publisher's member share (Programs) of the payout, by the core.
  // Of the accepted payout once the advertiser accepted (none if it gave none), else of the
  // expected payout, unless the check finds that payout wrong (a payout above the order).
  const accepted = record?.status === 'accepted' && record.answer?.decision === 'accept' ? record.answer : null;
  const payoutCurrency = (accepted ? accepted.currency : undefined) ?? claim.payout_currency ?? claim.order?.currency;
  const allIssues = useMemo(() => (result ? [...result.issues, ...result.verdict.issues] : []), [result]);
  const payoutWrong = allIssues.some((i) => i.severity === 'error' && i.path.startsWith(`${BASE}/expected_payout`));
  const basis = accepted ? accepted.payout ?? null : payoutWrong ? null : claim.expected_payout ?? null;
  useEffect(() => {
    setCashback(null);
    if (!share || !basis || !payoutCurrency) return;
    let live = true;
    const handle = setTimeout(() => {
      memberCashback((op, request) => core.call(op, request), basis, payoutCurrency, share)
        .then((v) => { if (live) setCashback(v); }, () => undefined);
    }, VALIDATE_DELAY_MS);
    return () => { live = false; clearTimeout(handle); };
  }, [core, share, basis, payoutCurrency]);

  const shown = visibleIssues(allIssues, BASE, touched, attempted);
  const { byField, rest } = assignIssues(shown, BASE, ISSUE_SLOTS);
  const errors = allIssues.filter((i) => i.severity === 'error').length;
  const warnings = allIssues.length - errors;
  // The required fields not marked yet, named, so the user knows what is left to fill in.
  const hiddenFields = [...new Set(allIssues.filter((i) => !shown.includes(i)).map((i) => m.issues.fields[fieldOf(i.path)]))];

  if (record === undefined) return <p role="status">{m.common.loading}</p>;
  if (record === null) {
    return (
      <section>
        <ViewHeading>{m.publisher.notFoundTitle}</ViewHeading>
        <p>{m.publisher.notFound}</p>
        <a href="#/publisher">{m.publisher.backToClaims}</a>
      </section>
    );
  }

  const field = (def: ClaimFieldDef) => {
    const label = m.issues.fields[fieldOf(`${BASE}${def.path}`)];
    const hint = (m.publisher.hints as Record<string, string | undefined>)[def.path];
    const common = {
      key: def.path, label, hint, name: def.path, issues: byField.get(def.path), required: def.required,
      onLeave: () => leave(def.path),
    };
    const value = getAt(claim, def.path);
    const text = typeof value === 'string' ? value : undefined;
    switch (def.kind) {
      case 'money':
        return <MoneyField {...common} value={text} example={def.example} onValue={(v) => update(def.path, v)} />;
      case 'date':
        return <DateField {...common} value={text} onValue={(v) => update(def.path, v)} />;
      case 'reason':
        return (
          <SelectField<ClaimReason | ''> {...common} value={(text as ClaimReason | undefined) ?? ''}
            options={[['', m.publisher.choose], ...(['untracked', 'wrong_amount', 'declined'] as const).map((r) => [r, m.publisher.reasons[r]] as const)]}
            onValue={(v) => update(def.path, v === '' ? undefined : v)} />
        );
      case 'bool':
        return (
          <SelectField<'' | 'true' | 'false'> {...common} value={value === true ? 'true' : value === false ? 'false' : ''}
            options={[['', m.publisher.notStated], ['true', m.common.yes], ['false', m.common.no]]}
            onValue={(v) => update(def.path, v === '' ? undefined : v === 'true')} />
        );
      case 'textarea':
        return <TextAreaField {...common} value={text} onValue={(v) => update(def.path, v)} />;
      case 'currency':
        return (
          <TextField {...common} value={text} example={def.example} onValue={(v) => update(def.path, v)}
            input={{ list: 'currency-codes', autoCapitalize: 'characters', maxLength: 3, class: 'short' }} />
        );
      default:
        return <TextField {...common} value={text} example={def.example} onValue={(v) => update(def.path, v)} />;
    }
  };
  const group = (g: FieldGroup) => CLAIM_FIELDS.filter((f) => f.group === g).map(field);
  const tracked = needsTracked(claim.reason);
  const policy = policies ? policyFor(policies, claim.advertiser?.id) : null;

  async function markReady() {
    setAttempted(true);
    await save();
    const current = recordRef.current;
    if (!current || !policies) return;
    // Judged on the claim as it is now, not on the last live check (a file may have just been attached).
    const now = await core.call('validate_claims', { as_of: asOf, policy: policyFor(policies, claimRef.current.advertiser?.id), claims: [claimRef.current] })
      .catch(() => null);
    if (now?.claims[0]?.valid) {
      try {
        const saved = await workspace.setClaimStatus(recordRef.current ?? current, 'ready');
        recordRef.current = saved;
        setRecord(saved);
        notify({ text: m.publisher.markedReady });
      } catch (e) {
        shownElsewhere(e);
      }
    } else {
      summaryRef.current?.focus();
    }
  }

  async function remove() {
    const current = recordRef.current;
    if (!current) return;
    clearTimeout(timer.current);
    dirty.current = false;
    try {
      await workspace.remove('claims', current.key);
    } catch (e) {
      shownElsewhere(e);
      return;
    }
    navigate('publisher');
    notify({
      text: m.publisher.deleted(claimRef.current.id ?? m.publisher.untitled),
      undo: async () => { await workspace.saveClaim({ ...current, claim: claimRef.current, rev: 0 }).catch(shownElsewhere); },
    });
  }

  const verdictState = !result ? 'pending' : errors ? 'invalid' : 'valid';

  return (
    <section class="claim-editor">
      <ViewHeading>{claim.id ? m.publisher.editorTitle(claim.id) : m.publisher.newClaimTitle}</ViewHeading>
      <p class="editor-bar">
        <a href="#/publisher">{m.publisher.backToClaims}</a>
        <StateBadge state={claimState(record.status, result?.verdict ?? null)} />
        <span class="save-state" role="status" data-state={saveState}>{m.publisher.saveStates[saveState]}</span>
      </p>

      {saveState === 'conflict' ? (
        <div class="banner" role="alert" data-kind="conflict">
          <p>{m.common.storage.conflict}</p>
          <button type="button" onClick={() => {
            if (theirs) { setRecord(theirs); setClaim(theirs.claim); }
            dirty.current = false; setTheirs(null); setSaveState('idle');
            if (!theirs) void load();
          }}>{m.common.storage.loadTheirs}</button>
          <button type="button" class="secondary" onClick={() => { dirty.current = true; void save({ force: true }); }}>{m.common.storage.keepMine}</button>
        </div>
      ) : null}
      {saveState === 'failed' ? <p class="banner" role="alert">{m.publisher.saveFailed}</p> : null}

      {record.answer ? <AnswerBox record={record} /> : record.sent ? <SentNote sent={record.sent} /> : null}

      <form class="claim-form" noValidate onSubmit={(e) => { e.preventDefault(); void markReady(); }}>
        <p class="note">{m.publisher.requiredNote}</p>
        <fieldset><legend>{m.publisher.groups.claim}</legend><div class="grid">{group('claim')}</div></fieldset>
        <fieldset><legend>{m.publisher.groups.order}</legend><div class="grid">{group('order')}</div></fieldset>
        {tracked ? (
          <fieldset data-field="/tracked">
            <legend>{m.publisher.groups.tracked}</legend>
            <p class="note">{m.publisher.trackedNote}</p>
            <IssueList issues={byField.get('/tracked') ?? []} />
            <div class="grid">{group('tracked')}</div>
          </fieldset>
        ) : null}
        <ItemsEditor items={claim.order?.items ?? []} issues={byField.get('/order/items') ?? []} onLeave={() => leave('/order/items')}
          onChange={(items) => update('/order/items', items.length ? items : undefined)} />
        <fieldset><legend>{m.publisher.groups.comment}</legend><div class="grid">{group('comment')}</div></fieldset>
        <Proofs claim={claim} issues={byField.get('/attachments') ?? []} maxBytes={policy ? maxProofBytes(policy) : maxProofBytes({})}
          onChange={(attachments) => update('/attachments', attachments.length ? attachments : undefined)} />
        <Thread messages={claim.messages ?? []} issues={byField.get('/messages') ?? []} asOf={asOf}
          onChange={(messages) => update('/messages', messages.length ? messages : undefined)} />
        <datalist id="currency-codes">{CURRENCIES.map((c) => <option key={c} value={c} />)}</datalist>

        <section class="check-section" aria-labelledby="check-title">
          <h2 id="check-title" ref={summaryRef} tabIndex={-1}>{m.publisher.checkTitle}</h2>
          <div class="summary" data-state={verdictState} aria-live="polite">
            <p class="verdict" data-field="verdict">
              {!result ? m.publisher.checking : errors ? m.publisher.notReady(errors, warnings) : warnings ? m.publisher.validWithWarnings(warnings) : m.publisher.valid}
            </p>
            {hiddenFields.length > 0 && !attempted ? <p class="note" data-field="still-empty">{m.publisher.hiddenRequired(hiddenFields.length, hiddenFields.join(', '))}</p> : null}
            <dl class="facts">
              <dt>{m.publisher.claimableFrom}</dt><dd data-field="claimable-from">{i18n.date(result?.verdict.claimable_from)}</dd>
              <dt>{m.publisher.claimableUntil}</dt><dd data-field="claimable-until">{i18n.date(result?.verdict.claimable_until)}</dd>
              {share ? <>
                <dt>{m.publisher.memberCashback(i18n.decimal(share))}</dt>
                <dd data-field="member-cashback">
                  {cashback ? i18n.money(cashback, payoutCurrency)
                    : accepted && !accepted.payout ? m.publisher.cashbackNoPayout
                    : payoutWrong && !accepted ? m.publisher.cashbackPayoutWrong : '—'}
                </dd>
              </> : null}
            </dl>
            {refused ? <IssueLine issue={{ severity: 'error', code: refused.code, path: refused.path, message: refused.message }} /> : null}
            <IssueList issues={rest} live={false} />
          </div>
          <div class="actions">
            {record.status === 'draft' || record.status === 'ready' || record.status === 'info_requested'
              ? <button type="submit">{record.status === 'info_requested' ? m.publisher.markReadyAgain : m.publisher.markReady}</button> : null}
            <ConfirmButton label={m.publisher.deleteClaim} confirmLabel={m.publisher.deleteConfirm} question={m.publisher.deleteQuestion} onConfirm={remove} />
          </div>
        </section>
      </form>
      <details class="json">
        <summary>{m.publisher.asJson}</summary>
        <pre data-field="claim-json">{JSON.stringify(claim, null, 2)}</pre>
      </details>
    </section>
  );
}
