// The members view's data, read from the workspace and read again whenever this tab or
// another one changes members, groups, the ledger or the settings.
import { useEffect, useState } from 'preact/hooks';
import { useApp } from '../../app/context.ts';
import type { GroupRecord, LedgerRecord, MemberRecord } from '../../store/schema.ts';
import { listGroups, listHistory, listMembers } from '../../store/ledger.ts';
import type { StoreName } from '../../store/schema.ts';

export interface LedgerData {
  members: MemberRecord[];
  groups: GroupRecord[];
  currency: string;
}

function useStores<T>(stores: readonly StoreName[], read: () => Promise<T>): T | null {
  const { workspace } = useApp();
  const [value, setValue] = useState<T | null>(null);
  useEffect(() => {
    let live = true;
    const load = () => read().then((v) => { if (live) setValue(v); }, () => undefined);
    load();
    const off = workspace.onChange((c) => { if (stores.includes(c.store)) load(); });
    return () => { live = false; off(); };
  }, [workspace]);
  return value;
}

/** Members (by id), groups (by name) and the ledger's currency. */
export function useLedgerData(): LedgerData | null {
  const { workspace } = useApp();
  return useStores(['members', 'groups', 'settings'], async () => {
    const [members, groups, currency] = await Promise.all([
      listMembers(workspace), listGroups(workspace), workspace.getSetting('ledger_currency'),
    ]);
    return { members, groups, currency };
  });
}

/** Every applied entry, newest first. */
export function useHistory(): LedgerRecord[] | null {
  const { workspace } = useApp();
  return useStores(['ledger'], () => listHistory(workspace));
}
