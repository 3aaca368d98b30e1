// The publisher's workspace: the claims (list and editor), a claims file imported, proof
// for many claims at once, sending (package, CSV, network files), the advertisers' answers,
// and the programs' rules and network ids. Heavy work runs in the core's worker (work/).
import { useEffect } from 'preact/hooks';
import { useApp } from '../../app/context.ts';
import { formatRoute } from '../../app/router.ts';
import { useI18n } from '../../i18n/index.ts';
import { ClaimsList } from './ClaimsList.tsx';
import { ClaimEditor } from './ClaimEditor.tsx';
import { ImportCsv } from './ImportCsv.tsx';
import { ProofsBulk } from './ProofsBulk.tsx';
import { SendPage } from './SendPage.tsx';
import { AnswersPage } from './AnswersPage.tsx';
import { ProgramsPage } from './ProgramsPage.tsx';
import { publisherPage, type PublisherPageName } from './routes.ts';
import { syncClaimIndex } from './listState.ts';
import './publisher.css';

const TABS: ('claims' | PublisherPageName)[] = ['claims', 'import', 'proofs', 'send', 'answers', 'programs'];

export function PublisherView() {
  const { route, workspace, core } = useApp();
  const { m } = useI18n();
  useEffect(() => syncClaimIndex(workspace, core), [workspace, core]);
  const page = publisherPage(route.rest);
  const tab = page.page === 'claim' ? 'claims' : page.page;
  return (
    <div class="view" data-view="publisher">
      <nav class="subnav" aria-label={m.publisher.subnavLabel}>
        {TABS.map((t) => (
          <a key={t} href={t === 'claims' ? formatRoute('publisher') : formatRoute('publisher', t)} aria-current={tab === t ? 'page' : undefined}>
            {m.publisher.tabs[t]}
          </a>
        ))}
      </nav>
      {page.page === 'claims' ? <ClaimsList /> : null}
      {page.page === 'claim' ? <ClaimEditor key={page.key} recordKey={page.key} /> : null}
      {page.page === 'import' ? <ImportCsv /> : null}
      {page.page === 'proofs' ? <ProofsBulk /> : null}
      {page.page === 'send' ? <SendPage /> : null}
      {page.page === 'answers' ? <AnswersPage /> : null}
      {page.page === 'programs' ? <ProgramsPage /> : null}
    </div>
  );
}
