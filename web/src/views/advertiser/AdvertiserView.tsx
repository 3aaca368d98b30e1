// The advertiser's workspace: open the claim packages and claims files publishers send, see
// every claim with its deadline, decide one or many with a preview of what each decision
// creates, costs and when, try auto-decide rules on the open claims, and exchange the
// conversions file. Pages: routes.ts. What they share (files, decisions, settings, the
// core's review of the inbox) is loaded once here (data.ts).
import { useApp } from '../../app/context.ts';
import { formatRoute } from '../../app/router.ts';
import { useI18n } from '../../i18n/index.ts';
import { AdvertiserSettings } from './AdvertiserSettings.tsx';
import { ClaimPage } from './ClaimPage.tsx';
import { ConversionsFile } from './ConversionsFile.tsx';
import { AdvertiserDataContext, useAdvertiserData } from './data.ts';
import { FileDetail } from './FileDetail.tsx';
import { OpenFiles } from './OpenFiles.tsx';
import { Queue } from './Queue.tsx';
import { advertiserPage, segmentsOf, tabOf, TABS } from './routes.ts';
import { Rules } from './Rules.tsx';
import './advertiser.css';

export function AdvertiserView() {
  const { route } = useApp();
  const { m } = useI18n();
  const data = useAdvertiserData();
  const page = advertiserPage(route.rest);
  const tab = tabOf(page);
  return (
    <div class="view" data-view="advertiser" data-page={page.page}>
      <nav class="subnav" aria-label={m.advertiser.subnavLabel}>
        {TABS.map((t) => (
          <a key={t} href={formatRoute('advertiser', ...segmentsOf(t === 'queue' ? { page: 'queue' } : { page: t }))}
            aria-current={tab === t ? 'page' : undefined}>{m.advertiser.tabs[t]}</a>
        ))}
      </nav>
      <AdvertiserDataContext.Provider value={data}>
        {page.page === 'queue' ? <Queue /> : null}
        {page.page === 'open' ? <OpenFiles /> : null}
        {page.page === 'file' ? <FileDetail key={page.key} fileKey={page.key} /> : null}
        {page.page === 'claim' ? <ClaimPage key={`${page.key}/${page.index}`} fileKey={page.key} index={page.index} /> : null}
        {page.page === 'rules' ? <Rules /> : null}
        {page.page === 'conversions' ? <ConversionsFile /> : null}
        {page.page === 'settings' ? <AdvertiserSettings /> : null}
      </AdvertiserDataContext.Provider>
    </div>
  );
}
