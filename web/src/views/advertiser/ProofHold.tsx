// The choice a batch (bulk decision, rules, conversions file) asks for when some of its
// accepts are of claims whose proof failed the package check: they are left out unless
// the user ticks this box, and the recording then asks for a confirmation.
import { useI18n } from '../../i18n/index.ts';

export function ProofHold({ ids, accept, onAccept }: { ids: readonly string[]; accept: boolean; onAccept: (on: boolean) => void }) {
  const { m } = useI18n();
  const p = m.advertiser.proofHold;
  if (!ids.length) return null;
  return (
    <div class="proof-warning" data-field="proof-hold">
      <p><strong>{p.title(ids.length)}</strong> {p.body(ids.length, ids.join(', '))}</p>
      <label class="check">
        <input type="checkbox" data-field="proof-hold-accept" checked={accept} onChange={(e) => onAccept((e.currentTarget as HTMLInputElement).checked)} />
        {p.accept(ids.length)}
      </label>
    </div>
  );
}
