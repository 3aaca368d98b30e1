// The members' cashback in the workspace: balances (`members`), groups (`groups`) and the
// history of applied entries (`ledger`). The core's apply_adjustments does every sum; this
// module only stores what it answered, in one transaction, and only if the balances it
// started from are still the stored ones (another tab may have applied something since the
// preview): otherwise a ConflictError, and the user previews again.
import type { ApplyAdjustmentsResult, Balance, CurrencyCode } from '../core/types.ts';
import type { GroupRecord, LedgerRecord, MemberRecord } from './schema.ts';
import { ConflictError, type Workspace } from './workspace.ts';

/** A balance as the preview read it: rev 0 for a member who is not stored yet (starts at 0). */
export interface StartingBalance extends Balance {
  rev: number;
}

export const listMembers = (ws: Workspace): Promise<MemberRecord[]> => ws.guard(() => ws.db.getAll('members'));
export const listGroups = (ws: Workspace): Promise<GroupRecord[]> => ws.guard(() => ws.db.getAll('groups'));

/** Every applied entry, newest first. */
export async function listHistory(ws: Workspace): Promise<LedgerRecord[]> {
  return (await ws.guard(() => ws.db.getAll('ledger'))).reverse();
}

/** The stored balances of these members (rev 0 and "0" for one not stored), in the order asked. */
export async function startingBalances(ws: Workspace, members: readonly string[]): Promise<StartingBalance[]> {
  return ws.guard(async () => {
    const tx = ws.db.transaction('members', 'readonly');
    const found = await Promise.all(members.map((m) => tx.store.get(m)));
    await tx.done;
    return members.map((member, i) => {
      const r = found[i];
      return r ? { member, available: r.available, rev: r.rev } : { member, available: '0', rev: 0 };
    });
  });
}

/**
 * Stores what apply_adjustments answered for `starting`: each member with an entry gets its
 * new balance (rev + 1; a new member is created), and each entry becomes a ledger record.
 * All in one transaction; a member whose stored balance is no longer the one the preview
 * started from aborts it with a ConflictError (nothing is written).
 */
export async function applyLedger(ws: Workspace, currency: CurrencyCode, starting: readonly StartingBalance[],
  result: ApplyAdjustmentsResult, appliedAt: string = new Date().toISOString(),
  /** For a reversal: reverses[i] is the id of the entry that adjustment i reverses. */
  reverses: readonly number[] = []): Promise<LedgerRecord[]> {
  const touched = new Set(result.entries.map((e) => e.member));
  const after = new Map((result.balances ?? []).map((b) => [b.member, b.available]));
  const records: LedgerRecord[] = [];
  await ws.guard(async () => {
    const tx = ws.db.transaction(['members', 'ledger'], 'readwrite');
    const members = tx.objectStore('members');
    for (const start of starting) {
      if (!touched.has(start.member)) continue;
      const current = await members.get(start.member);
      const available = after.get(start.member);
      if ((current?.rev ?? 0) !== start.rev || available === undefined) {
        tx.abort();
        await tx.done.catch(() => undefined);
        throw new ConflictError('members', start.member, current);
      }
      await members.put({ member: start.member, available, rev: start.rev + 1 });
    }
    const ledger = tx.objectStore('ledger');
    for (const entry of result.entries) {
      const record: LedgerRecord = { applied_at: appliedAt, currency, entry };
      const reversed = reverses[entry.adjustment];
      if (reversed !== undefined) record.reverses = reversed;
      record.id = await ledger.add(record);
      records.push(record);
    }
    await tx.done;
  });
  ws.announce('members', null);
  ws.announce('ledger', null);
  return records;
}

/**
 * Sets many balances at once (a CSV import), in one transaction. Returns the records as
 * they were (undefined: the member was new), for an undo with restoreMembers.
 */
export async function importBalances(ws: Workspace, balances: readonly Balance[]): Promise<{ before: (MemberRecord | undefined)[]; after: MemberRecord[] }> {
  const before: (MemberRecord | undefined)[] = [];
  const after: MemberRecord[] = [];
  await ws.guard(async () => {
    const tx = ws.db.transaction('members', 'readwrite');
    for (const b of balances) {
      const current = await tx.store.get(b.member);
      const next = { member: b.member, available: b.available, rev: (current?.rev ?? 0) + 1 };
      await tx.store.put(next);
      before.push(current);
      after.push(next);
    }
    await tx.done;
  });
  ws.announce('members', null);
  return { before, after };
}

/**
 * Undoes importBalances: each member still at the revision the import wrote goes back to
 * its earlier record (or is removed if it was new). A member changed since is left as it
 * is, and counted in the returned number.
 */
export async function restoreMembers(ws: Workspace, undo: { before: (MemberRecord | undefined)[]; after: MemberRecord[] }): Promise<number> {
  let kept = 0;
  await ws.guard(async () => {
    const tx = ws.db.transaction('members', 'readwrite');
    for (const [i, written] of undo.after.entries()) {
      const current = await tx.store.get(written.member);
      if (current?.rev !== written.rev) { kept++; continue; }
      const earlier = undo.before[i];
      if (earlier) await tx.store.put({ ...earlier, rev: written.rev + 1 });
      else await tx.store.delete(written.member);
    }
    await tx.done;
  });
  ws.announce('members', null);
  return kept;
}

/** Saves a new group (ConflictError when the name is taken) or a group read at its revision. */
export function saveGroup(ws: Workspace, group: GroupRecord): Promise<GroupRecord> {
  return ws.writeRevisioned('groups', group);
}

/** Renames a group in one transaction (ConflictError when the new name is taken or the group changed). */
export async function renameGroup(ws: Workspace, group: GroupRecord, name: string): Promise<GroupRecord> {
  const renamed: GroupRecord = { ...group, name, rev: 1 };
  await ws.guard(async () => {
    const tx = ws.db.transaction('groups', 'readwrite');
    const [current, taken] = await Promise.all([tx.store.get(group.name), tx.store.get(name)]);
    if (current?.rev !== group.rev || taken) {
      tx.abort();
      await tx.done.catch(() => undefined);
      throw new ConflictError('groups', taken ? name : group.name, taken ?? current);
    }
    await tx.store.delete(group.name);
    await tx.store.put(renamed);
    await tx.done;
  });
  ws.announce('groups', null);
  return renamed;
}
