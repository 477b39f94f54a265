/**
 * The management-response matrix: canonical fields and the header spellings each one
 * accepts. This is the published alias table: matching ignores case, accents and punctuation.
 */
import type { FieldDef, TemplateDef } from '../core/schema.js';
import { RESPONSE, STATUS } from './values.js';

/** "Status (Time 2)", "T2 status", "Statut T2", "Estado tiempo 2", … in either order. */
function timeAliases(words: readonly string[], round: 2 | 3, extra: readonly string[] = []): string[] {
  const rounds = [`time ${round}`, `t${round}`, `round ${round}`, `temps ${round}`, `tiempo ${round}`, `ronda ${round}`];
  if (round === 3) rounds.push('final');
  return [...words.flatMap((w) => rounds.flatMap((r) => [`${w} ${r}`, `${r} ${w}`])), ...extra];
}

const STATUS_WORDS = [
  'status', 'implementation status', 'monitoring status', 'implementation monitoring status',
  'implementation monitoring status discarded open completed', 'statut', 'état', "état d'avancement",
  'statut de mise en œuvre', 'estado', 'estado de implementación', 'estado de aplicación',
];
const COMMENT_WORDS = [
  'comment', 'comments', 'comments on implementation status', 'commentaire', 'commentaires',
  'commentaires sur la mise en œuvre', 'comentario', 'comentarios', 'comentarios sobre la implementación',
];

