// Claims opened from a package are shown as the publisher wrote them, and a package may hold
// anything: a number where a text belongs, an object where a list belongs. These helpers
// turn any JSON value into something safe to render as text (bounded), or into a list.

/** A value as text: strings as they are, numbers and booleans written out, anything else as short JSON. */
export function str(v: unknown): string | undefined {
  if (v === undefined || v === null) return undefined;
  if (typeof v === 'string') return v;
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  const json = JSON.stringify(v) ?? '';
  return json.length > 120 ? `${json.slice(0, 119)}…` : json;
}

/** A value as a list (anything that is not an array is an empty list). */
export const list = <T>(v: unknown): T[] => (Array.isArray(v) ? (v as T[]) : []);

/** A catalogue entry for a key the publisher wrote ("untracked"), or the key itself when the catalogue has none. */
export function labelOf(labels: Readonly<Record<string, string>>, key: unknown): string | undefined {
  const k = str(key);
  if (k === undefined) return undefined;
  return Object.hasOwn(labels, k) ? labels[k] : k;
}

/** The objects of a list (anything else in it is skipped). */
export const objects = (v: unknown): Record<string, unknown>[] =>
  list<unknown>(v).filter((x): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x));
