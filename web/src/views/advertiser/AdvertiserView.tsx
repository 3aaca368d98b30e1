// The advertiser's workspace. Today: the resolution preview of one claim. Issue 14 adds
// packages, the review queue, bulk decisions and rules (pages under "#/advertiser/...").
import { useI18n } from '../../i18n/index.ts';
import { ViewHeading } from '../../ui/ViewHeading.tsx';
import { ResolutionPreview } from './ResolutionPreview.tsx';
import './advertiser.css';

export function AdvertiserView() {
  const { m } = useI18n();
  return (
    <div class="view" data-view="advertiser">
      <ViewHeading>{m.advertiser.title}</ViewHeading>
      <p class="lede">{m.advertiser.lede}</p>
      <ResolutionPreview />
    </div>
  );
}
