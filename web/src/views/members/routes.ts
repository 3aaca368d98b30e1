// The members view's pages: "#/members" (balances), "#/members/groups",
// "#/members/adjust" (optionally "/member/<id>" or "/group/<name>" to start with that
// target), "#/members/credits" (cashback owed for accepted claims), "#/members/history",
// "#/members/reverse/<entry id>" (reverse an applied entry, or its whole adjustment).
export type MembersPage =
  | { page: 'balances' }
  | { page: 'groups' }
  | { page: 'adjust'; member?: string; group?: string }
  | { page: 'credits' }
  | { page: 'history' }
  | { page: 'reverse'; id: number };

export function membersPage(rest: readonly string[]): MembersPage {
  const [first, kind, name] = rest;
  if (first === 'groups') return { page: 'groups' };
  if (first === 'history') return { page: 'history' };
  if (first === 'reverse' && /^[1-9][0-9]{0,15}$/.test(kind ?? '')) return { page: 'reverse', id: Number(kind) };
  if (first === 'credits') return { page: 'credits' };
  if (first === 'adjust') {
    if (kind === 'member' && name) return { page: 'adjust', member: name };
    if (kind === 'group' && name) return { page: 'adjust', group: name };
    return { page: 'adjust' };
  }
  return { page: 'balances' };
}
