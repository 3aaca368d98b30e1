// The publisher's workspace: the claims they are working on, one claim in the editor, and
// a claims file checked in bulk. Issue 13 grows it (lists, packages, network files).
import { useApp } from '../../app/context.ts';
import { formatRoute } from '../../app/router.ts';
import { useI18n } from '../../i18n/index.ts';
import { ClaimsList } from './ClaimsList.tsx';
import { ClaimEditor } from './ClaimEditor.tsx';
import { ImportCsv } from './ImportCsv.tsx';
import { publisherPage } from './routes.ts';
import './publisher.css';

export function PublisherView() {
  const { route } = useApp();
  const { m } = useI18n();
  const page = publisherPage(route.rest);
  const tab = page.page === 'import' ? 'import' : 'claims';
  return (
    <div class="view" data-view="publisher">
      <nav class="subnav" aria-label={m.publisher.subnavLabel}>
        <a href={formatRoute('publisher')} aria-current={tab === 'claims' ? 'page' : undefined}>{m.publisher.claimsTab}</a>
        <a href={formatRoute('publisher', 'import')} aria-current={tab === 'import' ? 'page' : undefined}>{m.publisher.importTab}</a>
      </nav>
      {page.page === 'claims' ? <ClaimsList /> : null}
      {page.page === 'claim' ? <ClaimEditor key={page.key} recordKey={page.key} /> : null}
      {page.page === 'import' ? <ImportCsv /> : null}
    </div>
  );
}
