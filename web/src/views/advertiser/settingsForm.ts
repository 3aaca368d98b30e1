// The contract and the claim policy as forms (pure, unit-tested): the commission terms are
// an object keyed by event type in the contract and a list in the form (event types can be
// renamed and reordered); empty fields are left out so the core applies its defaults. The
// settings file for power users is checked here before anything is replaced.
import type { CommissionTerm, Contract, KnownOrder, Policy, Rule } from '../../core/types.ts';
import type { Settings } from '../../store/schema.ts';

export interface CategoryDraft { name: string; percent: string }
export interface TermDraft {
  event: string;
  kind: 'percent' | 'flat';
  value?: string | undefined;
  min?: string | undefined;
  max?: string | undefined;
  categories: CategoryDraft[];
}

export function termsOf(contract: Contract): TermDraft[] {
  const commission = contract.commission && typeof contract.commission === 'object' ? contract.commission : {};
  return Object.entries(commission).map(([event, t]: [string, CommissionTerm]) => ({
    event,
    kind: t.flat !== undefined && t.percent === undefined ? 'flat' : 'percent',
    value: t.flat !== undefined && t.percent === undefined ? t.flat : t.percent,
    min: t.min, max: t.max,
    categories: Object.entries(t.categories ?? {}).map(([name, c]) => ({ name, percent: c.percent })),
  }));
}

export function withTerms(contract: Contract, terms: readonly TermDraft[]): Contract {
  const commission: Record<string, CommissionTerm> = {};
  for (const t of terms) {
    const term: CommissionTerm = {};
    if (t.kind === 'flat') { if (t.value !== undefined) term.flat = t.value; } else if (t.value !== undefined) term.percent = t.value;
    if (t.min !== undefined) term.min = t.min;
    if (t.max !== undefined) term.max = t.max;
    const categories = t.kind === 'percent' ? t.categories.filter((c) => c.name.trim()) : [];
    if (categories.length) term.categories = Object.fromEntries(categories.map((c) => [c.name.trim(), { percent: c.percent }]));
    commission[t.event] = term;
  }
  return { ...contract, commission };
}

/** "PARTNER10, WELCOME5" → ["PARTNER10", "WELCOME5"]. */
export const codesOf = (text: string | undefined): string[] => (text ?? '').split(/[,;\n]/).map((s) => s.trim()).filter(Boolean);

/** A whole number typed in a form: a number when it reads as one, else the text (the core names the problem). */
export const wholeOrText = (v: string | undefined): number | undefined => (v === undefined ? undefined : (/^\d+$/.test(v.trim()) ? Number(v.trim()) : v) as number);

/** Sets or removes one member of a policy or contract section, keeping the others. */
export function withMember<T extends object, K extends keyof T>(target: T, key: K, value: T[K] | undefined): T {
  const next = { ...target };
  if (value === undefined) delete next[key]; else next[key] = value;
  return next;
}

/** Orders already tracked, one per line: "adv-7, A-0999" (comma, semicolon or tab). */
export function parseKnownOrders(text: string): { orders: KnownOrder[]; bad: number[] } {
  const orders: KnownOrder[] = [];
  const bad: number[] = [];
  text.split(/\r?\n/).forEach((line, i) => {
    if (!line.trim()) return;
    const parts = line.split(/[,;\t]/).map((s) => s.trim());
    if (parts.length !== 2 || !parts[0] || !parts[1]) bad.push(i + 1);
    else orders.push({ advertiser_id: parts[0], order_id: parts[1] });
  });
  return { orders, bad };
}
export const knownOrdersText = (orders: readonly KnownOrder[]): string => orders.map((o) => `${o.advertiser_id}, ${o.order_id}`).join('\n');

export const SETTINGS_FORMAT = 'cashback-claims-advertiser-settings';

export interface SettingsFile {
  format: typeof SETTINGS_FORMAT;
  version: 1;
  contract: Contract;
  policy: Policy;
  account: Settings['account'];
  rules: Rule[];
  known_orders: KnownOrder[];
}

export const settingsFile = (s: { contract: Contract; policy: Policy; account: Settings['account']; rules: Rule[]; knownOrders: KnownOrder[] }): SettingsFile => ({
  format: SETTINGS_FORMAT, version: 1, contract: s.contract, policy: s.policy, account: s.account, rules: s.rules, known_orders: s.knownOrders,
});

export type SettingsFileProblem = 'not_json' | 'not_settings' | 'newer_version';

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * Reads a settings file: its shape only (objects and lists where they belong). The values
 * themselves are the core's to judge, as when typed in the forms.
 */
export function readSettingsFile(text: string): SettingsFile | SettingsFileProblem {
  let v: unknown;
  try { v = JSON.parse(text); } catch { return 'not_json'; }
  if (!isObject(v) || v.format !== SETTINGS_FORMAT) return 'not_settings';
  if (v.version !== 1) return typeof v.version === 'number' && v.version > 1 ? 'newer_version' : 'not_settings';
  if (!isObject(v.contract) || !isObject(v.policy) || !isObject(v.account) || typeof v.account.balance !== 'string'
    || !Array.isArray(v.rules) || !Array.isArray(v.known_orders)) return 'not_settings';
  return v as unknown as SettingsFile;
}
