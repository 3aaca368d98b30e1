// The order's items (spec section 4): lines added and removed, each with its SKU, name,
// quantity, category and subtotal (the line total). Issues about a line show under it.
import type { Issue, OrderItem } from '../../core/types.ts';
import { useI18n } from '../../i18n/index.ts';
import { IssueList } from '../../ui/IssueLine.tsx';
import { MoneyField, TextField } from '../../ui/fields.tsx';

/** A typed quantity: a whole number becomes a number; other text goes to the core as typed (claim.invalid). */
const quantity = (v: string | undefined): number | string | undefined => (v === undefined ? undefined : /^\d+$/.test(v.trim()) ? Number(v.trim()) : v);

export function ItemsEditor({ items, issues, onChange, onLeave }: {
  items: OrderItem[]; issues: Issue[]; onChange: (items: OrderItem[]) => void; onLeave: () => void;
}) {
  const { m } = useI18n();
  const set = (index: number, key: keyof OrderItem, value: unknown) => {
    onChange(items.map((item, i) => {
      if (i !== index) return item;
      const next: Record<string, unknown> = { ...item };
      if (value === undefined) delete next[key];
      else next[key] = value;
      return next as OrderItem;
    }));
  };
  const lineIssues = (index: number) => issues.filter((i) => new RegExp(`/order/items/${index}(/|$)`).test(i.path));
  const general = issues.filter((i) => !/\/order\/items\/\d+(\/|$)/.test(i.path));
  return (
    <fieldset class="items" data-field="/order/items">
      <legend>{m.publisher.groups.items}</legend>
      <p class="note">{m.publisher.itemsNote}</p>
      <IssueList issues={general} />
      {items.map((item, index) => {
        const line = index + 1;
        return (
          <div class="item-line" key={index} data-line={line} role="group" aria-label={m.publisher.itemLine(line)}>
            <div class="grid">
              <TextField name={`item-${line}-sku`} label={m.publisher.item.sku} example="SKU-1" value={item.sku} onValue={(v) => set(index, 'sku', v)} onLeave={onLeave} />
              <TextField name={`item-${line}-name`} label={m.publisher.item.name} example="Kettle" value={item.name} onValue={(v) => set(index, 'name', v)} onLeave={onLeave} />
              <TextField name={`item-${line}-quantity`} label={m.publisher.item.quantity} example="2" value={item.quantity === undefined ? undefined : String(item.quantity)}
                onValue={(v) => set(index, 'quantity', quantity(v))} onLeave={onLeave} input={{ inputMode: 'numeric', class: 'short' }} />
              <TextField name={`item-${line}-category`} label={m.publisher.item.category} example="home" value={item.category} onValue={(v) => set(index, 'category', v)} onLeave={onLeave} />
              <MoneyField name={`item-${line}-subtotal`} label={m.publisher.item.subtotal} hint={m.publisher.item.subtotalHint} example="80.00" value={item.subtotal}
                onValue={(v) => set(index, 'subtotal', v)} onLeave={onLeave} />
            </div>
            <IssueList issues={lineIssues(index)} />
            <button type="button" class="link" onClick={() => onChange(items.filter((_, i) => i !== index))}
              aria-label={m.publisher.removeItem(line)}>{m.publisher.remove}</button>
          </div>
        );
      })}
      <button type="button" class="secondary" onClick={() => onChange([...items, {}])}>{m.publisher.addItem}</button>
    </fieldset>
  );
}
