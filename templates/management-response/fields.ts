/**
 * The management-response matrix: canonical fields and what a header must say to name each (by concept, in
 * EN/FR/ES; templates/ALIASES.md lists them). Labels are the exact, strongest matches.
 */
import type { FieldDef, TemplateDef } from '../core/schema.js';
import {
  ACTION,
  COMMENT,
  EVALUATION,
  FINAL,
  IMPLEMENTATION,
  MANAGEMENT,
  NUMBER,
  PARTY,
  PLANNED,
  PROGRESS,
  REF,
  REPORT,
  RESPONSIBLE,
  STATUS,
  SUPPORT,
  TEXT,
  TYPE,
  UNIT,
} from '../core/headers/vocabulary.js';
import { round } from '../core/headers/rounds.js';
import {
  CRITERION,
  KEY_ACTIONS,
  LINKED,
  ONE_RECOMMENDATION,
  PILLAR,
  POINT,
  RATIONALE,
  REC,
  RECOMMENDATION,
  REJECTION,
  RESPONSE,
  STRATEGIC,
} from './concepts.js';
import { RESPONSE as RESPONSE_VALUES, STATUS as STATUS_VALUES } from './values.js';

const T2 = round(2);
const T3 = round(3);

export const MATRIX_FIELDS: readonly FieldDef[] = [
  {
    key: 'rec_no',
    type: 'integer',
    required: true,
    width: 8,
    hxl: '#meta+id',
    label: { en: 'Rec #', fr: 'N° de recommandation', es: 'Recomendación n.º' },
    headers: { all: [[NUMBER, REC]], may: [ONE_RECOMMENDATION, EVALUATION] },
  },
  {
    key: 'point',
    type: 'text',
    width: 7,
    hxl: '#meta+point',
    label: { en: 'Point', fr: 'Point', es: 'Punto' },
    headers: { all: [POINT] },
  },
  {
    key: 'pillar',
    type: 'text',
    width: 10,
    hxl: '#sector',
    label: { en: 'Pillar', fr: 'Pilier', es: 'Pilar' },
    headers: { all: [PILLAR], may: [STRATEGIC, NUMBER] },
  },
  {
    key: 'criterion',
    type: 'text',
    width: 18,
    label: { en: 'Evaluation criterion', fr: "Critère d'évaluation", es: 'Criterio de evaluación' },
    headers: { all: [CRITERION], may: [EVALUATION] },
    // The seed's Table 2 names them "Thematic Areas"; its text, "seven categories".
    exact: ['Thematic areas', 'Category', 'Catégorie', 'Categoría', 'Área temática'],
  },
  {
    key: 'criterion_ref',
    type: 'text',
    width: 10,
    hxl: '#meta+ref',
    label: { en: 'Evaluation ref.', fr: "Réf. de l'évaluation", es: 'Ref. de la evaluación' },
    headers: { all: [REF, [EVALUATION, REPORT]], may: [NUMBER] },
    // The seed's own header for the N.M reference ("Internal Coherence: Recommendation 2.1").
    exact: ['Evaluation recommendation', 'Evaluation recommendation #'],
  },
  {
    key: 'recommendation',
    type: 'text',
    required: true,
    width: 50,
    hxl: '#description',
    label: { en: 'Recommendation', fr: 'Recommandation', es: 'Recomendación' },
    headers: { all: [RECOMMENDATION], may: [TEXT, EVALUATION] },
  },
  {
    key: 'linked_recs',
    type: 'text',
    width: 12,
    label: { en: 'Linked recommendations', fr: 'Recommandations liées', es: 'Recomendaciones vinculadas' },
    headers: { all: [LINKED], may: [RECOMMENDATION, REC] },
  },
  {
    key: 'responsible_units',
    type: 'codes',
    required: true,
    width: 16,
    hxl: '#org+responsible',
    label: { en: 'Responsible unit(s)', fr: 'Unité(s) responsable(s)', es: 'Unidad(es) responsable(s)' },
    headers: { all: [RESPONSIBLE], may: [UNIT, PARTY, ACTION, KEY_ACTIONS] },
  },
  {
    key: 'support_units',
    type: 'codes',
    width: 20,
    hxl: '#org+support',
    label: { en: 'Support from', fr: 'Appui de', es: 'Apoyo de' },
    headers: { all: [SUPPORT], may: [UNIT, PARTY] },
  },
  {
    key: 'response',
    type: 'enum',
    enumId: 'response',
    required: true,
    width: 16,
    hxl: '#status+response',
    label: { en: 'Management response', fr: 'Réponse de la direction', es: 'Respuesta de la gerencia' },
    headers: { all: [RESPONSE], may: [MANAGEMENT], not: [TYPE] },
  },
  {
    key: 'response_rationale',
    type: 'text',
    width: 30,
    label: { en: 'Rationale', fr: 'Justification', es: 'Justificación' },
    headers: { all: [RATIONALE], may: [REJECTION, RESPONSE, MANAGEMENT, COMMENT, RECOMMENDATION], hints: ['response'] },
  },
  {
    key: 'key_actions',
    type: 'text',
    required: true,
    width: 45,
    hxl: '#activity',
    label: { en: 'Key actions', fr: 'Actions clés', es: 'Acciones clave' },
    headers: { all: [KEY_ACTIONS], may: [PLANNED, MANAGEMENT], not: [PROGRESS] },
  },
  {
    key: 'status_t2',
    type: 'enum',
    enumId: 'status',
    width: 14,
    hxl: '#status+t2',
    label: { en: 'Status (Time 2)', fr: 'Statut (Temps 2)', es: 'Estado (Tiempo 2)' },
    headers: { all: [STATUS, T2], may: [IMPLEMENTATION] },
  },
  {
    key: 'comment_t2',
    type: 'text',
    width: 30,
    hxl: '#description+t2',
    label: { en: 'Comments (Time 2)', fr: 'Commentaires (Temps 2)', es: 'Comentarios (Tiempo 2)' },
    headers: { all: [COMMENT, T2], may: [IMPLEMENTATION, STATUS] },
  },
  {
    key: 'status_t3',
    type: 'enum',
    enumId: 'status',
    width: 14,
    hxl: '#status+t3',
    label: { en: 'Final status (Time 3)', fr: 'Statut final (Temps 3)', es: 'Estado final (Tiempo 3)' },
    headers: { all: [STATUS, [T3, FINAL]], may: [IMPLEMENTATION, FINAL] },
  },
  {
    key: 'comment_t3',
    type: 'text',
    width: 30,
    hxl: '#description+t3',
    label: { en: 'Final comments (Time 3)', fr: 'Commentaires finaux (Temps 3)', es: 'Comentarios finales (Tiempo 3)' },
    headers: { all: [COMMENT, [T3, FINAL]], may: [IMPLEMENTATION, STATUS, FINAL] },
  },
];

