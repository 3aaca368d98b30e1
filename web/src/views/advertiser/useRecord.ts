// Recording decisions from any page: one transaction, then a notice with an undo that puts
// back what was there before. Returns false when the browser refused to store (the shell's
// banner says so).
import { useApp } from '../../app/context.ts';
import { useI18n } from '../../i18n/index.ts';
import { shownElsewhere } from '../../store/workspace.ts';
import { recordDecisions, restoreDecisions } from './inbox.ts';
import type { NewDecision } from './simulate.ts';

export function useRecord(): (decisions: NewDecision[], text: string, afterUndo?: () => void) => Promise<boolean> {
  const { workspace, notify } = useApp();
  const { m } = useI18n();
  return async (decisions, text, afterUndo) => {
    let previous;
    try {
      previous = await recordDecisions(workspace, decisions);
    } catch (e) { shownElsewhere(e); return false; }
    notify({ text, undoLabel: m.advertiser.undo, undo: async () => { await restoreDecisions(workspace, previous).catch(shownElsewhere); afterUndo?.(); } });
    return true;
  };
}
