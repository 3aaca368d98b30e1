// What every view gets from the shell: the core (in its worker), the workspace (IndexedDB),
// the as-of day, navigation and notifications.
import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { CoreClient } from '../core/client.ts';
import type { Workspace } from '../store/workspace.ts';
import type { Route, ViewName } from './router.ts';

export interface Notice {
  text: string;
  /** Offered as a button next to the text ("Undo"). */
  undo?: () => void | Promise<void>;
  /** The undo button's words when the notice is not about a deletion (default: common.undo). */
  undoLabel?: string;
  kind?: 'info' | 'error';
}

export interface AppContextValue {
  core: CoreClient;
  workspace: Workspace;
  route: Route;
  navigate: (view: ViewName, ...rest: string[]) => void;
  /** The day rules are judged on (ISO); today unless the user changes it. */
  asOf: string;
  /** Changes the as-of day (the advertiser's review date); undefined goes back to today. */
  setAsOf: (iso: string | undefined) => void;
  notify: (notice: Notice) => void;
}

export const AppContext = createContext<AppContextValue | null>(null);

export function useApp(): AppContextValue {
  const value = useContext(AppContext);
  if (!value) throw new Error('useApp outside the application shell');
  return value;
}
