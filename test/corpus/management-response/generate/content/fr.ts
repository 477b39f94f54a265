/** Les thèmes de recommandation en français, rédigés pour le corpus (pratique PSEA, aucune personne réelle). */
import type { Theme } from './theme.js';

export const FR: readonly Theme[] = [
  {
    rec: 'Nommer un point focal PSEA dans chaque bureau de terrain, avec des termes de référence et du temps dédié.',
    actions: [
      'Diffuser des termes de référence types pour les points focaux PSEA',
      'Confirmer un point focal et un suppléant dans chaque bureau',
      'Revoir la couverture des points focaux deux fois par an',
    ],
    partial: 'Le temps dédié est accepté, mais les bureaux de moins de cinq personnes partageront un point focal.',
    reject: 'Les points focaux sont déjà nommés au titre de la politique globale.',
    done: 'Termes de référence diffusés à tous les bureaux ; liste partagée avec le réseau.',
  },
  {
    rec: 'Créer des mécanismes communautaires de plainte conçus avec les femmes, les filles et les handicapé·es.',
    actions: [
      'Organiser des consultations sur les canaux de signalement préférés dans chaque site',
      'Adopter des procédures conjointes de traitement des plaintes avec les partenaires',
      'Tester les canaux avec les groupes communautaires et les ajuster',
    ],
    partial: 'Les mécanismes conjoints existants seront utilisés plutôt que d’en créer de nouveaux.',
    reject: 'Le mécanisme inter-agences couvre tous les sites ; le bureau n’en gérera pas un parallèle.',
    done: 'Consultations tenues dans tous les sites ; rapport partagé avec le réseau.',
  },
  {
    rec: 'Cartographier les services VBG et de protection et convenir d’un circuit de référencement des survivant·es.',
    actions: [
      'Mettre à jour la cartographie des services avec le sous-cluster VBG',
      'Convenir du circuit de référencement avec les prestataires',
      'Former le personnel de première ligne au référencement sûr',
    ],
    partial: 'Le bureau utilisera la cartographie du sous-cluster au lieu de commander la sienne.',
    reject: 'Le circuit de référencement relève du sous-cluster VBG, hors du mandat du bureau.',
    done: 'Circuit signé par tous les prestataires et affiché dans chaque site.',
  },
  {
    rec: 'Évaluer la capacité PSEA des partenaires avant la signature, avec l’outil commun des Nations Unies.',
    actions: [
      'Évaluer tous les nouveaux partenaires avec l’outil commun d’évaluation PSEA',
      'Convenir de plans de renforcement avec les partenaires à faible capacité',
      'Vérifier les plans à chaque revue de partenariat',
    ],
    partial: 'Les évaluations commenceront par les partenaires en contact direct avec les populations.',
    reject: 'Les partenaires sont déjà évalués par l’agence chef de file.',
    done: 'Tous les partenaires actifs évalués ; résultats partagés sur le portail.',
  },
  {
    rec: 'Appliquer la vérification des références et le dispositif de divulgation des fautes à chaque recrutement.',
    actions: [
      'Ajouter la vérification de divulgation des fautes à la procédure de recrutement',
      'Informer les responsables du recrutement sur la vérification des références',
      'Contrôler chaque année un échantillon de dossiers de recrutement',
    ],
    partial: 'La vérification couvrira le personnel et les consultants ; les journaliers relèvent des sous-traitants.',
    reject: 'Le bureau n’a pas autorité sur les procédures de recrutement des sous-traitants.',
    done: 'Procédure mise à jour et appliquée à tous les recrutements depuis janvier.',
  },
  {
    rec: 'Rendre la formation PSEA obligatoire pour tout le personnel et les sous-traitants, avec un rappel annuel.',
    actions: [
      'Suivre le taux d’achèvement du cours en ligne obligatoire',
      'Organiser des séances en présentiel pour les sous-traitants en langues locales',
      'Présenter les taux d’achèvement à la direction chaque trimestre',
    ],
    partial: 'Le rappel sera bisannuel, conformément à la politique globale de formation.',
    reject: 'Les sous-traitants sont formés au titre de leurs propres contrats.',
    done: 'Taux d’achèvement supérieur à 95 % ; chiffres présentés à l’équipe de direction.',
  },
  {
    rec: 'La direction doit rappeler au personnel la tolérance zéro envers l’exploitation et les abus sexuels.',
    actions: [
      'Inscrire la PSEA à chaque réunion générale du personnel',
      'Diffuser chaque année un message conjoint du chef de bureau',
      'Ajouter la PSEA aux objectifs de performance des responsables',
    ],
    partial: 'Les messages seront annuels plutôt que trimestriels.',
    reject: 'Les messages relèvent du siège et non du bureau.',
    done: 'Message diffusé en mai et discuté en réunion générale.',
  },
  {
    rec: 'Fixer des délais de traitement des allégations d’EAS et tenir les survivant·es informé·es de l’avancement.',
    actions: [
      'Publier des délais cibles pour chaque étape du traitement des plaintes',
      'Désigner un agent de liaison pour chaque dossier',
      'Revoir les délais avec l’unité d’enquête chaque trimestre',
    ],
    partial: 'Les délais seront indicatifs car les enquêtes relèvent d’un autre bureau.',
    reject: 'Les délais d’enquête sont fixés par le bureau de contrôle, qui est indépendant.',
    done: 'Délais publiés ; agent de liaison désigné pour tous les dossiers ouverts.',
  },
  {
    rec: 'Partager avec le coordonnateur résident des informations non identifiantes sur les allégations d’EAS.',
    actions: [
      'Adopter le formulaire commun de signalement',
      'Signaler les allégations au coordonnateur dans le délai convenu',
      'Vérifier chaque année l’exhaustivité des signalements',
    ],
    partial: 'Les informations seront partagées après l’examen de protection des données.',
    reject: 'Le signalement passe par le siège selon le protocole existant.',
    done: 'Formulaire adopté ; toutes les allégations de l’année signalées à temps.',
  },
  {
    rec: 'Prévoir une ligne budgétaire PSEA dans chaque proposition de projet au-dessus du seuil convenu.',
    actions: [
      'Ajouter une ligne PSEA au modèle de budget des propositions',
      'Vérifier les coûts PSEA lors de l’examen des projets',
      'Rendre compte des dépenses PSEA dans les rapports annuels',
    ],
    partial: 'La ligne s’appliquera aux nouvelles propositions seulement.',
    reject: 'Les règles de certains bailleurs n’autorisent pas de ligne séparée.',
    done: 'Modèle mis à jour ; la grille d’examen inclut les coûts PSEA.',
  },
  {
    rec: 'Analyser les risques d’EAS de chaque nouveau programme et mettre l’analyse à jour si le contexte change.',
    actions: [
      'Utiliser l’outil d’analyse des risques d’EAS dès la conception',
      'Inscrire les mesures d’atténuation au registre des risques',
      'Mettre à jour l’analyse après tout changement majeur',
    ],
    partial: 'Les analyses seront faites par groupe de sites plutôt que par programme.',
    reject: 'Les risques sont couverts par le registre des risques de l’organisation.',
    done: 'Analyses réalisées pour tous les nouveaux programmes de l’année.',
  },
  {
    rec: 'Traduire les messages clés PSEA en langues locales et les tester avec les communautés avant diffusion.',
    actions: [
      'Traduire les messages clés dans les principales langues locales',
      'Tester les messages avec des groupes de femmes et de jeunes',
      'Imprimer et diffuser les supports finaux',
    ],
    partial: 'Les tests se feront avec les comités communautaires existants seulement.',
    reject: 'Les messages sont produits par le réseau et non par chaque agence.',
    done: 'Messages traduits, testés et diffusés dans tous les sites.',
  },
];
