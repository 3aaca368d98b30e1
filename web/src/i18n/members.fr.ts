import type { Catalogue } from './catalogue.ts';
import type { membersEn } from './members.en.ts';

export const membersFr: Catalogue<typeof membersEn> = {
  title: 'Membres',
  lede: 'Les soldes de cashback de vos membres : créditez ou débitez un membre ou un groupe, avec un aperçu avant tout changement.',
  balancesTitle: 'Soldes',
  available: 'Disponible',
  empty: 'Aucun membre pour l\'instant.',
  historyTitle: 'Historique',
  historyEmpty: 'Aucun crédit ni débit pour l\'instant.',
};
