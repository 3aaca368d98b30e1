// The members' view, English. French: members.fr.ts (typed against this one).
export const membersEn = {
  title: 'Members',
  lede: 'Your members\' cashback balances: credit or debit one member or a group, with a preview before anything changes.',
  balancesTitle: 'Balances',
  available: 'Available',
  empty: 'No members yet.',
  historyTitle: 'History',
  historyEmpty: 'No credits or debits yet.',
};
