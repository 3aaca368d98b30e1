// The engine's state in the header: starting, ready, or failed with a retry button.
import { useEffect, useState } from 'preact/hooks';
import type { CoreClient } from '../core/client.ts';
import { useI18n } from '../i18n/index.ts';

export function useCoreState(core: CoreClient) {
  const [state, setState] = useState(core.state);
  useEffect(() => {
    setState(core.state);
    return core.subscribe(() => setState(core.state));
  }, [core]);
  return state;
}

export function CoreStatus({ core }: { core: CoreClient }) {
  const { m } = useI18n();
  const state = useCoreState(core);
  if (state === 'failed') {
    return (
      <div class="core-status" data-state="failed" role="alert">
        <p>{m.common.core.failed}</p>
        <button type="button" onClick={() => core.retry()}>{m.common.core.retry}</button>
        <small class="issue-details">{m.common.core.details(core.failure)}</small>
      </div>
    );
  }
  return (
    <p class="core-status" data-state={state} role="status">
      {state === 'ready' ? m.common.core.ready : m.common.core.loading}
    </p>
  );
}
