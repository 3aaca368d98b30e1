// A preview and its apply, as the adjust page and the credits page both run them: the
// stored balances of the members the adjustments target, the request apply_adjustments
// gets, its answer, and what the answer means (work/preview.ts). Apply stores exactly that
// answer, if the balances are still the ones read here (else: preview again).
import { useState } from 'preact/hooks';
import { useApp } from '../../app/context.ts';
import type { CoreClient } from '../../core/client.ts';
import { ClaimsError } from '../../core/errors.ts';
import type { Adjustment, ApplyAdjustmentsRequest, ApplyAdjustmentsResult, Issue } from '../../core/types.ts';
import type { GroupRecord } from '../../store/schema.ts';
import { applyLedger, startingBalances, type StartingBalance } from '../../store/ledger.ts';
import { ConflictError, shownElsewhere, type Workspace } from '../../store/workspace.ts';
import type { LedgerData } from './data.ts';
import { readPreview, type ReadPreview } from './work/preview.ts';
import { validMemberId } from './work/table.ts';

export interface Prepared {
  request: ApplyAdjustmentsRequest;
  starting: StartingBalance[];
  result: ApplyAdjustmentsResult;
  read: ReadPreview;
}

export async function preparePreview(core: CoreClient, workspace: Workspace, options: {
  currency: string; adjustments: Adjustment[]; groups: readonly GroupRecord[]; allowNegative: boolean;
}): Promise<Prepared> {
  const groups: Record<string, string[]> = {};
  const members: string[] = [];
  for (const { target } of options.adjustments) {
    if ('member' in target) {
      // A malformed id is the adjustment's problem (the core says so), not a balance to read.
      if (validMemberId(target.member)) members.push(target.member);
      continue;
    }
    const group = options.groups.find((g) => g.name === target.group);
    if (!group) continue;
    groups[group.name] = group.members;
    members.push(...group.members);
  }
  const starting = await startingBalances(workspace, [...new Set(members)]);
  const request: ApplyAdjustmentsRequest = {
    currency: options.currency,
    allow_negative: options.allowNegative,
    balances: starting.map(({ member, available }) => ({ member, available })),
    groups,
    adjustments: options.adjustments,
  };
  const result = await core.call('apply_adjustments', request);
  return { request, starting, result, read: readPreview(request, result) };
}

/** What the last preview or apply came to. */
export type Outcome =
  | { kind: 'applied'; entries: number }
  | { kind: 'conflict' }
  /** The core refused the request as a whole (ok: false). */
  | { kind: 'refused'; issue: Issue };

export function usePreviewFlow(data: LedgerData) {
  const { core, workspace } = useApp();
  const [prepared, setPrepared] = useState<Prepared | null>(null);
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<Outcome | null>(null);

  async function run(work: () => Promise<void>): Promise<void> {
    setBusy(true);
    try {
      await work();
    } finally {
      setBusy(false);
    }
  }

  const preview = (adjustments: Adjustment[], allowNegative: boolean) => run(async () => {
    setOutcome(null);
    try {
      setPrepared(await preparePreview(core, workspace, { currency: data.currency, adjustments, groups: data.groups, allowNegative }));
    } catch (e) {
      if (e instanceof ClaimsError) setOutcome({ kind: 'refused', issue: { severity: 'error', code: e.code, path: e.path, message: e.message } });
      else shownElsewhere(e);
    }
  });

  /** Stores the previewed entries; `reverses[i]`: the entry adjustment i reverses, if any. */
  const apply = (reverses: readonly number[] = []) => run(async () => {
    if (!prepared) return;
    try {
      const records = await applyLedger(workspace, data.currency, prepared.starting, prepared.result, undefined, reverses);
      setOutcome({ kind: 'applied', entries: records.length });
    } catch (e) {
      if (e instanceof ConflictError) setOutcome({ kind: 'conflict' });
      else shownElsewhere(e);
    }
    setPrepared(null);
  });

  /** The form changed: the preview (and what came of the last one) no longer stands. */
  const reset = () => { setPrepared(null); setOutcome(null); };
  return { prepared, busy, outcome, preview, apply, cancel: () => setPrepared(null), reset };
}
