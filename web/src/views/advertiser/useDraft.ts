// A setting edited in a form: the form's own copy while it is being typed in, written to the
// workspace 400 ms after the last change (at once when the page is left); the stored value
// again once written (or when another tab changes it while this form has no edits pending).
import { useEffect, useRef, useState } from 'preact/hooks';
import { useApp } from '../../app/context.ts';
import type { SettingKey, Settings } from '../../store/schema.ts';
import { shownElsewhere } from '../../store/workspace.ts';

export function useDraft<K extends SettingKey>(key: K, stored: Settings[K] | undefined):
  [Settings[K] | undefined, (v: Settings[K]) => void, () => Promise<void>] {
  const { workspace } = useApp();
  const [draft, setDraft] = useState<Settings[K] | undefined>(stored);
  const pending = useRef(false);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const unsaved = useRef<{ value: Settings[K] } | null>(null);
  useEffect(() => { if (!pending.current) setDraft(stored); }, [stored]);
  /** Writes what is still unsaved now (resolves once written). */
  const save = (): Promise<void> => {
    clearTimeout(timer.current);
    const next = unsaved.current;
    if (!next) return Promise.resolve();
    unsaved.current = null;
    return workspace.setSetting(key, next.value).then(() => { pending.current = unsaved.current !== null; }, (e: unknown) => { pending.current = false; shownElsewhere(e); });
  };
  // Leaving the page (or the tab) writes what was typed at once.
  useEffect(() => {
    const flush = () => void save();
    addEventListener('pagehide', flush);
    return () => { removeEventListener('pagehide', flush); flush(); };
  }, [workspace]);
  function change(value: Settings[K]) {
    pending.current = true;
    unsaved.current = { value };
    setDraft(value);
    clearTimeout(timer.current);
    timer.current = setTimeout(save, 400);
  }
  return [draft, change, save];
}
