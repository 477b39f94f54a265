/**
 * The management-response matrix: canonical fields and what a header must say to name each (by concept, in
 * EN/FR/ES; templates/ALIASES.md lists them). Labels are the exact, strongest matches.
 */
import type { FieldDef, TemplateDef } from '../core/schema.js';
import {
  ACTION,
  COMMENT,
  DATE,
  DUE,
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
  TIMELINE,
  TYPE,
  UNIT,
} from '../core/headers/vocabulary.js';
import { DATED_ROUND, round } from '../core/headers/rounds.js';
import {
  CRITERION,
  KEY_ACTIONS,
  LATER_ROUND,
  LINKED,
  NAMED_ROUND,
  ONE_KEY_ACTION,
  ONE_RECOMMENDATION,
  PILLAR,
  POINT,
  RATIONALE,
  REC,
  RECOMMENDATION,
  REJECTION,
  RESPONSE,
  STRATEGIC,
  UPDATE,
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

/**
 * Key actions, due dates and monitoring rounds as other offices lay them out (issue 13): one row per key action
 * (UNDP's tracker), a due date, a key action's current status and comment, the recommendation's own status beside
 * its key actions', and one column per dated round ("Status Dec 2025": the round is the header's parameter). Read
 * from any layout; the blank template writes `due` only.
 */
export const KEY_ACTION_FIELDS: readonly FieldDef[] = [
  {
    key: 'key_action',
    type: 'text',
    width: 45,
    template: false,
    label: { en: 'Key action', fr: 'Action clé', es: 'Acción clave' },
    headers: { all: [ONE_KEY_ACTION] },
  },
  {
    key: 'key_action_no',
    type: 'text',
    width: 8,
    template: false,
    label: { en: 'Key action #', fr: "N° de l'action", es: 'N.º de acción' },
    headers: { all: [NUMBER, ONE_KEY_ACTION] },
  },
  {
    key: 'due',
    type: 'text',
    width: 14,
    hxl: '#date+deadline',
    label: { en: 'Due date', fr: 'Échéance', es: 'Fecha límite' },
    headers: { all: [[DUE, TIMELINE]], may: [DATE] },
  },
  {
    key: 'status',
    type: 'enum',
    enumId: 'status',
    width: 14,
    template: false,
    label: { en: 'Status', fr: 'Statut', es: 'Estado' },
    headers: { all: [STATUS], may: [IMPLEMENTATION] },
  },
  {
    key: 'comment',
    type: 'text',
    width: 30,
    template: false,
    // Not "Comments" alone: a column of the user's own ("Documents") must not read as its typo.
    label: { en: 'Key action comments', fr: 'Commentaires sur l’action', es: 'Comentarios sobre la acción' },
    headers: { all: [[COMMENT, PROGRESS]], may: [KEY_ACTIONS, IMPLEMENTATION, ONE_KEY_ACTION] },
  },
  {
    key: 'rec_status',
    type: 'enum',
    enumId: 'status',
    width: 14,
    template: false,
    label: { en: 'Recommendation status', fr: 'Statut de la recommandation', es: 'Estado de la recomendación' },
    headers: { all: [STATUS, ONE_RECOMMENDATION] },
  },
  {
    key: 'status_round',
    type: 'enum',
    enumId: 'status',
    width: 14,
    template: false,
    label: { en: 'Status (round)', fr: 'Statut (cycle)', es: 'Estado (ronda)' },
    headers: { all: [STATUS, [DATED_ROUND, NAMED_ROUND, LATER_ROUND]], may: [IMPLEMENTATION, UPDATE] },
  },
  {
    key: 'comment_round',
    type: 'text',
    width: 30,
    template: false,
    label: { en: 'Comments (round)', fr: 'Commentaires (cycle)', es: 'Comentarios (ronda)' },
    // "Implementation status update – 31 December 2025" over "Status" | "Comments": the group says status.
    headers: {
      all: [
        [COMMENT, UPDATE],
        [DATED_ROUND, NAMED_ROUND, LATER_ROUND],
      ],
      may: [IMPLEMENTATION, STATUS],
    },
  },
];

/** The key-action fields read next to the key actions: the blank template writes its due date there. */
function afterField(fields: readonly FieldDef[], key: string, more: readonly FieldDef[]): FieldDef[] {
  const at = fields.findIndex((f) => f.key === key) + 1;
  return [...fields.slice(0, at), ...more, ...fields.slice(at)];
}

export const MATRIX: TemplateDef = {
  kind: 'management-response',
  title: {
    en: 'Management response and action plan matrix',
    fr: "Matrice de réponse de la direction et plan d'action",
    es: 'Matriz de respuesta de la gerencia y plan de acción',
  },
  fields: afterField(MATRIX_FIELDS, 'key_actions', KEY_ACTION_FIELDS),
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
        ...KEY_ACTION_FIELDS.map((f) => f.key),
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
      en:
        "Evaluation ref. is N.M, where N is the criterion's digit: name the criteria on the Settings sheet, or they " +
        'are read from the labels.',
      fr:
        'La réf. de l’évaluation a la forme N.M, où N est le chiffre du critère : nommez les critères dans la ' +
        'feuille Settings, ou ils sont lus dans les libellés.',
      es:
        'La ref. de la evaluación tiene la forma N.M, donde N es el dígito del criterio: nombre los criterios en la ' +
        'hoja Settings, o se leen en las etiquetas.',
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
      en:
        'Due dates may be a date, a month (Mar 2027), a quarter (Q1 2027) or "No due date"; accepted key actions ' +
        'need one.',
      fr:
        'L’échéance peut être une date, un mois (mars 2027), un trimestre (T1 2027) ou « No due date » ; les actions ' +
        'acceptées en exigent une.',
      es:
        'La fecha límite puede ser una fecha, un mes (marzo 2027), un trimestre (T1 2027) o «No due date»; las ' +
        'acciones aceptadas la requieren.',
    },
    {
      en:
        'Statuses are not started, in progress, completed or no longer applicable (open, ongoing, done, discarded… ' +
        'are read too); completed and no longer applicable need a comment.',
      fr:
        'Les statuts sont non commencée, en cours, achevée ou sans objet (ouvert, réalisée, abandonnée… sont lus ' +
        'aussi) ; achevée et sans objet exigent un commentaire.',
      es:
        'Los estados son no iniciada, en curso, completada o ya no aplicable (abierta, realizada, descartada… se ' +
        'leen también); completada y ya no aplicable requieren un comentario.',
    },
    {
      en: "The Settings sheet holds this evaluation's pillars, criteria, units and words: see its examples.",
      fr: 'La feuille Settings contient les piliers, critères, unités et mots de cette évaluation : voir ses exemples.',
      es: 'La hoja Settings contiene los pilares, criterios, unidades y palabras de esta evaluación: vea sus ejemplos.',
    },
    {
      en: 'Use the dropdowns; if you paste values, run the check again to restore them.',
      fr: 'Utilisez les listes déroulantes ; après un collage, relancez la vérification pour les rétablir.',
      es: 'Use las listas desplegables; si pega valores, vuelva a ejecutar la verificación para restablecerlas.',
    },
  ],
};
