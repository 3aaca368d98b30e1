// Messages des anomalies, en français : typés sur issues.en.ts (une clé manquante ne compile pas).
import type { Catalogue } from './catalogue.ts';
import { dueAndAfter, fundsTakeFr } from './funds.ts';
import { isoShaped, type issuesEn } from './issues.en.ts';

const at = (list: string[], i: number, fallback = '…'): string => list[i] ?? fallback;

export const issuesFr: Catalogue<typeof issuesEn> = {
  fields: {
    claimId: 'Identifiant de la réclamation', publisherId: 'Identifiant de l\'éditeur', advertiserId: 'Identifiant de l\'annonceur',
    member: 'Membre', reason: 'Motif', filedOn: 'Déposée le', orderId: 'Numéro de commande', orderDate: 'Date de commande',
    orderAmount: 'Montant de la commande', currency: 'Devise', promoCode: 'Code promo', completedOnline: 'Commande en ligne',
    returned: 'Retournée ou annulée', items: 'Articles', clickDate: 'Date du clic', eventType: 'Type d\'événement',
    expectedPayout: 'Commission attendue', payoutCurrency: 'Devise de la commission', tracked: 'Action suivie',
    trackedActionId: 'Identifiant de l\'action suivie', trackedAmount: 'Montant suivi', trackedPayout: 'Commission suivie',
    trackedDate: 'Suivie ou refusée le', comment: 'Commentaire', attachments: 'Justificatifs', attachment: 'Justificatif',
    messages: 'Messages', claim: 'Cette réclamation', policy: 'Règles du programme', contract: 'Contrat',
    asOf: 'Date de référence', transactionDate: 'Date de transaction', payoutAmount: 'Montant de la commission',
    declineReason: 'Motif du refus', message: 'Message', balance: 'Solde du compte', memberShare: 'Part du membre',
    fxRate: 'Taux de change', file: 'Le fichier', row: 'Cette ligne', decision: 'Décision', adjustment: 'Ajustement', memberBalance: 'Solde du membre',
    amount: 'Montant', rule: 'Règle', package: 'Le dossier', entry: 'Fichier du dossier', claims: 'Réclamations',
    value: 'Cette valeur',
  },

  messages: {
    'request.invalid_json': () => 'La demande n\'a pas pu être lue. Rechargez la page ; si cela se reproduit, contactez le support avec les détails ci-dessous.',
    'request.unknown_operation': () => 'La page a demandé au moteur une opération qu\'il ne connaît pas. Rechargez la page pour obtenir la dernière version.',
    'request.invalid': (v) => `${v.field} : cette valeur ne peut pas être utilisée. Vérifiez-la et corrigez-la.`,
    'request.too_large': () => 'C\'est trop volumineux pour être traité d\'un coup (plus de 1 000 000 de lignes, plus de 256 Mo, ou plus de mémoire que le navigateur n\'en donne à cette page). Découpez-le en fichiers plus petits.',
    'internal.error': () => 'Le moteur a rencontré un problème inattendu. Réessayez ; si cela persiste, contactez le support avec les détails ci-dessous.',

    'claim.required': (v) => `${v.field} : champ obligatoire. Remplissez-le.`,
    'claim.invalid': (v) => `${v.field} : la valeur n'a pas la forme attendue. Vérifiez la saisie.`,
    'claim.duplicate_id': (v) => `L'identifiant « ${at(v.q, 0)} » est déjà utilisé par une autre réclamation. Donnez-lui un identifiant propre.`,
    'order.duplicate': (v) => `La commande « ${at(v.q, 0)} » est déjà suivie ou réclamée. Vérifiez qu'il ne s'agit pas deux fois de la même commande.`,
    'date.invalid': (v) => (isoShaped(at(v.q, 0, ''))
      ? `${v.field} : « ${at(v.q, 0, '')} » n'est pas une date qui existe. Saisissez un jour qui existe.`
      : v.inFile ? `${v.field} : « ${at(v.q, 0, '')} » n'est pas une date que le fichier peut contenir. Écrivez-la 2026-01-31.`
      : `${v.field} : « ${at(v.q, 0, '')} » n'est pas une date écrite comme cette page les lit. Écrivez-la ${v.dateExample} ou 2026-01-31.`),
    'order.date_in_future': (v) => `La date de commande ${at(v.dates, 0)} est postérieure au ${at(v.dates, 1)}. Vérifiez la date de commande.`,
    'claim.too_early': (v) => `Trop tôt : ce programme accepte les réclamations à partir du ${at(v.dates, 0)} (${at(v.numbers, 0)} jours après la commande). Attendez cette date avant l'envoi.`,
    'claim.expired': (v) => `Trop tard : ce programme acceptait les réclamations jusqu'au ${at(v.dates, 0)}. Vérifiez la date de commande ou demandez une exception à l'annonceur.`,
    'click.after_order': (v) => `La date du clic (${at(v.dates, 0)}) est postérieure à la date de commande (${at(v.dates, 1)}). Le clic doit précéder la commande : vérifiez les deux dates.`,
    'click.outside_window': (v) => `${v.field} : le clic a eu lieu bien avant la commande, hors de la fenêtre du programme. Ces réclamations sont souvent refusées.`,
    // In a file the cell must be written as the file format reads it: never "1 234,50" (what a form accepts).
    'money.invalid': (v) => (v.inFile
      ? `${v.field} : ce n'est pas un montant que le fichier peut contenir. Écrivez-le 120.00 (avec un point, lu dans tout fichier), sans séparateur de milliers ni symbole monétaire, et sans plus de décimales que la devise n'en a.`
      : `${v.field} : montant non valable ici. Saisissez un montant comme 120,00, sans plus de décimales que la devise n'en a.`),
    'money.out_of_range': (v) => `${v.field} : ce montant est beaucoup trop élevé. Vérifiez le nombre de chiffres.`,
    'currency.unknown': (v) => `${v.field} : « ${at(v.q, 0, '')} » n'est pas un code de devise connu. Utilisez un code de trois lettres majuscules, comme EUR.`,
    'payout.exceeds_order': () => 'La commission attendue dépasse le montant de la commande. Vérifiez les deux montants.',
    'tracked.required': (v) => `${v.field} : obligatoire pour ce motif. Reprenez-le de l'action suivie.`,
    'tracked.not_lower': () => 'Ni le montant de la commande ni la commission attendue ne dépassent ce qui a été suivi : il n\'y a rien à réclamer. Vérifiez les montants ou le motif.',
    'items.exceed_order': () => 'Le total des articles dépasse le montant de la commande. Vérifiez les articles et le montant.',
    'order.returned': () => 'La commande a été retournée ou annulée : elle ne peut pas être réclamée.',
    'order.not_online': () => 'La commande n\'a pas été passée en ligne. Les annonceurs refusent en général ces réclamations.',
    'promo.not_allowed': (v) => `Le code promo « ${at(v.q, 0)} » n'est pas autorisé par ce programme. Les annonceurs refusent en général ces réclamations.`,
    'proof.required': () => 'Cette réclamation demande un justificatif. Joignez la confirmation de commande, une facture ou une capture d\'écran.',
    'proof.too_many': (v) => `Trop de fichiers : le programme en accepte au plus ${at(v.numbers, 1)}. Retirez-en.`,
    'proof.too_large': (v) => `Le fichier « ${at(v.q, 0)} » est trop volumineux pour ce programme (au plus ${at(v.numbers, 1)} octets). Joignez un fichier plus petit.`,
    'proof.type_not_allowed': (v) => `Le fichier « ${at(v.q, 0)} » est d'un type que ce programme n'accepte pas. Joignez un PDF ou une image acceptés.`,
    'proof.invalid_digest': () => 'L\'empreinte d\'un justificatif est abîmée. Retirez le fichier et joignez-le à nouveau.',
    'proof.reused': (v) => `Le fichier « ${at(v.q, 0)} » est aussi joint à une autre réclamation. Vérifiez qu'il concerne bien celle-ci.`,
    'comment.required': () => 'Un commentaire est obligatoire ici. Expliquez ce qui s\'est passé.',
    'text.too_long': (v) => `${v.field} : texte trop long (2 000 caractères au plus). Raccourcissez-le.`,
    'text.invalid': (v) => `${v.field} contient un caractère de contrôle invisible. Saisissez-le à nouveau.`,
    'policy.invalid': () => 'Une règle du programme a une valeur inutilisable. Vérifiez les règles du programme.',

    'contract.unknown_event_type': (v) => `Le contrat ne rémunère pas le type d'événement « ${at(v.q, 0)} ». Choisissez-en un que le contrat prévoit.`,
    'contract.invalid': () => 'Le contrat contient une valeur inutilisable. Vérifiez le contrat.',
    'promo.no_commission': (v) => `Le code promo « ${at(v.q, 0)} » ne donne droit à aucune commission selon ce contrat : la commission est de 0.`,
    'currency.mismatch': () => 'Les montants ne sont pas dans la devise du contrat. Indiquez un taux de change ou utilisez la devise du contrat.',

    'lifecycle.transaction_after_approval': () => 'La date de transaction est postérieure au jour de validation. Vérifiez la date de transaction.',

    'resolution.required': (v) => `${v.field} : obligatoire pour cette décision. Remplissez-le.`,
    'resolution.no_expected_payout': () => 'La réclamation n\'indique pas de commission attendue. Choisissez « Indiquer un montant » ou « Selon le contrat » pour la commission.',
    'resolution.claim_has_errors': () => 'La réclamation elle-même comporte des erreurs (voir la vérification de la réclamation). Vous pouvez tout de même l\'accepter : la décision vous appartient.',
    'resolution.invalid': (v) => `${v.field} : ce choix ne fait pas partie des choix permis. Choisissez-en un autre.`,
    'funds.insufficient': (v) => `${fundsTakeFr({ claim: true }, ...dueAndAfter(v.amounts))} Approvisionnez le compte avant de valider.`,

    'csv.empty': () => 'Le fichier ne contient aucune ligne de données. Vérifiez que vous avez choisi le bon fichier.',
    'csv.missing_column': (v) => `Le fichier n'a pas de colonne « ${at(v.q, 0)} », obligatoire : rien n'a été importé. Ajoutez la colonne et réessayez.`,
    'csv.row_shape': () => 'Cette ligne n\'a pas autant de champs que l\'en-tête. Cherchez un séparateur manquant ou en trop.',
    'csv.unterminated_quote': () => 'Un guillemet ouvert sur cette ligne n\'est jamais fermé. Fermez-le ou retirez-le.',
    'csv.unknown_claim': (v) => `La réclamation « ${at(v.q, 0)} » ne fait pas partie des réclamations. Vérifiez l'identifiant.`,
    'csv.invalid_action': (v) => `« ${at(v.q, 0)} » n'est pas une action connue. Utilisez validate, reject ou request_info.`,

    'ledger.unknown_group': (v) => `Le groupe « ${at(v.q, 0)} » n'existe pas. Choisissez un groupe existant.`,
    'ledger.insufficient_balance': (v) => `Le membre « ${at(v.q, 0)} » n'a que ${at(v.amounts, 0)} de disponible : ce débit ferait passer le solde sous zéro, il est donc ignoré. Baissez le montant ou autorisez les soldes négatifs.`,
    'adjustment.invalid': () => 'Cet ajustement comporte un choix non permis. Vérifiez le mode et la cible.',

    'package.conflict': () => 'Deux justificatifs ont la même empreinte mais diffèrent. Retirez-en un et joignez-le à nouveau.',
    'package.too_large': () => 'Le dossier est trop volumineux pour être ouvert (plus de 10 000 fichiers ou 1 Go).',
    'package.invalid': () => 'Ce n\'est pas un dossier de réclamations, ou son claims.json est abîmé. Demandez un nouveau dossier à l\'éditeur.',
    'package.unexpected_entry': (v) => `${v.field} : un fichier qui ne fait pas partie d'un dossier de réclamations. Il a été ignoré.`,
    'proof.missing': () => 'Un justificatif cité par la réclamation manque dans le dossier. Demandez à l\'éditeur de le renvoyer.',
    'proof.digest_mismatch': () => 'Un justificatif ne correspond pas à ce qu\'indique la réclamation (modifié ou abîmé). Demandez à l\'éditeur de le renvoyer.',

    'claim.no_filing_date': () => 'La réclamation n\'a pas de date de dépôt : sa date limite de réponse ne peut pas être calculée.',
    'decision.unknown_claim': (v) => `Une décision porte sur la réclamation « ${at(v.q, 0)} », absente de ce lot. Elle a été ignorée.`,

    'rule.invalid': (v) => `${v.field} : cette règle contient une condition ou une action non permise. Elle ne s'appliquera pas tant qu'elle n'est pas corrigée.`,

    'network.id_not_numeric': (v) => `Le réseau attend un identifiant d'annonceur numérique, pas « ${at(v.q, 0)} ». Indiquez l'identifiant réseau de cet annonceur dans les paramètres.`,
    'network.too_old': () => 'Ce réseau n\'accepte pas les réclamations pour des commandes de 4 ans ou plus.',
    'network.amount_over_limit': () => 'Ce réseau n\'accepte pas les réclamations pour des commandes de plus de 5 000 000. Cette réclamation a été laissée hors du fichier.',
  },

  unknown: (v) => `${v.field} : ${v.core}`,
  details: (code, path, core) => `${code} à ${path || '(toute la demande)'} — ${core}`,
  detailsLabel: 'Détails pour le support',
  severity: { error: 'Erreur', warning: 'Avertissement' },
};
