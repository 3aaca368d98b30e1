// The publisher pages' shared page state, kept while the user moves between pages (not
// stored: a reload starts afresh): the claims list's filter, sort and page, the claims
// selected in it (for the Send page), and a change counter that tells the pages to ask the
// worker again. `useShared` re-renders a component when one of them changes.
import { useEffect, useState } from 'preact/hooks';
import type { CoreClient } from '../../core/client.ts';
import type { Workspace } from '../../store/workspace.ts';
import type { ClaimFilter, ClaimSort } from './work/protocol.ts';

class Shared<T> {
  #listeners = new Set<() => void>();
  constructor(private value: T) {}
  get(): T { return this.value; }
  set(value: T): void {
    this.value = value;
    for (const fn of this.#listeners) fn();
  }
  subscribe(fn: () => void): () => void {
    this.#listeners.add(fn);
    return () => { this.#listeners.delete(fn); };
  }
}

export const listFilter = new Shared<ClaimFilter>({});
export const listSort = new Shared<ClaimSort>({ key: 'updated', dir: 'desc' });
export const listOffset = new Shared(0);
export const selection = new Shared<ReadonlySet<string>>(new Set());
/** Bumped after the worker was told that claims or settings changed. */
export const claimsVersion = new Shared(0);

export function useShared<T>(shared: Shared<T>): T {
  const [, render] = useState(0);
  useEffect(() => shared.subscribe(() => render((n) => n + 1)), [shared]);
  return shared.get();
}

let synced: { workspace: Workspace; core: CoreClient; off: () => void } | null = null;

/**
 * Keeps the worker's claim index in step with the workspace: every change this tab hears
 * (its own writes, other tabs', the worker's) is passed on to the worker before any page
 * asks again, since the worker answers in order. Started once per workspace and engine.
 */
export function syncClaimIndex(workspace: Workspace, core: CoreClient): void {
  if (synced?.workspace === workspace && synced.core === core) return;
  synced?.off();
  const offChange = workspace.onChange((change) => {
    const policies = change.store === 'settings' && (change.key === 'policies' || change.key === null);
    if (change.store !== 'claims' && !policies) return;
    const keys = change.store === 'claims'
      ? (change.key !== null ? [String(change.key)] : change.keys ?? null)
      : [];
    core.task('claims_changed', { keys, settings: policies }).catch(() => undefined);
    claimsVersion.set(claimsVersion.get() + 1);
  });
  // A restarted engine has a new worker with an empty index: ask again.
  const offCore = core.subscribe(() => { if (core.state === 'ready') claimsVersion.set(claimsVersion.get() + 1); });
  synced = { workspace, core, off: () => { offChange(); offCore(); } };
}
