// The members' cashback: balances, groups, adjustments and their history (issue 15 builds
// it on apply_adjustments). Today: the frame, reading the members store.
import { useEffect, useState } from 'preact/hooks';
import { useApp } from '../../app/context.ts';
import { useI18n } from '../../i18n/index.ts';
import type { MemberRecord } from '../../store/schema.ts';
import { ViewHeading } from '../../ui/ViewHeading.tsx';
import { TableWrap } from '../../ui/TableWrap.tsx';
import './members.css';

export function MembersView() {
  const { workspace } = useApp();
  const { m, money } = useI18n();
  const [members, setMembers] = useState<MemberRecord[] | null>(null);
  const [currency, setCurrency] = useState('EUR');
  useEffect(() => {
    const load = () => {
      void workspace.guard(() => workspace.db.getAll('members')).then(setMembers, () => setMembers([]));
      void workspace.getSetting('ledger_currency').then(setCurrency);
    };
    load();
    return workspace.onChange((c) => { if (c.store === 'members' || c.store === 'settings') load(); });
  }, [workspace]);
  return (
    <div class="view" data-view="members">
      <ViewHeading>{m.members.title}</ViewHeading>
      <p class="lede">{m.members.lede}</p>
      <section aria-labelledby="members-balances">
        <h2 id="members-balances">{m.members.balancesTitle}</h2>
        {members === null ? <p role="status">{m.common.loading}</p> : members.length === 0 ? (
          <p class="empty">{m.members.empty}</p>
        ) : (
          <TableWrap label={m.members.balancesTitle}>
            <table>
              <caption class="visually-hidden">{m.members.balancesTitle}</caption>
              <thead><tr><th scope="col">{m.issues.fields.member}</th><th scope="col" class="num">{m.members.available}</th></tr></thead>
              <tbody>
                {members.map((r) => <tr key={r.member}><td>{r.member}</td><td class="num">{money(r.available, currency)}</td></tr>)}
              </tbody>
            </table>
          </TableWrap>
        )}
      </section>
      <section aria-labelledby="members-history">
        <h2 id="members-history">{m.members.historyTitle}</h2>
        <p class="empty">{m.members.historyEmpty}</p>
      </section>
    </div>
  );
}
