// Reading and writing a member of a JSON object by JSON Pointer ("/order/date"), without
// changing the original: the claim editor's fields are pointers into the claim.

export function getAt(target: unknown, pointer: string): unknown {
  let node = target;
  for (const key of pointer.split('/').slice(1)) {
    if (typeof node !== 'object' || node === null) return undefined;
    node = (node as Record<string, unknown>)[key];
  }
  return node;
}

/**
 * A copy of `target` with the member at `pointer` set to `value`; `undefined` removes it,
 * and objects left empty by the removal are removed too (an empty field is absent, so the
 * core reports a required one as missing rather than as empty text).
 */
export function withValue<T extends object>(target: T, pointer: string, value: unknown): T {
  const keys = pointer.split('/').slice(1);
  const set = (node: Record<string, unknown> | undefined, i: number): Record<string, unknown> | undefined => {
    const copy: Record<string, unknown> = { ...(node ?? {}) };
    const key = keys[i] as string;
    if (i === keys.length - 1) {
      if (value === undefined) delete copy[key];
      else copy[key] = value;
    } else {
      const child = copy[key];
      const next = set(typeof child === 'object' && child !== null && !Array.isArray(child) ? (child as Record<string, unknown>) : undefined, i + 1);
      if (next === undefined) delete copy[key];
      else copy[key] = next;
    }
    return Object.keys(copy).length === 0 ? undefined : copy;
  };
  return (set(target as Record<string, unknown>, 0) ?? {}) as T;
}
