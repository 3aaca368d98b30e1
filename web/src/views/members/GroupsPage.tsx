// Groups of members, to credit or debit together. A group is a list of member ids kept as
// it was made (from picked members, from the members a filter found, or from pasted ids):
// a later change of balances does not change who is in it. Rename; delete after a
// confirmation, with an undo.
import { useEffect, useRef, useState } from 'preact/hooks';
import { useApp } from '../../app/context.ts';
import { formatRoute } from '../../app/router.ts';
import { useI18n } from '../../i18n/index.ts';
import type { GroupRecord } from '../../store/schema.ts';
import { renameGroup, saveGroup } from '../../store/ledger.ts';
import { ConflictError, shownElsewhere } from '../../store/workspace.ts';
import { ConfirmButton, TextAreaField, TextField } from '../../ui/fields.tsx';
import { ViewHeading } from '../../ui/ViewHeading.tsx';
import type { LedgerData } from './data.ts';
import { parseIds, validMemberId } from './work/table.ts';

/** Member ids listed in a group's row at most (all are in the group). */
const IDS_SHOWN = 50;

export function GroupsPage({ data }: { data: LedgerData }) {
  const { workspace, notify } = useApp();
  const { m, count } = useI18n();
  const [name, setName] = useState<string | undefined>(undefined);
  const [pasted, setPasted] = useState<string | undefined>(undefined);
  const [problem, setProblem] = useState<string | null>(null);
  const known = new Set(data.members.map((r) => r.member));
  const ids = parseIds(pasted ?? '');
  const invalid = ids.filter((id) => !validMemberId(id));
  const unknown = ids.filter((id) => validMemberId(id) && !known.has(id));

  async function create() {
    setProblem(null);
    const n = name?.trim();
    if (!n) { setProblem(m.members.groupNameRequired); return; }
    if (!ids.length) { setProblem(m.members.pasteSomething); return; }
    if (invalid.length) { setProblem(m.members.invalidIds(invalid.slice(0, 5).join(', '))); return; }
    try {
      await saveGroup(workspace, { name: n, members: ids, rev: 0 });
    } catch (e) {
      if (e instanceof ConflictError) { setProblem(m.members.groupNameTaken(n)); return; }
      shownElsewhere(e);
      return;
    }
    setName(undefined);
    setPasted(undefined);
    notify({ text: m.members.groupCreated(n, ids.length, count(ids.length)) });
  }

  async function remove(group: GroupRecord) {
    try {
      await workspace.remove('groups', group.name);
    } catch (e) {
      shownElsewhere(e);
      return;
    }
    notify({
      text: m.members.groupDeleted(group.name),
      undo: async () => { await saveGroup(workspace, { ...group, rev: 0 }).catch(shownElsewhere); },
    });
  }

  return (
    <>
      <ViewHeading>{m.members.groupsTitle}</ViewHeading>
      <p class="lede">{m.members.groupsLede}</p>
      <section aria-labelledby="groups-list">
        <h2 id="groups-list">{m.members.groupsListTitle(data.groups.length, count(data.groups.length))}</h2>
        {data.groups.length === 0 ? <p class="empty">{m.members.noGroups}</p> : (
          <ul class="groups">
            {data.groups.map((g) => <GroupRow key={g.name} group={g} onDelete={() => void remove(g)} />)}
          </ul>
        )}
      </section>
      <section aria-labelledby="groups-new">
        <h2 id="groups-new">{m.members.newGroupTitle}</h2>
        <p class="note">{m.members.newGroupNote} <a href={formatRoute('members')}>{m.members.balancesTab}</a></p>
        <form noValidate onSubmit={(e) => { e.preventDefault(); void create(); }}>
          <div class="grid">
            <TextField name="new-group-name" label={m.members.groupName} example={m.members.groupExample} required value={name}
              onValue={(v) => { setName(v); setProblem(null); }} />
            <TextAreaField name="pasted-ids" label={m.members.pasteIds} hint={m.members.pasteHint} rows={4} value={pasted}
              onValue={(v) => { setPasted(v); setProblem(null); }} />
          </div>
          {ids.length ? (
            <p class="note" data-field="pasted-count">
              {m.members.pastedCount(ids.length, count(ids.length))}
              {unknown.length ? ` ${m.members.pastedUnknown(unknown.length, count(unknown.length))}` : ''}
            </p>
          ) : null}
          {problem ? <p class="issue" data-severity="error" role="alert">{problem}</p> : null}
          <div class="actions"><button type="submit">{m.members.createGroup}</button></div>
        </form>
      </section>
    </>
  );
}

function GroupRow({ group, onDelete }: { group: GroupRecord; onDelete: () => void }) {
  const { workspace } = useApp();
  const { m, count } = useI18n();
  const [renaming, setRenaming] = useState(false);
  const [name, setName] = useState<string | undefined>(group.name);
  const [problem, setProblem] = useState<string | null>(null);
  const renameButton = useRef<HTMLButtonElement>(null);
  const field = useRef<HTMLDivElement>(null);
  useEffect(() => { if (renaming) field.current?.querySelector('input')?.focus(); }, [renaming]);

  async function rename() {
    const next = name?.trim();
    if (!next) { setProblem(m.members.groupNameRequired); return; }
    if (next !== group.name) {
      try {
        await renameGroup(workspace, group, next);
      } catch (e) {
        if (e instanceof ConflictError) { setProblem(m.members.groupNameTaken(next)); return; }
        shownElsewhere(e);
        return;
      }
    }
    setRenaming(false);
  }
  const cancel = () => { setRenaming(false); setName(group.name); setProblem(null); setTimeout(() => renameButton.current?.focus()); };

  const shown = group.members.slice(0, IDS_SHOWN);
  return (
    <li class="group" data-group={group.name}>
      {renaming ? (
        <form class="rename" noValidate onSubmit={(e) => { e.preventDefault(); void rename(); }}
          onKeyDown={(e) => { if (e.key === 'Escape') cancel(); }}>
          <div ref={field}>
            <TextField name="rename" label={m.members.newName(group.name)} value={name} onValue={(v) => { setName(v); setProblem(null); }} />
          </div>
          {problem ? <p class="issue" data-severity="error" role="alert">{problem}</p> : null}
          <div class="actions">
            <button type="submit">{m.members.saveName}</button>
            <button type="button" class="secondary" onClick={cancel}>{m.common.cancel}</button>
          </div>
        </form>
      ) : (
        <div class="group-head">
          <h3 class="group-name">{group.name}</h3>
          <span class="note">{m.members.groupSize(group.members.length, count(group.members.length))}</span>
        </div>
      )}
      <p class="group-members">
        {shown.join(', ')}
        {group.members.length > shown.length ? ` ${m.members.andMore(count(group.members.length - shown.length))}` : ''}
      </p>
      {renaming ? null : (
        <div class="actions">
          <a class="button-link" href={formatRoute('members', 'adjust', 'group', group.name)} aria-label={m.members.adjustNamed(group.name)}>{m.members.adjust}</a>
          <button type="button" class="secondary" ref={renameButton} onClick={() => setRenaming(true)} aria-label={m.members.renameNamed(group.name)}>{m.members.rename}</button>
          <ConfirmButton label={m.common.delete} confirmLabel={m.members.deleteGroup} question={m.members.deleteQuestion(group.name, group.members.length, count(group.members.length))}
            onConfirm={onDelete} />
        </div>
      )}
    </li>
  );
}
