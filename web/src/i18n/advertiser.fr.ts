import { pluralFr, type Catalogue } from './catalogue.ts';
import type { advertiserEn } from './advertiser.en.ts';

const s = pluralFr;

export const advertiserFr: Catalogue<typeof advertiserEn> = {
  title: 'Annonceur',
  lede: 'Voyez ce que ferait une décision sur une réclamation avant de la prendre : l\'action créée, quand elle est verrouillée et payée, et ce qui sort de votre compte le jour de la validation (la date de référence).',
  claimGroup: 'Réclamation',
  claimPick: 'Réclamation à examiner',
  claimOption: (id, order, member) =>
    [id, order && `commande ${order}`, member && `membre ${member}`].filter(Boolean).join(' — '),
  pasteOption: 'Une réclamation collée en JSON',
  pastedClaim: 'Réclamation (JSON)',
  pastedHint: 'Collez une réclamation telle que l\'éditeur l\'a envoyée.',
  accountGroup: 'Compte et contrat',
  balanceHint: 'Dans la devise du contrat.',
  memberShare: 'Part du membre (%)',
  memberShareHint: 'Facultatif : la part que l\'éditeur reverse à son membre.',
  fxHint: 'Facultatif : devise du contrat par unité de la devise de la réclamation.',
  contractSummary: 'Contrat (utilisateurs avancés : modifier en JSON)',
  contract: 'Contrat (JSON)',
  contractHint: 'Conditions de commission, codes promo et cycle de vie. Gardé dans ce navigateur.',
  decisionGroup: 'Décision',
  decisions: { accept: 'Accepter', decline: 'Refuser', request_info: 'Demander des informations' },
  transactionDateHint: 'Vide : la date de commande.',
  eventTypeHint: 'Vide : celui de la réclamation (une vente).',
  payoutOption: 'Commission',
  payoutOptions: { expected: 'Celle attendue par l\'éditeur', specify: 'Indiquer un montant', generate: 'Selon le contrat' },
  saleAmount: 'Montant de la vente',
  replacesOrder: 'Facultatif : remplace celui de la commande.',
  declineReasons: {
    already_tracked: 'Déjà suivie', other_channel: 'Vente attribuée à un autre canal',
    other_channel_voucher: 'Vente attribuée à un autre canal par un code de réduction', terms_not_met: 'Conditions non remplies',
    returned: 'Annulée, modifiée ou retournée', not_found: 'Introuvable', not_online: 'Pas passée en ligne',
    incomplete_information: 'Informations incomplètes', other: 'Autre',
  },
  messageLabel: 'Message à l\'éditeur',
  outcomeTitle: 'Ce que ferait cette décision',
  notJson: (what) => `${what} : ce n'est pas du JSON valable. Vérifiez les accolades et les guillemets.`,
  headlines: {
    accept: 'Accepter : une nouvelle action serait créée.',
    decline: 'Refuser : aucune action n\'est créée et rien n\'est payé.',
    request_info: 'Demander des informations : la réclamation retourne à l\'éditeur ; rien n\'est payé.',
  },
  nothingYet: 'Choisissez une de vos réclamations, ou collez-en une ci-dessus, pour voir ce que ferait une décision.',
  noDecision: 'Pas encore de décision.',
  newAction: 'La nouvelle action',
  noAction: 'Aucune action ne peut être créée tant que les problèmes ci-dessus ne sont pas corrigés.',
  action: {
    saleAmount: 'Montant de la vente', payout: 'Commission', memberCashback: 'Cashback du membre', adjusts: 'Complète l\'action',
    reinstates: 'Rétablit l\'action', scheduledLock: 'Aurait été verrouillée le', scheduledPayout: 'Aurait été payée le',
    locksOn: 'Verrouillée le', paidOn: 'Payée le', status: 'Statut à la date de référence', onApproval: 'À la validation',
    paysOnApproval: 'Verrouillée et payée aussitôt : les fonds sont dus le jour de la validation.',
    locksOnApproval: 'Verrouillée aussitôt.', lifecycle: 'Cycle de vie', noLifecycle: 'Le contrat n\'a pas de cycle de vie.',
    statuses: { not_created: 'Pas encore créée', pending: 'En attente', locked: 'Verrouillée', paid: 'Payée' },
  },
  fundsTitle: 'Fonds le jour de la validation',
  funds: { before: 'Solde avant', due: 'Dû à la validation', after: 'Solde après', enough: 'Fonds suffisants' },
  claimCheck: (errors, warnings) =>
    `Vérification de la réclamation : ${errors} ${s(errors, 'erreur', 'erreurs')}, ${warnings} ${s(warnings, 'avertissement', 'avertissements')}`,
  claimCheckClean: 'Vérification de la réclamation : aucun problème',
};
