// The claim policy as a form (spec sections 4 and 11): the claim window, the proof rules,
// allowed promo codes, when a comment is needed, the click window, and the deadline to
// answer with what happens without an answer. The core judges it (policy.invalid issues
// from validate_claims and review_queue over no claims, shown beside the fields).
import { useEffect, useState } from 'preact/hooks';
import { useApp } from '../../app/context.ts';
import type { ClaimReason, Issue, Policy } from '../../core/types.ts';
import { useI18n } from '../../i18n/index.ts';
import { SelectField, TextField } from '../../ui/fields.tsx';
import { IssueList } from '../../ui/IssueLine.tsx';
import { codesOf, wholeOrText, withMember } from './settingsForm.ts';

const REASONS: ClaimReason[] = ['untracked', 'wrong_amount', 'declined'];
const MEDIA_TYPES = ['application/pdf', 'image/png', 'image/jpeg', 'image/webp', 'image/gif'];
const MB = 1_048_576;

export function PolicyForm({ policy, onChange }: { policy: Policy; onChange: (p: Policy) => void }) {
  const { core, asOf } = useApp();
  const { m } = useI18n();
  const p = m.advertiser.policyForm;
  const [issues, setIssues] = useState<Issue[]>([]);
  const proof = policy.proof ?? {};
  const set = <K extends keyof Policy>(key: K, value: Policy[K] | undefined) => onChange(withMember(policy, key, value));
  const setProof = <K extends keyof NonNullable<Policy['proof']>>(key: K, value: NonNullable<Policy['proof']>[K] | undefined) => set('proof', withMember(proof, key, value));
  const number = (key: 'min_wait_days' | 'max_age_days' | 'click_window_days' | 'response_days') => ({
    value: policy[key]?.toString(), onValue: (v: string | undefined) => set(key, wholeOrText(v)),
  });
  const requiredFor = proof.required_for ?? ['untracked', 'wrong_amount'];
  const commentFor = policy.comment_required_for ?? [];
  const media = proof.media_types ?? ['application/pdf', 'image/png', 'image/jpeg', 'image/webp'];
  const maxBytes = proof.max_file_bytes ?? 10_485_760;

  useEffect(() => {
    let live = true;
    const handle = setTimeout(() => {
      const refused = (e: { code?: string; path?: string; message?: string }): Issue[] => [{ severity: 'error', code: e.code ?? 'request.invalid', path: e.path ?? '/policy', message: e.message ?? '' }];
      void Promise.all([
        core.call('validate_claims', { as_of: asOf, policy, claims: [] }).then((r) => r.issues, refused),
        core.call('review_queue', { as_of: asOf, policy, claims: [] }).then((r) => r.issues, refused),
      ]).then(([a, b]) => {
        if (!live) return;
        const seen = new Set<string>();
        setIssues([...a, ...b].filter((x) => { const k = `${x.code}${x.path}`; if (seen.has(k)) return false; seen.add(k); return true; }));
      });
    }, 200);
    return () => { live = false; clearTimeout(handle); };
  }, [core, policy, asOf]);
  const at = (path: string) => issues.filter((x) => x.path === path || x.path.startsWith(`${path}/`));
  const placed = ['/policy/min_wait_days', '/policy/max_age_days', '/policy/click_window_days', '/policy/response_days', '/policy/no_response', '/policy/proof'];
  const rest = issues.filter((x) => !placed.some((q) => x.path === q || x.path.startsWith(`${q}/`)));

  const toggle = (list: readonly string[], item: string, on: boolean) => (on ? [...new Set([...list, item])] : list.filter((x) => x !== item));
  return (
    <div class="policy-form">
      <fieldset>
        <legend>{p.windowTitle}</legend>
        <div class="grid">
          <TextField name="min_wait_days" label={m.settings.minWait} hint={m.settings.minWaitHint} example="14" input={{ inputMode: 'numeric' }} {...number('min_wait_days')} issues={at('/policy/min_wait_days')} />
          <TextField name="max_age_days" label={m.settings.maxAge} hint={m.settings.maxAgeHint} example="90" input={{ inputMode: 'numeric' }} {...number('max_age_days')} issues={at('/policy/max_age_days')} />
          <TextField name="click_window_days" label={m.settings.clickWindow} hint={m.settings.clickWindowHint} example="30" input={{ inputMode: 'numeric' }} {...number('click_window_days')} issues={at('/policy/click_window_days')} />
          <TextField name="policy_promo_codes" label={m.settings.promoCodes} hint={m.settings.promoCodesHint} example="PARTNER10"
            value={policy.promo_codes?.allowed?.join(', ')} onValue={(v) => { const allowed = codesOf(v); set('promo_codes', allowed.length ? { allowed } : undefined); }} />
        </div>
      </fieldset>
      <fieldset>
        <legend>{p.proofTitle}</legend>
        <div class="choice-group" role="group" aria-labelledby="proof-required-for">
          <p id="proof-required-for" class="group-label">{p.proofRequiredFor}</p>
          {REASONS.map((r) => (
            <label key={r} class="check">
              <input type="checkbox" checked={requiredFor.includes(r)} onChange={(e) => setProof('required_for', toggle(requiredFor, r, (e.currentTarget as HTMLInputElement).checked) as ClaimReason[])} />
              {m.advertiser.reasons[r]}
            </label>
          ))}
        </div>
        <div class="grid">
          <TextField name="max_files" label={p.maxFiles} example="5" input={{ inputMode: 'numeric' }} value={proof.max_files?.toString()}
            onValue={(v) => setProof('max_files', wholeOrText(v))} />
          <TextField name="max_file_mb" label={p.maxFileMb} hint={p.maxFileMbHint} example="10" input={{ inputMode: 'numeric' }}
            value={maxBytes % MB === 0 ? String(maxBytes / MB) : String(maxBytes)}
            onValue={(v) => { const n = wholeOrText(v); setProof('max_file_bytes', typeof n === 'number' ? n * MB : n); }} />
        </div>
        <div class="choice-group" role="group" aria-labelledby="proof-types">
          <p id="proof-types" class="group-label">{p.mediaTypes}</p>
          {MEDIA_TYPES.map((t) => (
            <label key={t} class="check">
              <input type="checkbox" checked={media.includes(t)} onChange={(e) => setProof('media_types', toggle(media, t, (e.currentTarget as HTMLInputElement).checked))} />
              {p.types[t as keyof typeof p.types]}
            </label>
          ))}
        </div>
        <div class="choice-group" role="group" aria-labelledby="comment-for">
          <p id="comment-for" class="group-label">{p.commentRequiredFor}</p>
          {REASONS.map((r) => (
            <label key={r} class="check">
              <input type="checkbox" checked={commentFor.includes(r)} onChange={(e) => {
                const next = toggle(commentFor, r, (e.currentTarget as HTMLInputElement).checked) as ClaimReason[];
                set('comment_required_for', next.length ? next : undefined);
              }} />
              {m.advertiser.reasons[r]}
            </label>
          ))}
        </div>
        <IssueList issues={at('/policy/proof')} />
      </fieldset>
      <fieldset>
        <legend>{p.deadlineTitle}</legend>
        <div class="grid">
          <TextField name="response_days" label={p.responseDays} hint={p.responseDaysHint} example="75" input={{ inputMode: 'numeric' }} {...number('response_days')} issues={at('/policy/response_days')} />
          <SelectField<'accept' | 'decline' | 'nothing'> name="no_response" label={p.noResponse} value={policy.no_response ?? 'nothing'}
            options={[['nothing', p.noResponses.nothing], ['accept', p.noResponses.accept], ['decline', p.noResponses.decline]]}
            onValue={(v) => set('no_response', v)} issues={at('/policy/no_response')} />
        </div>
      </fieldset>
      <IssueList issues={rest} />
    </div>
  );
}
