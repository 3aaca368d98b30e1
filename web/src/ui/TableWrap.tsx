// A table that may scroll sideways on a narrow screen: the scrolling box is focusable and
// named, so keyboard users can scroll it too (axe: scrollable-region-focusable).
import type { ComponentChildren } from 'preact';

export function TableWrap({ label, children }: { label: string; children: ComponentChildren }) {
  return <div class="table-wrap" tabIndex={0} role="region" aria-label={label}>{children}</div>;
}