export const MATRIX: TemplateDef = {
  kind: 'management-response',
  title: {
    en: 'Management response and action plan matrix',
    fr: "Matrice de réponse de la direction et plan d'action",
    es: 'Matriz de respuesta de la gerencia y plan de acción',
  },
  fields: MATRIX_FIELDS,
  enums: { response: RESPONSE_VALUES, status: STATUS_VALUES },
  keyFields: ['rec_no', 'point', 'recommendation', 'response'],
  section: { field: 'pillar' },
  continuation: {
    marker: 'point',
    key: 'rec_no',
    inherit: ['rec_no', 'pillar', 'criterion', 'criterion_ref', 'recommendation', 'linked_recs'],
    detail: ['rec_no', 'point', 'pillar', 'criterion', 'criterion_ref', 'recommendation', 'linked_recs'],
    repeats: {
      same: ['rec_no', 'recommendation'],
      varies: [
        'key_actions',
        'responsible_units',
        'support_units',
        'status_t2',
        'comment_t2',
        'status_t3',
        'comment_t3',
      ],
    },
  },
  minColumns: 3,
  instructions: [
    {
      en: 'One row per recommendation, or one row per point (a, b, …) with the recommendation number repeated.',
      fr: 'Une ligne par recommandation, ou une ligne par point (a, b, …) en répétant le numéro de la recommandation.',
      es: 'Una fila por recomendación, o una fila por punto (a, b, …) repitiendo el número de la recomendación.',
    },
    {
      en: 'Evaluation ref. is N.M, where N is the criterion: 1 Relevance … 7 Sustainability.',
      fr: 'La réf. de l’évaluation a la forme N.M, où N est le critère : 1 Pertinence … 7 Durabilité.',
      es: 'La ref. de la evaluación tiene la forma N.M, donde N es el criterio: 1 Pertinencia … 7 Sostenibilidad.',
    },
    {
      en: 'Unit columns take codes from the unit list, separated by commas.',
      fr: 'Les colonnes d’unités prennent des codes de la liste des unités, séparés par des virgules.',
      es: 'Las columnas de unidades llevan códigos de la lista de unidades, separados por comas.',
    },
    {
      en: 'Partially accept and Not accept need a rationale; Accept and Partially accept need key actions.',
      fr:
        'Partiellement acceptée et Non acceptée exigent une justification ; Acceptée et Partiellement acceptée ' +
        'exigent des actions clés.',
      es:
        'Parcialmente aceptada y No aceptada requieren una justificación; Aceptada y Parcialmente aceptada requieren ' +
        'acciones clave.',
    },
    {
      en: 'Statuses are open, completed or discarded; completed and discarded need a comment.',
      fr: 'Les statuts sont ouvert, achevé ou abandonné ; achevé et abandonné exigent un commentaire.',
      es: 'Los estados son abierto, completado o descartado; completado y descartado requieren un comentario.',
    },
    {
      en: 'Use the dropdowns; if you paste values, run the check again to restore them.',
      fr: 'Utilisez les listes déroulantes ; après un collage, relancez la vérification pour les rétablir.',
      es: 'Use las listas desplegables; si pega valores, vuelva a ejecutar la verificación para restablecerlas.',
    },
  ],
};
