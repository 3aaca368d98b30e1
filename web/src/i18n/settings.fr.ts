import { pluralFr, type Catalogue } from './catalogue.ts';
import type { settingsEn } from './settings.en.ts';

const s = pluralFr;

export const settingsFr: Catalogue<typeof settingsEn> = {
  title: 'Paramètres',
  publisherTitle: 'Votre identité d\'éditeur',
  publisherNote: 'Reprise sur chaque nouvelle réclamation et chaque dossier.',
  publisherName: 'Nom de l\'éditeur',
  policyTitle: 'Règles du programme',
  policyNote: 'Les règles appliquées aux réclamations, pour les annonceurs sans règles propres (celles-ci se règlent dans les Programmes de l\'éditeur).',
  minWait: 'Délai minimal (jours)',
  minWaitHint: 'Jours après la commande avant de pouvoir réclamer une commande non suivie.',
  maxAge: 'Ancienneté maximale (jours)',
  maxAgeHint: 'Jours après la commande (ou la date de suivi) au-delà desquels les réclamations sont refusées.',
  clickWindow: 'Fenêtre de clic (jours)',
  clickWindowHint: 'Vide : pas de limite.',
  promoCodes: 'Codes promo autorisés',
  promoCodesHint: 'Séparés par des virgules. Vide : tous les codes.',
  maxFiles: 'Justificatifs par réclamation, au plus',
  maxFileMb: 'Taille maximale d\'un justificatif (Mo)',
  maxFileMbHint: 'Les fichiers plus gros sont refusés avant d\'être lus.',
  responseDays: 'Jours laissés à l\'annonceur pour répondre',
  responseDaysHint: 'Vide : pas de délai.',
  noResponse: 'Sans réponse dans ce délai',
  noResponses: { nothing: 'Rien ne se passe', accept: 'La réclamation est acceptée', decline: 'La réclamation est refusée' },
  proofRequiredFor: 'Justificatif demandé pour',
  mediaTypes: 'Types de justificatifs acceptés',
  commentRequiredFor: 'Commentaire demandé pour',
  workspaceTitle: 'Votre espace de travail',
  workspaceNote: 'Vos réclamations, justificatifs, paramètres et membres sont gardés dans ce navigateur uniquement. Exportez-les en un seul fichier pour en garder une copie ou passer à un autre navigateur.',
  usage: (used, quota) => `Ce navigateur conserve ${used} pour la page, sur ${quota} autorisés.`,
  export: 'Exporter l\'espace de travail',
  exported: 'Le fichier de l\'espace de travail a été téléchargé.',
  importPick: 'Importer un fichier d\'espace de travail',
  importQuestion: (claims, exported) =>
    `Ce fichier contient ${claims} ${s(claims, 'réclamation', 'réclamations')}, exporté le ${exported}. L'importer remplace tout le contenu de cet espace de travail, dans tous les onglets.`,
  importReplace: 'Remplacer mon espace de travail',
  imported: (claims) => `Espace de travail importé : ${claims} ${s(claims, 'réclamation', 'réclamations')}.`,
  importErrors: {
    not_zip: 'Ce fichier n\'est pas un export d\'espace de travail (pas un fichier ZIP).',
    not_workspace: 'Ce fichier ZIP n\'est pas un export d\'espace de travail.',
    newer_version: 'Cet espace de travail a été exporté par une version plus récente de la page. Rechargez la page, puis réessayez.',
    damaged: 'Ce fichier d\'espace de travail est abîmé : rien n\'a été importé.',
  },
};
