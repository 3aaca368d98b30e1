// A program's claim rules (spec section 4's policy, and section 11's answer deadline) as a
// form: the default rules in Settings and an advertiser's own in the publisher's Programs.
// Every member is optional; a proof member edited writes the whole proof block with the
// values in force, so what the form shows is what the core judges by. Numbers that are not
// whole numbers go to the core as typed, and its policy.invalid issue says so.
import type { ClaimReason, Policy } from '../core/types.ts';
import { useI18n } from '../i18n/index.ts';
import { SelectField, TextField } from './fields.tsx';

const REASONS: ClaimReason[] = ['untracked', 'wrong_amount', 'declined'];
const MEDIA = ['application/pdf', 'image/png', 'image/jpeg', 'image/webp', 'image/gif'] as const;
const MIB = 1_048_576;

/** The proof rules in force when the policy leaves them out (spec section 4). */
export const DEFAULT_PROOF: Required<NonNullable<Policy['proof']>> = {
  required_for: ['untracked', 'wrong_amount'], max_files: 5, max_file_bytes: 10 * MIB,
  media_types: ['application/pdf', 'image/png', 'image/jpeg', 'image/webp'],
};

/** A whole number typed into a policy field: kept as typed when it is not one (the core says policy.invalid). */
export const wholeNumber = (v: string | undefined): number | string | undefined =>
  (v === undefined ? undefined : /^\d+$/.test(v.trim()) ? Number(v.trim()) : v);

/** Megabytes as typed ("10", "2,5") → bytes; other text as typed. */
function megabytes(v: string | undefined): number | string | undefined {
  if (v === undefined) return undefined;
  const t = v.trim().replace(',', '.');
  return /^\d+(\.\d+)?$/.test(t) ? Math.round(Number(t) * MIB) : v;
}

export function PolicyForm({ policy, onChange, name = 'policy' }: { policy: Policy; onChange: (next: Policy) => void; name?: string }) {
  const { m, decimal } = useI18n();
  const s = m.settings;
  const proof = { ...DEFAULT_PROOF, ...policy.proof };
  const set = (key: keyof Policy, value: unknown) => {
    const next: Record<string, unknown> = { ...policy };
    if (value === undefined) delete next[key];
    else next[key] = value;
    onChange(next as Policy);
  };
  const setProof = (key: keyof typeof proof, value: unknown) => set('proof', { ...proof, [key]: value });
  const toggle = <T extends string>(list: readonly T[], item: T, on: boolean): T[] => (on ? [...new Set([...list, item])] : list.filter((x) => x !== item));
  const checks = <T extends string>(legend: string, field: string, options: readonly (readonly [T, string])[], chosen: readonly T[], onSet: (list: T[]) => void) => (
    <fieldset class="checks" data-field={`${name}-${field}`}>
      <legend>{legend}</legend>
      <div class="choices">
        {options.map(([value, label]) => (
          <label key={value} class="check">
            <input type="checkbox" checked={chosen.includes(value)} onChange={(e) => onSet(toggle(chosen, value, (e.currentTarget as HTMLInputElement).checked))} />
            {label}
          </label>
        ))}
      </div>
    </fieldset>
  );
  const reasons = REASONS.map((r) => [r, m.publisher.reasons[r]] as const);
  const bytes = typeof proof.max_file_bytes === 'number' ? decimal(String(Math.round((proof.max_file_bytes / MIB) * 10) / 10)) : String(proof.max_file_bytes);
  return (
    <div class="policy-form" data-field={name}>
      <div class="grid">
        <TextField name="min_wait_days" label={s.minWait} hint={s.minWaitHint} example="14"
          value={policy.min_wait_days?.toString()} onValue={(v) => set('min_wait_days', wholeNumber(v))} input={{ inputMode: 'numeric' }} />
        <TextField name="max_age_days" label={s.maxAge} hint={s.maxAgeHint} example="90"
          value={policy.max_age_days?.toString()} onValue={(v) => set('max_age_days', wholeNumber(v))} input={{ inputMode: 'numeric' }} />
        <TextField name="click_window_days" label={s.clickWindow} hint={s.clickWindowHint} example="30"
          value={policy.click_window_days?.toString()} onValue={(v) => set('click_window_days', wholeNumber(v))} input={{ inputMode: 'numeric' }} />
        <TextField name="allowed_promo_codes" label={s.promoCodes} hint={s.promoCodesHint} example="PARTNER10, WELCOME5"
          value={policy.promo_codes?.allowed?.join(', ')}
          onValue={(v) => {
            const list = String(v ?? '').split(',').map((x) => x.trim()).filter(Boolean);
            set('promo_codes', list.length ? { allowed: list } : undefined);
          }} />
        <TextField name="max_files" label={s.maxFiles} example="5" value={String(proof.max_files)}
          onValue={(v) => setProof('max_files', wholeNumber(v) ?? DEFAULT_PROOF.max_files)} input={{ inputMode: 'numeric' }} />
        <TextField name="max_file_mb" label={s.maxFileMb} hint={s.maxFileMbHint} example="10" value={bytes}
          onValue={(v) => setProof('max_file_bytes', megabytes(v) ?? DEFAULT_PROOF.max_file_bytes)} input={{ inputMode: 'decimal' }} />
        <TextField name="response_days" label={s.responseDays} hint={s.responseDaysHint} example="75"
          value={policy.response_days?.toString()} onValue={(v) => set('response_days', wholeNumber(v))} input={{ inputMode: 'numeric' }} />
        <SelectField<string> name="no_response" label={s.noResponse} value={policy.no_response ?? 'nothing'}
          options={[['nothing', s.noResponses.nothing], ['accept', s.noResponses.accept], ['decline', s.noResponses.decline]]}
          onValue={(v) => set('no_response', v === 'nothing' ? undefined : v)} />
      </div>
      {checks(s.proofRequiredFor, 'proof-required', reasons, proof.required_for, (list) => setProof('required_for', list))}
      {checks(s.mediaTypes, 'media-types', MEDIA.map((t) => [t, m.publisher.mediaTypes[t]] as const), proof.media_types as string[], (list) => setProof('media_types', list))}
      {checks(s.commentRequiredFor, 'comment-required', reasons, policy.comment_required_for ?? [], (list) => set('comment_required_for', list.length ? list : undefined))}
    </div>
  );
}
