// A failure of work done in the worker, in plain words, with the code and the engine's
// sentence kept for support. A refusal by the core itself (`ok: false`) is shown as an issue.
import { ClaimsError } from '../../core/errors.ts';
import { useI18n } from '../../i18n/index.ts';
import { IssueLine } from '../../ui/IssueLine.tsx';

export function TaskFailure({ error }: { error: unknown }) {
  const { m } = useI18n();
  if (error instanceof ClaimsError && !error.code.startsWith('client.')) {
    return <div role="alert"><IssueLine issue={{ severity: 'error', code: error.code, path: error.path, message: error.message }} /></div>;
  }
  const code = error instanceof ClaimsError ? error.code : 'client.task_failed';
  const message = error instanceof Error ? error.message : String(error);
  return (
    <p class="issue" data-severity="error" role="alert">
      <span class="issue-text">{code === 'client.worker_lost' ? m.publisher.workerLost : m.publisher.taskFailed}</span>
      <small class="issue-details">{`${code}: ${message.slice(0, 300)}`}</small>
    </p>
  );
}
