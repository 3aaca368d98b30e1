// The members and their available balances: find them (part of an id, or a pattern with
// * and ?; balance above / below), sort by id or balance, pick some, and make a group of
// the picked ones or of all that match. Balances come from a CSV file and go back to one.
import { useMemo, useState } from 'preact/hooks';
import { useApp } from '../../app/context.ts';
import { formatRoute } from '../../app/router.ts';
import { useI18n } from '../../i18n/index.ts';
import { saveGroup } from '../../store/ledger.ts';
import { ConflictError, shownElsewhere } from '../../store/workspace.ts';
import { MoneyField, TextField } from '../../ui/fields.tsx';
import { ViewHeading } from '../../ui/ViewHeading.tsx';
import { TableWrap } from '../../ui/TableWrap.tsx';
import type { LedgerData } from './data.ts';
import { CreditsNotice } from './CreditsPage.tsx';
import { MembersFiles } from './MembersFiles.tsx';
import { filterMembers, type MemberFilter, type Sort, type SortKey } from './work/table.ts';

/** Rows drawn at most; the rest are counted (find them with the filter). */
const SHOWN = 200;

export function BalancesPage({ data }: { data: LedgerData }) {
  const { workspace, navigate, notify } = useApp();
  const { m, money, count } = useI18n();
  const [filter, setFilter] = useState<MemberFilter>({});
  const [sort, setSort] = useState<Sort>({ key: 'member', descending: false });
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const [groupName, setGroupName] = useState<string | undefined>(undefined);
  const [groupProblem, setGroupProblem] = useState<string | null>(null);

  const matching = useMemo(() => filterMembers(data.members, filter, sort), [data.members, filter, sort]);
  const shown = matching.slice(0, SHOWN);
  const filtered = Boolean(filter.id?.trim() || filter.above || filter.below);
  const known = useMemo(() => new Set(data.members.map((r) => r.member)), [data.members]);
  // Picked members that are gone (another tab, an undo) no longer count.
  const picked = [...selected].filter((id) => known.has(id));

  const toggle = (id: string, on: boolean) => setSelected((s) => {
    const next = new Set(s);
    if (on) next.add(id); else next.delete(id);
    return next;
  });
  const allShownPicked = shown.length > 0 && shown.every((r) => selected.has(r.member));

  async function makeGroup(members: string[]) {
    const name = groupName?.trim();
    setGroupProblem(null);
    if (!name) { setGroupProblem(m.members.groupNameRequired); return; }
    try {
      await saveGroup(workspace, { name, members, rev: 0 });
    } catch (e) {
      if (e instanceof ConflictError) { setGroupProblem(m.members.groupNameTaken(name)); return; }
      shownElsewhere(e);
      return;
    }
    setGroupName(undefined);
    setSelected(new Set());
    notify({ text: m.members.groupCreated(name, members.length, count(members.length)) });
    navigate('members', 'groups');
  }

  const sortButton = (key: SortKey, label: string) => {
    const active = sort.key === key;
    return (
      <th scope="col" class={key === 'available' ? 'num' : undefined}
        aria-sort={active ? (sort.descending ? 'descending' : 'ascending') : undefined}>
        <button type="button" class="sort" data-sort={key}
          onClick={() => setSort({ key, descending: active ? !sort.descending : false })}>
          {label}<span aria-hidden="true">{active ? (sort.descending ? ' ▼' : ' ▲') : ''}</span>
          <span class="visually-hidden">{active ? (sort.descending ? m.members.sortedDescending : m.members.sortedAscending) : m.members.sortBy}</span>
        </button>
      </th>
    );
  };

  return (
    <>
      <ViewHeading>{m.members.title}</ViewHeading>
      <p class="lede">{m.members.lede(data.currency)}</p>
      <CreditsNotice />
      <section aria-labelledby="members-balances">
        <h2 id="members-balances">{m.members.balancesTitle}</h2>
        {data.members.length ? <>
        <div class="grid filters" role="search" aria-label={m.members.findLabel}>
          <TextField name="find" label={m.members.find} hint={m.members.findHint} example="m-1*"
            value={filter.id} onValue={(v) => setFilter((f) => ({ ...f, id: v }))} />
          <MoneyField name="above" label={m.members.above} example="10.00" value={filter.above}
            onValue={(v) => setFilter((f) => ({ ...f, above: v }))} />
          <MoneyField name="below" label={m.members.below} example="5.00" value={filter.below}
            onValue={(v) => setFilter((f) => ({ ...f, below: v }))} />
        </div>
        <p class="note" role="status" data-field="match-count">
          {filtered ? m.members.matching(matching.length, count(matching.length), count(data.members.length)) : m.members.total(data.members.length, count(data.members.length))}
        </p>
        </> : null}
        {data.members.length === 0 ? <p class="empty">{m.members.empty}</p> : shown.length ? (
          <TableWrap label={m.members.membersTable}>
            <table class="members-table">
              <caption class="visually-hidden">{m.members.balancesTitle}</caption>
              <thead>
                <tr>
                  <th scope="col" class="pick">
                    <input type="checkbox" checked={allShownPicked} aria-label={m.members.pickAllShown(shown.length, count(shown.length))}
                      onChange={(e) => {
                        const on = (e.currentTarget as HTMLInputElement).checked;
                        setSelected((s) => {
                          const next = new Set(s);
                          for (const r of shown) if (on) next.add(r.member); else next.delete(r.member);
                          return next;
                        });
                      }} />
                  </th>
                  {sortButton('member', m.members.member)}
                  {sortButton('available', m.members.available)}
                  <th scope="col"><span class="visually-hidden">{m.members.actions}</span></th>
                </tr>
              </thead>
              <tbody>
                {shown.map((r) => (
                  <tr key={r.member} data-member={r.member}>
                    <td class="pick">
                      <input type="checkbox" checked={selected.has(r.member)} aria-label={m.members.pick(r.member)}
                        onChange={(e) => toggle(r.member, (e.currentTarget as HTMLInputElement).checked)} />
                    </td>
                    <td class="member-id">{r.member}</td>
                    <td class="num" data-col="available">{money(r.available, data.currency)}</td>
                    <td><a href={formatRoute('members', 'adjust', 'member', r.member)} aria-label={m.members.adjustNamed(r.member)}>{m.members.adjust}</a></td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableWrap>
        ) : <p class="empty">{m.members.noMatch}</p>}
        {matching.length > shown.length ? <p class="note">{m.members.showing(count(shown.length), count(matching.length))}</p> : null}
        {data.members.length ? (
          <div class="group-maker">
            <h3 id="members-make-group">{m.members.makeGroupTitle}</h3>
            <p class="note" data-field="picked-count">{m.members.picked(picked.length, count(picked.length))}
              {picked.length ? <> <button type="button" class="link" onClick={() => setSelected(new Set())}>{m.members.clearPicked}</button></> : null}
            </p>
            <div class="grid">
              <TextField name="group-name" label={m.members.groupName} example={m.members.groupExample} value={groupName}
                onValue={(v) => { setGroupName(v); setGroupProblem(null); }} />
            </div>
            {groupProblem ? <p class="issue" data-severity="error" role="alert">{groupProblem}</p> : null}
            <div class="actions">
              <button type="button" disabled={!picked.length} onClick={() => void makeGroup(picked)}>
                {m.members.groupOfPicked(picked.length, count(picked.length))}
              </button>
              {filtered ? (
                <button type="button" class="secondary" disabled={!matching.length} onClick={() => void makeGroup(matching.map((r) => r.member))}>
                  {m.members.groupOfMatching(matching.length, count(matching.length))}
                </button>
              ) : null}
            </div>
          </div>
        ) : null}
      </section>
      <MembersFiles data={data} />
    </>
  );
}
