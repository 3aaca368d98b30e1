// Pages of a long table: "Rows 51–100 of 1,234" with Previous / Next. Long lists are never
// drawn whole: the caller asks for one page at a time.
import { useI18n } from '../i18n/index.ts';

export function Pager({ offset, limit, total, onOffset, label }: {
  offset: number; limit: number; total: number; onOffset: (offset: number) => void; label: string;
}) {
  const { m, count } = useI18n();
  if (total <= limit && offset === 0) return null;
  const first = total ? offset + 1 : 0;
  const last = Math.min(total, offset + limit);
  return (
    <nav class="pager" aria-label={label}>
      <button type="button" class="secondary" disabled={offset === 0} onClick={() => onOffset(Math.max(0, offset - limit))}>{m.common.pager.previous}</button>
      <span class="pager-range" aria-live="polite">{m.common.pager.range(count(first), count(last), count(total))}</span>
      <button type="button" class="secondary" disabled={last >= total} onClick={() => onOffset(offset + limit)}>{m.common.pager.next}</button>
    </nav>
  );
}
