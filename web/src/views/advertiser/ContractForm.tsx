// The contract as a form (spec sections 5 and 6): currency and rounding; commission terms per
// event type, each a percent (with category rates) or a flat amount, with a minimum and a
// maximum; the promo-code rule; the lock rule, the payout delay, business days and holidays.
// Below it, the core's reading of it: an example payout per event type (compute_payout) and
// the dates of an action of the review date (compute_lifecycle), with any problem in plain
// words beside the field it concerns.
import { useEffect, useState } from 'preact/hooks';
import { useApp } from '../../app/context.ts';
import type { Contract, Issue, LockRule } from '../../core/types.ts';
import { useI18n } from '../../i18n/index.ts';
import { DateField, MoneyField, SelectField, TextField } from '../../ui/fields.tsx';
import { IssueList } from '../../ui/IssueLine.tsx';
import { currencyDigits } from '../../format/numbers.ts';
import { codesOf, termsOf, wholeOrText, withMember, withTerms, type TermDraft } from './settingsForm.ts';

export const CURRENCIES = ['EUR', 'USD', 'GBP', 'CHF', 'CAD', 'AUD', 'SEK', 'NOK', 'DKK', 'PLN', 'CZK', 'HUF', 'BRL', 'MXN', 'INR', 'CNY', 'JPY', 'KRW', 'BHD', 'KWD', 'JOD', 'OMR', 'TND'];
const LOCK_RULES: LockRule['rule'][] = ['months_after_event_month', 'days_after_event', 'day_of_month', 'immediate', 'open_ended'];

function lockFor(rule: LockRule['rule'], previous: LockRule | undefined): LockRule {
  const p = (previous ?? {}) as Partial<{ days: number; months: number; day: number }>;
  switch (rule) {
    case 'days_after_event': return { rule, days: p.days ?? 30 };
    case 'months_after_event_month': return { rule, months: p.months ?? 1 };
    case 'day_of_month': return { rule, day: p.day ?? 15, months: p.months ?? 1 };
    default: return { rule };
  }
}

/** The sale the example payouts are computed for: 100 in the contract's currency. */
const sampleAmount = (currency: string): string => (currencyDigits(currency) ? `100.${'0'.repeat(currencyDigits(currency))}` : '100');

interface Example { event: string; payout: string | null; issues: Issue[] }

