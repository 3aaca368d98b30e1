// Exact sums of the core's money strings, for the batch summary of decisions already
// recorded (the core sums a batch it simulates, not decisions made one at a time). Every
// amount added here came from the core in canonical form ("6.00", "-1.50"); the sum is
// done on integers (BigInt), so nothing is rounded and no binary float is involved.

const CANONICAL = /^(-?)(\d+)(?:\.(\d+))?$/;

interface Scaled { units: bigint; decimals: number }

function scaled(amount: string): Scaled | null {
  const m = CANONICAL.exec(amount);
  if (!m) return null;
  const decimals = m[3]?.length ?? 0;
  const units = BigInt(`${m[2]}${m[3] ?? ''}`);
  return { units: m[1] ? -units : units, decimals };
}

function write({ units, decimals }: Scaled): string {
  const negative = units < 0n;
  const digits = (negative ? -units : units).toString().padStart(decimals + 1, '0');
  const whole = digits.slice(0, digits.length - decimals);
  const text = decimals ? `${whole}.${digits.slice(digits.length - decimals)}` : whole;
  return negative ? `-${text}` : text;
}

const rescale = (s: Scaled, decimals: number): bigint => s.units * 10n ** BigInt(decimals - s.decimals);

/**
 * The exact sum of canonical amounts, written with the most decimals among them ("6.00" +
 * "0.5" = "6.50"); null when one of them is not a canonical amount. The sum of nothing is
 * `zero` (the currency's zero, e.g. "0.00").
 */
export function sumMoney(amounts: readonly string[], zero = '0'): string | null {
  const all = [zero, ...amounts].map(scaled);
  if (all.some((s) => s === null)) return null;
  const list = all as Scaled[];
  const decimals = Math.max(...list.map((s) => s.decimals));
  return write({ units: list.reduce((total, s) => total + rescale(s, decimals), 0n), decimals });
}

/** a − b, exactly (null when either is not canonical). */
export function subtractMoney(a: string, b: string): string | null {
  const negated = b.startsWith('-') ? b.slice(1) : `-${b}`;
  return sumMoney([a, negated === '-0' ? '0' : negated]);
}

/** The sign of a canonical amount: -1, 0 or 1 (0 for text that is not an amount). */
export function signOf(amount: string | null | undefined): -1 | 0 | 1 {
  const s = amount ? scaled(amount) : null;
  if (!s || s.units === 0n) return 0;
  return s.units < 0n ? -1 : 1;
}

/** For drawing only (bar heights): the amount as a number of major units. Never summed. */
export const toPlotValue = (amount: string): number => Number(amount);

/** Sums amounts by date, earliest first, leaving out dates whose sum is zero (as simulate_rules' cash_flow). */
export function cashFlowByDate(items: readonly { date: string; amount: string }[]): { date: string; amount: string }[] {
  const byDate = new Map<string, string[]>();
  for (const { date, amount } of items) byDate.set(date, [...(byDate.get(date) ?? []), amount]);
  return [...byDate.keys()].sort().flatMap((date) => {
    const amount = sumMoney(byDate.get(date) ?? []);
    return amount === null || signOf(amount) === 0 ? [] : [{ date, amount }];
  });
}

/** Compares two canonical amounts exactly (-1, 0, 1); text that is not an amount sorts first. */
export function compareMoney(a: string | null | undefined, b: string | null | undefined): number {
  const x = a ? scaled(a) : null;
  const y = b ? scaled(b) : null;
  if (!x || !y) return (x ? 1 : 0) - (y ? 1 : 0);
  const decimals = Math.max(x.decimals, y.decimals);
  const d = rescale(x, decimals) - rescale(y, decimals);
  return d < 0n ? -1 : d > 0n ? 1 : 0;
}
