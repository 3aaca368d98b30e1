// Short notices at the bottom of the screen ("Claim deleted. Undo"), announced politely.
// A notice with an undo stays until used or replaced; others leave after a few seconds.
import { useI18n } from '../i18n/index.ts';
import type { Notice } from './context.ts';

export function Notices({ notice, onClose }: { notice: Notice | null; onClose: () => void }) {
  const { m } = useI18n();
  return (
    <div class="notices" aria-live="polite" role="status">
      {notice ? (
        <div class="notice" data-kind={notice.kind ?? 'info'}>
          <span>{notice.text}</span>
          {notice.undo ? (
            <button type="button" class="secondary" onClick={async () => { onClose(); await notice.undo?.(); }}>{notice.undoLabel ?? m.common.undo}</button>
          ) : null}
          <button type="button" class="link" onClick={onClose} aria-label={m.common.closeNotice}>×</button>
        </div>
      ) : null}
    </div>
  );
}
