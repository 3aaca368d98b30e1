// Prepares a preview: the stored balances of the members the adjustments target, the
// request apply_adjustments gets, its answer, and what the answer means (work/preview.ts).
// Applying stores exactly that answer, if the balances are still the ones read here.
import type { CoreClient } from '../../core/client.ts';
import type { Adjustment, ApplyAdjustmentsRequest, ApplyAdjustmentsResult } from '../../core/types.ts';
import type { GroupRecord } from '../../store/schema.ts';
import { startingBalances, type StartingBalance } from '../../store/ledger.ts';
import type { Workspace } from '../../store/workspace.ts';
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