export const MATRIX_FIELDS: readonly FieldDef[] = [
  {
    key: 'rec_no', type: 'integer', required: true, width: 8, hxl: '#meta+id',
    label: { en: 'Rec #', fr: 'N° de recommandation', es: 'Recomendación n.º' },
    aliases: ['Rec #', 'Rec. #', 'Rec no', 'Rec', 'Recommendation #', 'Recommendation no', 'Recommendation number', 'No.', 'N°', 'Nº', '#', 'Number',
      'Recommandation n°', 'N° recommandation', 'Numéro', 'Recomendación n.º', 'Recomendación nº', 'N.º', 'Número', 'Número de recomendación'],
  },
  {
    key: 'point', type: 'text', width: 7, hxl: '#meta+point',
    label: { en: 'Point', fr: 'Point', es: 'Punto' },
    aliases: ['Point (a–e)', 'Sub-point', 'Element', 'Letter', 'Élément', 'Lettre', 'Sous-point', 'Elemento', 'Letra', 'Subpunto'],
  },
  {
    key: 'pillar', type: 'text', width: 10, hxl: '#sector',
    label: { en: 'Pillar', fr: 'Pilier', es: 'Pilar' },
    aliases: ['Pillar #', 'Strategic pillar', 'Pillar no', 'Pilier stratégique', 'Pilar estratégico'],
  },
  {
    key: 'criterion', type: 'text', width: 18,
    label: { en: 'Evaluation criterion', fr: "Critère d'évaluation", es: 'Criterio de evaluación' },
    aliases: ['Criterion', 'Criteria', 'Thematic area', 'Category', 'Critère', 'Catégorie', 'Criterio', 'Área temática', 'Categoría'],
  },
  {
    key: 'criterion_ref', type: 'text', width: 10, hxl: '#meta+ref',
    label: { en: 'Evaluation ref.', fr: "Réf. de l'évaluation", es: 'Ref. de la evaluación' },
    aliases: ['Evaluation reference', 'Evaluation ref', 'Eval ref', 'Reference', 'Ref', 'Ref.', 'Evaluation recommendation', 'Evaluation recommendation #', 'Report ref',
      'Référence', "Référence de l'évaluation", 'Réf.', 'Referencia', 'Referencia de la evaluación', 'Ref. evaluación'],
  },
  {
    key: 'recommendation', type: 'text', required: true, width: 50, hxl: '#description',
    label: { en: 'Recommendation', fr: 'Recommandation', es: 'Recomendación' },
    aliases: ['Recommendation text', 'Recommendations', 'Texte de la recommandation', 'Texto de la recomendación'],
  },
  {
    key: 'linked_recs', type: 'text', width: 12,
    label: { en: 'Linked recommendations', fr: 'Recommandations liées', es: 'Recomendaciones vinculadas' },
    aliases: ['Linked recs', 'Linked recommendation', 'Links', 'Related recommendations', 'Liens', 'Recommandations connexes', 'Vínculos', 'Recomendaciones relacionadas'],
  },
  {
    key: 'responsible_units', type: 'codes', required: true, width: 16, hxl: '#org+responsible',
    label: { en: 'Responsible unit(s)', fr: 'Unité(s) responsable(s)', es: 'Unidad(es) responsable(s)' },
    aliases: ['Responsible units', 'Responsible unit', 'Responsible', 'Lead unit', 'Lead', 'Unités responsables', 'Unité responsable', 'Responsable',
      'Unidades responsables', 'Unidad responsable'],
  },
  {
    key: 'support_units', type: 'codes', width: 20, hxl: '#org+support',
    label: { en: 'Support from', fr: "Appui de", es: 'Apoyo de' },
    aliases: ['Support units', 'Supporting units', 'Support', 'Support unit(s)', "Unités d'appui", 'Appui', 'Unidades de apoyo', 'Apoyo'],
  },
  {
    key: 'response', type: 'enum', enumId: 'response', required: true, width: 16, hxl: '#status+response',
    label: { en: 'Management response', fr: 'Réponse de la direction', es: 'Respuesta de la gerencia' },
    aliases: ['Response', 'Management Response (Accept / Partially accept / Not accept)', 'Réponse', 'Réponse de la gestion',
      'Respuesta', 'Respuesta de la administración', 'Respuesta de la dirección'],
  },
  {
    key: 'response_rationale', type: 'text', width: 30,
    label: { en: 'Rationale', fr: 'Justification', es: 'Justificación' },
    aliases: ['Response rationale', 'Reason', 'Reasons', 'Comments on response', 'Management comments', 'Raison', 'Motif', 'Motivo', 'Razón'],
  },
  {
    key: 'key_actions', type: 'text', required: true, width: 45, hxl: '#activity',
    label: { en: 'Key actions', fr: 'Actions clés', es: 'Acciones clave' },
    aliases: ['Key action(s)', 'Key action', 'Actions', 'Planned actions', 'Principales actions', 'Actions prévues', 'Acciones principales', 'Acciones previstas'],
  },
  {
    key: 'status_t2', type: 'enum', enumId: 'status', width: 14, hxl: '#status+t2',
    label: { en: 'Status (Time 2)', fr: 'Statut (Temps 2)', es: 'Estado (Tiempo 2)' },
    aliases: timeAliases(STATUS_WORDS, 2),
  },
  {
    key: 'comment_t2', type: 'text', width: 30, hxl: '#description+t2',
    label: { en: 'Comments (Time 2)', fr: 'Commentaires (Temps 2)', es: 'Comentarios (Tiempo 2)' },
    aliases: timeAliases(COMMENT_WORDS, 2),
  },
  {
    key: 'status_t3', type: 'enum', enumId: 'status', width: 14, hxl: '#status+t3',
    label: { en: 'Final status (Time 3)', fr: 'Statut final (Temps 3)', es: 'Estado final (Tiempo 3)' },
    aliases: timeAliases(STATUS_WORDS, 3, ['Final implementation monitoring status', 'Final status', 'Statut final', 'Estado final',
      'Final implementation monitoring status discarded open completed time 3']),
  },
  {
    key: 'comment_t3', type: 'text', width: 30, hxl: '#description+t3',
    label: { en: 'Final comments (Time 3)', fr: 'Commentaires finaux (Temps 3)', es: 'Comentarios finales (Tiempo 3)' },
    aliases: timeAliases(COMMENT_WORDS, 3, ['Final comments on implementation status', 'Final comments', 'Commentaires finaux', 'Comentarios finales']),
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
  enums: { response: RESPONSE, status: STATUS },
  keyFields: ['rec_no', 'point', 'recommendation', 'response'],
  section: { pattern: /^(?:pillar|pilier|pilar)\s*(\d+)\b/i, field: 'pillar' },
  continuation: {
    marker: 'point',
    inherit: ['rec_no', 'pillar', 'criterion', 'criterion_ref', 'recommendation', 'linked_recs'],
  },
  minColumns: 3,
  instructions: [
    { en: 'One row per recommendation, or one row per point (a, b, …) with the recommendation number repeated.',
      fr: 'Une ligne par recommandation, ou une ligne par point (a, b, …) en répétant le numéro de la recommandation.',
      es: 'Una fila por recomendación, o una fila por punto (a, b, …) repitiendo el número de la recomendación.' },
    { en: 'Evaluation ref. is N.M, where N is the criterion: 1 Relevance … 7 Sustainability.',
      fr: 'La réf. de l’évaluation a la forme N.M, où N est le critère : 1 Pertinence … 7 Durabilité.',
      es: 'La ref. de la evaluación tiene la forma N.M, donde N es el criterio: 1 Pertinencia … 7 Sostenibilidad.' },
    { en: 'Unit columns take codes from the unit list, separated by commas.',
      fr: 'Les colonnes d’unités prennent des codes de la liste des unités, séparés par des virgules.',
      es: 'Las columnas de unidades llevan códigos de la lista de unidades, separados por comas.' },
    { en: 'Partially accept and Not accept need a rationale; Accept and Partially accept need key actions.',
      fr: 'Partiellement acceptée et Non acceptée exigent une justification ; Acceptée et Partiellement acceptée exigent des actions clés.',
      es: 'Parcialmente aceptada y No aceptada requieren una justificación; Aceptada y Parcialmente aceptada requieren acciones clave.' },
    { en: 'Statuses are open, completed or discarded; completed and discarded need a comment.',
      fr: 'Les statuts sont ouvert, achevé ou abandonné ; achevé et abandonné exigent un commentaire.',
      es: 'Los estados son abierto, completado o descartado; completado y descartado requieren un comentario.' },
    { en: 'Use the dropdowns; if you paste values, run the check again to restore them.',
      fr: 'Utilisez les listes déroulantes ; après un collage, relancez la vérification pour les rétablir.',
      es: 'Use las listas desplegables; si pega valores, vuelva a ejecutar la verificación para restablecerlas.' },
  ],
};
