// Which claim a dropped proof file belongs to, from its name: the claim whose order id
// appears in the file name as whole words ("A-1001.pdf", "invoice_A-1001 (2).png",
// "a-1001-confirmation.pdf"), ignoring case. The longest order id found wins ("A-1001"
// over "1001"); two claims with that order id, or two different order ids of the same
// length, are ambiguous and left for the user. Pure, so Node tests cover it.

/** Lower-cased order id → the claims (keys) with that order id. */
export type OrderIndex = Map<string, string[]>;

export function orderIndex(claims: Iterable<{ key: string; orderId: string | undefined }>): OrderIndex {
  const index: OrderIndex = new Map();
  for (const { key, orderId } of claims) {
    if (!orderId) continue;
    const id = orderId.toLowerCase();
    const list = index.get(id);
    if (list) list.push(key);
    else index.set(id, [key]);
  }
  return index;
}

/** The file name without its extension ("A-1001.scan.pdf" → "A-1001.scan"). */
const stem = (name: string): string => {
  const dot = name.lastIndexOf('.');
  return dot > 0 ? name.slice(0, dot) : name;
};

/**
 * Every run of whole words of the name, with what stands between them: "inv_A-1001" gives
 * "inv", "inv_A", "inv_A-1001", "A", "A-1001", "1001". Words are letters and digits.
 */
export function nameCandidates(name: string, maxWords = 12): string[] {
  const base = stem(name.normalize('NFC'));
  const words = [...base.matchAll(/[\p{L}\p{N}]+/gu)].map((m) => ({ start: m.index ?? 0, end: (m.index ?? 0) + m[0].length }));
  const out: string[] = [];
  for (let i = 0; i < words.length; i++) {
    for (let j = i; j < Math.min(words.length, i + maxWords); j++) {
      out.push(base.slice(words[i]?.start, words[j]?.end));
    }
  }
  return out;
}

export type NameMatch = { key: string; orderId: string } | { problem: 'no_match' } | { problem: 'ambiguous'; keys: string[] };

export function matchName(name: string, index: OrderIndex): NameMatch {
  let best: { id: string; keys: string[] }[] = [];
  for (const candidate of nameCandidates(name)) {
    const id = candidate.toLowerCase();
    const keys = index.get(id);
    if (!keys) continue;
    const bestLength = best[0]?.id.length ?? 0;
    if (id.length > bestLength) best = [{ id, keys }];
    else if (id.length === bestLength && !best.some((b) => b.id === id)) best.push({ id, keys });
  }
  if (best.length === 0) return { problem: 'no_match' };
  const keys = [...new Set(best.flatMap((b) => b.keys))];
  if (keys.length > 1) return { problem: 'ambiguous', keys };
  return { key: keys[0] as string, orderId: best[0]?.id ?? '' };
}
