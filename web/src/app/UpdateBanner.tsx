// Says when a new version of the application is ready (the service worker installed it and
// it waits): Reload lets it take over; Later keeps this version until the next start. Also
// says when a newer version opened in another tab upgraded the workspace's database, so
// that this tab, whose connection was closed for it, must reload.
import { useState } from 'preact/hooks';
import { useI18n } from '../i18n/index.ts';
import { useUpdate } from './offline.ts';

export function UpdateBanner({ upgradedElsewhere }: { upgradedElsewhere: boolean }) {
  const { m } = useI18n();
  const update = useUpdate();
  const [later, setLater] = useState(false);
  if (upgradedElsewhere) {
    return (
      <div class="banner" role="alert" data-kind="update">
        <p>{m.common.update.otherTab}</p>
        <button type="button" onClick={() => location.reload()}>{m.common.update.reload}</button>
      </div>
    );
  }
  if (update.kind !== 'ready' || later) return null;
  return (
    <div class="banner" role="status" data-kind="update">
      <p>{m.common.update.ready}</p>
      <button type="button" onClick={update.apply}>{m.common.update.reload}</button>
      <button type="button" class="secondary" onClick={() => setLater(true)}>{m.common.update.later}</button>
    </div>
  );
}
