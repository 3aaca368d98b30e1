// The members' cashback: balances (find, sort, pick, import and export), groups, credits
// and debits with a preview from apply_adjustments, cashback owed for accepted claims, and
// the history of every applied entry. Everything is kept in the workspace (store/ledger.ts).
import { useApp } from '../../app/context.ts';
import { formatRoute } from '../../app/router.ts';
import { useI18n } from '../../i18n/index.ts';
import { AdjustPage } from './AdjustPage.tsx';
import { BalancesPage } from './BalancesPage.tsx';
import { CreditsPage } from './CreditsPage.tsx';
import { useLedgerData } from './data.ts';
import { GroupsPage } from './GroupsPage.tsx';
import { HistoryPage } from './HistoryPage.tsx';
import { ReversePage } from './ReversePage.tsx';
import { membersPage } from './routes.ts';
import './members.css';

export function MembersView() {
  const { route } = useApp();
  const { m } = useI18n();
  const data = useLedgerData();
  const page = membersPage(route.rest);
  const tabs = [
    ['balances', formatRoute('members'), m.members.balancesTab],
    ['groups', formatRoute('members', 'groups'), m.members.groupsTab],
    ['adjust', formatRoute('members', 'adjust'), m.members.adjustTab],
    ['credits', formatRoute('members', 'credits'), m.members.creditsTab],
    ['history', formatRoute('members', 'history'), m.members.historyTab],
  ] as const;
  return (
    <div class="view" data-view="members">
      <nav class="subnav" aria-label={m.members.subnavLabel}>
        {tabs.map(([name, href, label]) => (
          <a key={name} href={href} aria-current={page.page === name || (page.page === 'reverse' && name === 'history') ? 'page' : undefined}>{label}</a>
        ))}
      </nav>
      {data === null ? <p role="status">{m.common.loading}</p> : (
        <>
          {page.page === 'balances' ? <BalancesPage data={data} /> : null}
          {page.page === 'groups' ? <GroupsPage data={data} /> : null}
          {page.page === 'adjust' ? <AdjustPage data={data} member={page.member} group={page.group} /> : null}
          {page.page === 'credits' ? <CreditsPage data={data} /> : null}
          {page.page === 'reverse' ? <ReversePage data={data} id={page.id} /> : null}
        </>
      )}
      {page.page === 'history' ? <HistoryPage /> : null}
    </div>
  );
}
