// Labelled form fields. Each has a visible label, an optional hint, its issues under it
// (announced, and describing the control for screen readers), and `aria-invalid` when it
// shows an error. Money and date fields read what people type in their locale and hand the
// core's canonical form to `onValue`; text that does not read as a number or a date is
// handed on as typed, so that the core names the problem.
import type { ComponentChildren } from 'preact';
import { useEffect, useId, useRef, useState } from 'preact/hooks';
import type { Issue } from '../core/types.ts';
import { useI18n } from '../i18n/index.ts';
import { parseDecimal, toInputText } from '../format/numbers.ts';
import { dateExample, parseDate, toDateInputText } from '../format/dates.ts';
import { IssueList } from './IssueLine.tsx';

export interface FieldProps {
  label: string;
  hint?: string | undefined;
  issues?: readonly Issue[] | undefined;
  wide?: boolean;
  /** Called when the user leaves the control (marks the field as visited). */
  onLeave?: (() => void) | undefined;
  /** data-field for tests and styling. */
  name?: string | undefined;
  required?: boolean;
}

interface FrameProps extends FieldProps {
  children: (control: { id: string; describedBy: string; invalid: boolean }) => ComponentChildren;
}

function Frame({ label, hint, issues = [], wide, name, required, children }: FrameProps) {
  const id = useId();
  const { m } = useI18n();
  const hintId = `${id}-hint`;
  const issuesId = `${id}-issues`;
  const invalid = issues.some((i) => i.severity === 'error');
  const severity = invalid ? 'error' : issues.length ? 'warning' : undefined;
  return (
    <div class={wide ? 'field wide' : 'field'} data-field={name} data-severity={severity}>
      <label for={id}>
        {label}
        {required ? <span class="required"> ({m.common.required})</span> : null}
      </label>
      {hint ? <span class="hint" id={hintId}>{hint}</span> : null}
      {children({ id, describedBy: [hint ? hintId : '', issuesId].filter(Boolean).join(' '), invalid })}
      <IssueList id={issuesId} issues={issues} />
    </div>
  );
}

/** The few input attributes a text field passes on. */
interface InputAttrs { list?: string; inputMode?: 'text' | 'decimal' | 'numeric'; maxLength?: number; autoCapitalize?: 'characters'; class?: string }

export function TextField(props: FieldProps & { value: string | undefined; onValue: (v: string | undefined) => void; example?: string; input?: InputAttrs }) {
  const { m } = useI18n();
  return (
    <Frame {...props}>
      {({ id, describedBy, invalid }) => (
        <input
          id={id} type="text" autoComplete="off" {...props.input}
          value={props.value ?? ''}
          placeholder={props.example ? `${m.common.example} ${props.example}` : undefined}
          aria-describedby={describedBy} aria-invalid={invalid ? 'true' : undefined}
          onInput={(e) => {
            const v = (e.currentTarget as HTMLInputElement).value;
            props.onValue(v === '' ? undefined : v);
          }}
          onBlur={props.onLeave}
        />
      )}
    </Frame>
  );
}

/** A text field that shows a canonical value in the locale and parses what is typed. */
function LocaleField(props: FieldProps & {
  value: string | undefined; onValue: (v: string | undefined) => void; example: string; inputMode: 'decimal' | 'numeric' | 'text';
  parse: (text: string, tag: string) => string | null; show: (value: string | undefined, tag: string) => string;
}) {
  const { tag, m } = useI18n();
  const [text, setText] = useState(() => props.show(props.value, tag));
  const focused = useRef(false);
  useEffect(() => {
    if (!focused.current) setText(props.show(props.value, tag));
  }, [props.value, tag]);
  return (
    <Frame {...props}>
      {({ id, describedBy, invalid }) => (
        <input
          id={id} type="text" inputMode={props.inputMode} autoComplete="off" value={text}
          placeholder={`${m.common.example} ${props.example}`}
          aria-describedby={describedBy} aria-invalid={invalid ? 'true' : undefined}
          onFocus={() => { focused.current = true; }}
          onInput={(e) => {
            const typed = (e.currentTarget as HTMLInputElement).value;
            setText(typed);
            const trimmed = typed.trim();
            props.onValue(trimmed === '' ? undefined : (props.parse(trimmed, tag) ?? trimmed));
          }}
          onBlur={() => {
            focused.current = false;
            setText(props.show(props.value, tag));
            props.onLeave?.();
          }}
        />
      )}
    </Frame>
  );
}

export function MoneyField(props: FieldProps & { value: string | undefined; onValue: (v: string | undefined) => void; example?: string }) {
  const { tag } = useI18n();
  return (
    <LocaleField {...props} inputMode="decimal" example={toInputText(props.example ?? '120.00', tag)}
      parse={parseDecimal} show={(v, t) => toInputText(v, t)} />
  );
}

export function DateField(props: FieldProps & { value: string | undefined; onValue: (v: string | undefined) => void }) {
  const { tag } = useI18n();
  return <LocaleField {...props} inputMode="numeric" example={dateExample(tag)} parse={parseDate} show={(v, t) => toDateInputText(v, t)} />;
}

export function SelectField<V extends string>(props: FieldProps & {
  value: V; options: readonly (readonly [V, string])[]; onValue: (v: V) => void;
}) {
  return (
    <Frame {...props}>
      {({ id, describedBy, invalid }) => (
        <select
          id={id} value={props.value} aria-describedby={describedBy} aria-invalid={invalid ? 'true' : undefined}
          onChange={(e) => props.onValue((e.currentTarget as HTMLSelectElement).value as V)} onBlur={props.onLeave}
        >
          {props.options.map(([value, text]) => <option key={value} value={value}>{text}</option>)}
        </select>
      )}
    </Frame>
  );
}

export function TextAreaField(props: FieldProps & { value: string | undefined; onValue: (v: string | undefined) => void; rows?: number; code?: boolean }) {
  return (
    <Frame {...props} wide>
      {({ id, describedBy, invalid }) => (
        <textarea
          id={id} rows={props.rows ?? 3} value={props.value ?? ''} spellcheck={props.code ? false : undefined}
          class={props.code ? 'code' : undefined}
          aria-describedby={describedBy} aria-invalid={invalid ? 'true' : undefined}
          onInput={(e) => {
            const v = (e.currentTarget as HTMLTextAreaElement).value;
            props.onValue(v === '' ? undefined : v);
          }}
          onBlur={props.onLeave}
        />
      )}
    </Frame>
  );
}

/** A destructive action: the first press asks, the second does it; Cancel or Escape backs out. */
export function ConfirmButton({ label, confirmLabel, question, onConfirm, class: cls }: {
  label: string; confirmLabel: string; question: string; onConfirm: () => void; class?: string;
}) {
  const { m } = useI18n();
  const [asking, setAsking] = useState(false);
  const confirmRef = useRef<HTMLButtonElement>(null);
  useEffect(() => { if (asking) confirmRef.current?.focus(); }, [asking]);
  if (!asking) return <button type="button" class={cls ?? 'secondary'} onClick={() => setAsking(true)}>{label}</button>;
  return (
    <span class="confirm" role="group" aria-label={question} onKeyDown={(e) => { if (e.key === 'Escape') setAsking(false); }}>
      <span class="confirm-question">{question}</span>
      <button type="button" class="danger" ref={confirmRef} onClick={() => { setAsking(false); onConfirm(); }}>{confirmLabel}</button>
      <button type="button" class="secondary" onClick={() => setAsking(false)}>{m.common.cancel}</button>
    </span>
  );
}