export function ContractForm({ contract, onChange }: { contract: Contract; onChange: (c: Contract) => void }) {
  const { core, asOf } = useApp();
  const { m, money, date } = useI18n();
  const c = m.advertiser.contractForm;
  const [examples, setExamples] = useState<Example[]>([]);
  const [dates, setDates] = useState<{ lock: string | null; payout: string | null; issues: Issue[] } | null>(null);
  // The form keeps its own rows: a category rate just added has no name yet, and the contract
  // (an object keyed by name) cannot hold it. The rows follow the contract when it changes elsewhere.
  const [terms, setDrafts] = useState<TermDraft[]>(() => termsOf(contract));
  useEffect(() => {
    if (JSON.stringify(withTerms(contract, terms).commission) !== JSON.stringify(contract.commission ?? {})) setDrafts(termsOf(contract));
  }, [contract]);
  const setTerms = (next: TermDraft[]) => { setDrafts(next); onChange(withTerms(contract, next)); };
  const setTerm = (i: number, patch: Partial<TermDraft>) => setTerms(terms.map((t, k) => (k === i ? { ...t, ...patch } : t)));
  const lifecycle = contract.lifecycle ?? { lock: { rule: 'immediate' } };
  const lock = lifecycle.lock;
  const payout = lifecycle.payout ?? { days_after_lock: 0 };
  const holidays = payout.holidays ?? [];
  const setLifecycle = (patch: Partial<typeof lifecycle>) => onChange({ ...contract, lifecycle: { ...lifecycle, ...patch } });
  const setPayout = (patch: Partial<typeof payout>) => setLifecycle({ payout: { ...payout, ...patch } });

  // The core's reading: a 100 sale in the contract's currency per event type, and the dates of an action of the review date.
  useEffect(() => {
    let live = true;
    const handle = setTimeout(() => {
      void Promise.all(Object.keys(contract.commission ?? {}).map((event) => core.call('compute_payout', {
        contract, event_type: event, sale: { amount: sampleAmount(contract.currency), currency: contract.currency },
      }).then((r) => ({ event, payout: r.payout, issues: r.issues }), (e: { code?: string; path?: string; message?: string }) => ({
        event, payout: null, issues: [{ severity: 'error' as const, code: e.code ?? 'request.invalid', path: e.path ?? '/contract', message: e.message ?? '' }],
      })))).then((x) => { if (live) setExamples(x); });
      if (contract.lifecycle) {
        core.call('compute_lifecycle', { lifecycle: contract.lifecycle, transaction_date: asOf, as_of: asOf }).then(
          (r) => { if (live) setDates({ lock: r.effective.lock, payout: r.effective.payout, issues: r.issues.map((x) => ({ ...x, path: `/contract${x.path}` })) }); },
          (e: { code?: string; path?: string; message?: string }) => {
            if (live) setDates({ lock: null, payout: null, issues: [{ severity: 'error', code: e.code ?? 'request.invalid', path: `/contract${e.path ?? '/lifecycle'}`, message: e.message ?? '' }] });
          });
      } else setDates(null);
    }, 200);
    return () => { live = false; clearTimeout(handle); };
  }, [core, contract, asOf]);

  const all = [...examples.flatMap((x) => x.issues), ...(dates?.issues ?? [])];
  const seen = new Set<string>();
  const unique = all.filter((x) => { const k = `${x.code}${x.path}`; if (seen.has(k)) return false; seen.add(k); return true; });
  const under = (prefix: string) => unique.filter((x) => x.path === prefix || x.path.startsWith(`${prefix}/`));
  const shown = new Set<Issue>();
  const take = (prefix: string) => { const list = under(prefix).filter((x) => !shown.has(x)); list.forEach((x) => shown.add(x)); return list; };
  const termIssues = terms.map((t) => take(`/contract/commission/${t.event}`));
  const lifecycleIssues = take('/contract/lifecycle');
  const promoIssues = take('/contract/promo_codes');
  const currencyIssues = take('/contract/currency');
  const rest = unique.filter((x) => !shown.has(x) && x.code !== 'contract.unknown_event_type');

  return (
    <div class="contract-form">
      <div class="grid">
        <SelectField name="contract_currency" label={m.issues.fields.currency} hint={c.currencyHint} value={contract.currency}
          options={CURRENCIES.map((x) => [x, x] as const)} onValue={(v) => onChange({ ...contract, currency: v })} issues={currencyIssues} />
        <SelectField<'half_up' | 'half_even'> name="contract_rounding" label={c.rounding} value={contract.rounding ?? 'half_up'}
          options={[['half_up', c.roundings.half_up], ['half_even', c.roundings.half_even]]} onValue={(v) => onChange({ ...contract, rounding: v })} />
      </div>
      <fieldset class="terms">
        <legend>{c.termsTitle}</legend>
        {terms.map((t, i) => {
          const example = examples.find((x) => x.event === t.event);
          return (
            <fieldset class="term" key={i} data-term={t.event}>
              <legend>{c.termN(t.event || '…')}</legend>
              <div class="grid">
                <TextField name={`term_${i}_event`} label={m.issues.fields.eventType} hint={c.eventHint} example="sale" value={t.event || undefined}
                  onValue={(v) => setTerm(i, { event: v ?? '' })} />
                <SelectField<'percent' | 'flat'> name={`term_${i}_kind`} label={c.kind} value={t.kind}
                  options={[['percent', c.kinds.percent], ['flat', c.kinds.flat]]} onValue={(v) => setTerm(i, { kind: v, ...(v === 'flat' ? { categories: [] } : {}) })} />
                <MoneyField name={`term_${i}_value`} label={t.kind === 'flat' ? c.flat(contract.currency) : c.percent} example={t.kind === 'flat' ? '2.50' : '5'}
                  value={t.value} onValue={(v) => setTerm(i, { value: v })} />
                <MoneyField name={`term_${i}_min`} label={c.min(contract.currency)} hint={c.minHint} example="0.50" value={t.min} onValue={(v) => setTerm(i, { min: v })} />
                <MoneyField name={`term_${i}_max`} label={c.max(contract.currency)} hint={c.maxHint} example="50.00" value={t.max} onValue={(v) => setTerm(i, { max: v })} />
              </div>
              {t.kind === 'percent' ? (
                <div class="categories">
                  <p class="note">{c.categoriesNote}</p>
                  {t.categories.map((cat, k) => (
                    <div class="category-row" key={k} role="group" aria-label={c.categoryN(k + 1)}>
                      <TextField name={`term_${i}_cat_${k}`} label={c.category} example="electronics" value={cat.name || undefined}
                        onValue={(v) => setTerm(i, { categories: t.categories.map((x, j) => (j === k ? { ...x, name: v ?? '' } : x)) })} />
                      <MoneyField name={`term_${i}_cat_${k}_percent`} label={c.percent} example="2" value={cat.percent || undefined}
                        onValue={(v) => setTerm(i, { categories: t.categories.map((x, j) => (j === k ? { ...x, percent: v ?? '' } : x)) })} />
                      <button type="button" class="link" aria-label={c.removeCategoryN(cat.name || String(k + 1))}
                        onClick={() => setTerm(i, { categories: t.categories.filter((_, j) => j !== k) })}>{c.remove}</button>
                    </div>
                  ))}
                  <button type="button" class="secondary" onClick={() => setTerm(i, { categories: [...t.categories, { name: '', percent: '' }] })}>{c.addCategory}</button>
                </div>
              ) : null}
              <IssueList issues={termIssues[i] ?? []} />
              {example?.payout ? <p class="note" data-field={`term-example-${t.event}`}>{t.kind === 'flat'
                ? c.flatExample(t.event, money(example.payout, contract.currency))
                : c.example(money(sampleAmount(contract.currency), contract.currency), money(example.payout, contract.currency))}</p> : null}
              <div class="actions">
                <button type="button" class="link" aria-label={c.removeTermN(t.event || String(i + 1))} onClick={() => setTerms(terms.filter((_, k) => k !== i))}>{c.remove}</button>
              </div>
            </fieldset>
          );
        })}
        <button type="button" class="secondary" onClick={() => setTerms([...terms, { event: terms.some((t) => t.event === 'sale') ? '' : 'sale', kind: 'percent', categories: [] }])}>{c.addTerm}</button>
      </fieldset>
      <fieldset class="promo">
        <legend>{c.promoTitle}</legend>
        <div class="grid">
          <TextField name="contract_promo_allowed" label={c.promoAllowed} hint={c.promoAllowedHint} example="PARTNER10"
            value={contract.promo_codes?.allowed?.join(', ')} onValue={(v) => {
              const allowed = codesOf(v);
              onChange(withMember(contract, 'promo_codes', allowed.length ? { ...contract.promo_codes, allowed } : undefined));
            }} />
          <SelectField<'no_commission' | 'allowed'> name="contract_promo_others" label={c.promoOthers} value={contract.promo_codes?.others ?? 'no_commission'}
            options={[['no_commission', c.promoOther.no_commission], ['allowed', c.promoOther.allowed]]}
            onValue={(v) => onChange({ ...contract, promo_codes: { ...contract.promo_codes, others: v } })} />
        </div>
        <IssueList issues={promoIssues} />
      </fieldset>
      <fieldset class="lifecycle">
        <legend>{c.lifecycleTitle}</legend>
        <div class="grid">
          <SelectField<LockRule['rule']> wide name="lock_rule" label={c.lockRule} value={lock.rule}
            options={LOCK_RULES.map((r) => [r, c.lockRules[r]] as const)} onValue={(r) => setLifecycle({ lock: lockFor(r, lock) })} />
          {lock.rule === 'days_after_event' ? (
            <TextField name="lock_days" label={c.lockDays} example="30" input={{ inputMode: 'numeric' }} value={String(lock.days)}
              onValue={(v) => setLifecycle({ lock: { rule: lock.rule, days: wholeOrText(v) ?? 0 } })} />
          ) : null}
          {lock.rule === 'months_after_event_month' || lock.rule === 'day_of_month' ? (
            <TextField name="lock_months" label={c.lockMonths} hint={lock.rule === 'day_of_month' ? c.lockMonthsDayHint : c.lockMonthsHint} example="1" input={{ inputMode: 'numeric' }}
              value={String(lock.months)} onValue={(v) => setLifecycle({ lock: { ...lock, months: wholeOrText(v) ?? 0 } })} />
          ) : null}
          {lock.rule === 'day_of_month' ? (
            <TextField name="lock_day" label={c.lockDay} hint={c.lockDayHint} example="15" input={{ inputMode: 'numeric' }} value={String(lock.day)}
              onValue={(v) => setLifecycle({ lock: { ...lock, day: wholeOrText(v) ?? 0 } })} />
          ) : null}
          <TextField name="payout_days" label={c.payoutDays} hint={c.payoutDaysHint} example="3" input={{ inputMode: 'numeric' }}
            value={String(payout.days_after_lock)} onValue={(v) => setPayout({ days_after_lock: wholeOrText(v) ?? 0 })} />
        </div>
        <label class="check business-days">
          <input type="checkbox" checked={Boolean(payout.business_days)} onChange={(e) => setPayout({ business_days: (e.currentTarget as HTMLInputElement).checked })} />
          {c.businessDays}
        </label>
        {payout.business_days ? (
          <div class="holidays">
            <p class="note">{c.holidaysNote}</p>
            {holidays.map((h, k) => (
              <div class="holiday-row" key={k}>
                <DateField name={`holiday_${k}`} label={c.holidayN(k + 1)} value={h} onValue={(v) => setPayout({ holidays: holidays.map((x, j) => (j === k ? v ?? '' : x)) })} />
                <button type="button" class="link" aria-label={c.removeHolidayN(date(h))} onClick={() => setPayout({ holidays: holidays.filter((_, j) => j !== k) })}>{c.remove}</button>
              </div>
            ))}
            <button type="button" class="secondary" onClick={() => setPayout({ holidays: [...holidays, ''] })}>{c.addHoliday}</button>
          </div>
        ) : null}
        <IssueList issues={lifecycleIssues} />
        {dates && (dates.lock || dates.payout) ? (
          <p class="note" data-field="lifecycle-example">{c.lifecycleExample(date(asOf), date(dates.lock), date(dates.payout))}</p>
        ) : dates && lock.rule === 'open_ended' && !dates.issues.length ? (
          <p class="note" data-field="lifecycle-example">{c.lifecycleOpenEnded(date(asOf))}</p>
        ) : null}
      </fieldset>
      <IssueList issues={rest} />
    </div>
  );
}
