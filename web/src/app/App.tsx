// The application shell: header (workspaces, language, as-of day, engine state), the
// current view from the URL hash, storage warnings and notices. Views get the core, the
// workspace and the rest through AppContext, and their messages through I18nContext.
import { useCallback, useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { createBrowserCore } from '../core/client.ts';
import { Workspace, StorageError } from '../store/workspace.ts';
import { importLegacyDraft } from '../store/legacy.ts';
import { I18nContext, makeI18n, type I18n } from '../i18n/index.ts';
import { formattingLocale, resolveLocale, type LocaleSetting } from '../i18n/catalogue.ts';
import { todayIso } from '../format/dates.ts';
import { DateField, SelectField } from '../ui/fields.tsx';
import { AppContext, type AppContextValue, type Notice } from './context.ts';
import { CoreStatus } from './CoreStatus.tsx';
import { Notices } from './Notices.tsx';
import { UpdateBanner } from './UpdateBanner.tsx';
import { lastView, registerServiceWorker, rememberView } from './offline.ts';
import { VIEWS, formatRoute, parseRoute, type Route, type ViewName } from './router.ts';
import { PublisherView } from '../views/publisher/PublisherView.tsx';
import { AdvertiserView } from '../views/advertiser/AdvertiserView.tsx';
import { MembersView } from '../views/members/MembersView.tsx';
import { SettingsView } from '../views/settings/SettingsView.tsx';

/** The route at start: the URL's, or (no hash: the installed app's start) the view last used. */
function startRoute(): Route {
  if (!location.hash) {
    const view = lastView();
    if (view && (VIEWS as readonly string[]).includes(view)) {
      history.replaceState(null, '', formatRoute(view as ViewName));
      return { view: view as ViewName, rest: [] };
    }
  }
  return parseRoute(location.hash);
}

const browserLanguages = (): readonly string[] => (navigator.languages?.length ? navigator.languages : [navigator.language]);

export function App() {
  const [core] = useState(createBrowserCore);
  const [workspace, setWorkspace] = useState<Workspace | null>(null);
  const [storageProblem, setStorageProblem] = useState<StorageError | null>(null);
  const [localeSetting, setLocaleSetting] = useState<LocaleSetting>('auto');
  const [route, setRoute] = useState<Route>(startRoute);
  const [upgradedElsewhere, setUpgradedElsewhere] = useState(false);
  const [asOf, setAsOf] = useState(todayIso);
  const [notice, setNotice] = useState<Notice | null>(null);
  const mainRef = useRef<HTMLElement>(null);

  useEffect(() => {
    let ws: Workspace | null = null;
    Workspace.open().then(
      async (opened) => {
        ws = opened;
        opened.onStorageError(setStorageProblem);
        opened.onUpgradeElsewhere(() => setUpgradedElsewhere(true));
        opened.onChange((change) => {
          if (change.store === 'settings' && (change.key === 'locale' || change.key === null)) {
            void opened.getSetting('locale').then(setLocaleSetting);
          }
        });
        setLocaleSetting(await opened.getSetting('locale'));
        await importLegacyDraft(opened).catch(() => false);
        setWorkspace(opened);
      },
      (e: unknown) => setStorageProblem(e instanceof StorageError ? e : new StorageError('unavailable', String(e))),
    );
    return () => ws?.close();
  }, []);

  // Offline after the first visit: the service worker keeps this version's files.
  useEffect(() => { void registerServiceWorker(); }, []);
  useEffect(() => rememberView(route.view), [route.view]);

  useEffect(() => {
    const onHash = () => setRoute(parseRoute(location.hash));
    addEventListener('hashchange', onHash);
    return () => removeEventListener('hashchange', onHash);
  }, []);

  const i18n: I18n = useMemo(() => {
    const languages = browserLanguages();
    const locale = resolveLocale(localeSetting, languages);
    return makeI18n(locale, formattingLocale(locale, languages));
  }, [localeSetting]);
  const { m } = i18n;

  useEffect(() => {
    document.documentElement.lang = i18n.locale;
    document.title = `${m.common.views[route.view]} · ${m.common.appTitle}`;
  }, [i18n, route.view]);

  const navigate = useCallback((view: ViewName, ...rest: string[]) => { location.hash = formatRoute(view, ...rest); }, []);
  const notify = useCallback((n: Notice) => setNotice(n), []);
  const changeAsOf = useCallback((iso: string | undefined) => setAsOf(iso ?? todayIso()), []);
  useEffect(() => {
    if (!notice || notice.undo) return;
    const timer = setTimeout(() => setNotice(null), 6000);
    return () => clearTimeout(timer);
  }, [notice]);

  const app: AppContextValue | null = useMemo(
    () => (workspace ? { core, workspace, route, navigate, asOf, setAsOf: changeAsOf, notify } : null),
    [core, workspace, route, navigate, asOf, changeAsOf, notify],
  );

  return (
    <I18nContext.Provider value={i18n}>
      <button type="button" class="skip" onClick={() => mainRef.current?.focus()}>{m.common.skipToContent}</button>
      <header class="shell">
        <div class="shell-top">
          <p class="brand">{m.common.appTitle}</p>
          <nav aria-label={m.common.navLabel}>
            <ul>
              {VIEWS.map((view) => (
                <li key={view}>
                  <a href={formatRoute(view)} aria-current={route.view === view ? 'page' : undefined}>{m.common.views[view]}</a>
                </li>
              ))}
            </ul>
          </nav>
        </div>
        <div class="shell-tools">
          <DateField name="as-of" label={m.common.asOf.label} hint={m.common.asOf.hint} value={asOf}
            onValue={changeAsOf} />
          <SelectField<LocaleSetting> name="language" label={m.common.language.label} value={localeSetting}
            options={[['auto', m.common.language.auto], ['en', 'English'], ['fr', 'Français']]}
            onValue={(v) => {
              // Shown once stored, so that a reload right after the switch keeps it.
              if (!workspace) { setLocaleSetting(v); return; }
              void workspace.setSetting('locale', v).then(() => setLocaleSetting(v), () => setLocaleSetting(v));
            }} />
          <CoreStatus core={core} />
        </div>
      </header>
      {storageProblem ? (
        <div class="banner" role="alert" data-kind={storageProblem.kind}>
          <p>{storageProblem.kind === 'quota' ? m.common.storage.quota : m.common.storage.unavailable}</p>
          <small class="issue-details">{storageProblem.message}</small>
          {workspace ? <button type="button" class="secondary" onClick={() => setStorageProblem(null)}>{m.common.dismiss}</button> : null}
        </div>
      ) : null}
      <UpdateBanner upgradedElsewhere={upgradedElsewhere} />
      <main id="main" ref={mainRef} tabIndex={-1}>
        {app ? (
          <AppContext.Provider value={app}>
            {route.view === 'publisher' ? <PublisherView /> : null}
            {route.view === 'advertiser' ? <AdvertiserView /> : null}
            {route.view === 'members' ? <MembersView /> : null}
            {route.view === 'settings' ? <SettingsView /> : null}
          </AppContext.Provider>
        ) : storageProblem ? null : (
          <p role="status">{m.common.storage.opening}</p>
        )}
      </main>
      <Notices notice={notice} onClose={() => setNotice(null)} />
    </I18nContext.Provider>
  );
}
