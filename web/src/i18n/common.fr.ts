import type { Catalogue } from './catalogue.ts';
import type { commonEn } from './common.en.ts';

export const commonFr: Catalogue<typeof commonEn> = {
  appTitle: 'Réclamations cashback',
  skipToContent: 'Aller au contenu',
  navLabel: 'Espaces de travail',
  views: { publisher: 'Éditeur', advertiser: 'Annonceur', members: 'Membres', settings: 'Paramètres' },
  language: { label: 'Langue', auto: 'Langue du navigateur' },
  asOf: { label: 'Date de référence', hint: 'Jour où les règles s\'appliquent ; aujourd\'hui par défaut.' },
  core: {
    loading: 'Démarrage du moteur de réclamations…',
    ready: 'Moteur de réclamations prêt.',
    failed: 'Le moteur de réclamations n\'a pas pu démarrer. Vérifiez votre connexion, puis réessayez.',
    retry: 'Réessayer',
    details: (message) => `Détails pour le support : ${message}`,
  },
  storage: {
    opening: 'Ouverture de votre espace de travail…',
    quota: 'Votre navigateur n\'a plus de place pour cet espace de travail : la dernière modification n\'a pas été enregistrée. Libérez de la place (exportez l\'espace de travail, puis supprimez d\'anciennes réclamations) et réessayez.',
    unavailable: 'Ce navigateur ne permet pas à la page de conserver votre travail (navigation privée ou stockage désactivé) : rien ne peut être enregistré.',
    conflict: 'Cette réclamation a été modifiée dans un autre onglet pendant que vous la modifiiez ici. Choisissez la version à garder.',
    loadTheirs: 'Afficher la version de l\'autre onglet',
    keepMine: 'Garder ma version',
  },
  update: {
    ready: 'Une nouvelle version de l\'application est prête. Rechargez pour l\'utiliser : votre travail est conservé.',
    reload: 'Recharger maintenant',
    later: 'Plus tard',
    otherTab: 'Une version plus récente de l\'application a été ouverte dans un autre onglet. Rechargez cet onglet pour continuer : votre travail enregistré est conservé.',
  },
  loading: 'Chargement…',
  example: 'ex. :',
  required: 'obligatoire',
  yes: 'Oui',
  no: 'Non',
  cancel: 'Annuler',
  delete: 'Supprimer',
  undo: 'Annuler',
  dismiss: 'Fermer',
  closeNotice: 'Fermer ce message',
  pager: { previous: 'Précédent', next: 'Suivant', range: (first, last, total) => `${first} à ${last} sur ${total}` },
};
