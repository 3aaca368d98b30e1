// A claim's state as a badge: its status, or "Needs proof" for a draft that only lacks proof.
import { useI18n } from '../../i18n/index.ts';
import type { ClaimState } from './work/protocol.ts';

export function StateBadge({ state }: { state: ClaimState }) {
  const { m } = useI18n();
  return <span class="badge" data-status={state}>{m.publisher.states[state]}</span>;
}
