/**
 * The management-response matrix: canonical fields and the header spellings each one
 * accepts. This is the published alias table: matching ignores case, accents and punctuation.
 */
import type { FieldDef, TemplateDef } from '../core/schema.js';
import { RESPONSE, STATUS } from './values.js';
import { roundHeader } from './rounds.js';

/** "Status (Time 2)", "T2 status", "Statut T2", "Estado tiempo 2", … in either order. */
function timeAliases(words: readonly string[], round: 2 | 3, extra: readonly string[] = []): string[] {
  const rounds = [
    `time ${round}`,
    `t${round}`,
    `round ${round}`,
    `temps ${round}`,
    `tiempo ${round}`,
    `ronda ${round}`,
  ];
  if (round === 3) rounds.push('final');
  return [...words.flatMap((w) => rounds.flatMap((r) => [`${w} ${r}`, `${r} ${w}`])), ...extra];
}

const STATUS_WORDS = [
  'status',
  'implementation status',
  'monitoring status',
  'implementation monitoring status',
  'implementation monitoring status discarded open completed',
  'statut',
  'état',
  "état d'avancement",
  'statut de mise en œuvre',
  'estado',
  'estado de implementación',
  'estado de aplicación',
];
const COMMENT_WORDS = [
  'comment',
  'comments',
  'comments on implementation status',
  'commentaire',
  'commentaires',
  'commentaires sur la mise en œuvre',
  'comentario',
  'comentarios',
  'comentarios sobre la implementación',
];

export const MATRIX_FIELDS: readonly FieldDef[] = [
  {
    key: 'rec_no',
    type: 'integer',
    required: true,
    width: 8,
    hxl: '#meta+id',
    label: { en: 'Rec #', fr: 'N° de recommandation', es: 'Recomendación n.º' },
    aliases: [
      'Rec #',
      'Rec. #',
      'Rec no',
      'Rec',
      'Recommendation #',
      'Recommendation no',
      'Recommendation number',
      'No.',
      'N°',
      'Nº',
      '#',
      'Number',
      'Recommandation n°',
      'N° recommandation',
      'Numéro',
      'Recomendación n.º',
      'Recomendación nº',
      'N.º',
      'Número',
      'Número de recomendación',
    ],
  },
  {
    key: 'point',
    type: 'text',
    width: 7,
    hxl: '#meta+point',
    label: { en: 'Point', fr: 'Point', es: 'Punto' },
    aliases: [
      'Point (a–e)',
      'Sub-point',
      'Element',
      'Letter',
      'Élément',
      'Lettre',
      'Sous-point',
      'Elemento',
      'Letra',
      'Subpunto',
    ],
  },
  {
    key: 'pillar',
    type: 'text',
    width: 10,
    hxl: '#sector',
    label: { en: 'Pillar', fr: 'Pilier', es: 'Pilar' },
    aliases: ['Pillar #', 'Strategic pillar', 'Pillar no', 'Pilier stratégique', 'Pilar estratégico'],
  },
  {
    key: 'criterion',
    type: 'text',
    width: 18,
    label: { en: 'Evaluation criterion', fr: "Critère d'évaluation", es: 'Criterio de evaluación' },
    aliases: [
      'Criterion',
      'Criteria',
      'Thematic area',
      'Category',
      'Critère',
      'Catégorie',
      'Criterio',
      'Área temática',
      'Categoría',
    ],
  },
  {
    key: 'criterion_ref',
    type: 'text',
    width: 10,
    hxl: '#meta+ref',
    label: { en: 'Evaluation ref.', fr: "Réf. de l'évaluation", es: 'Ref. de la evaluación' },
    aliases: [
      'Evaluation reference',
      'Evaluation ref',
      'Eval ref',
      'Reference',
      'Ref',
      'Ref.',
      'Evaluation recommendation',
      'Evaluation recommendation #',
      'Report ref',
      'Référence',
      "Référence de l'évaluation",
      'Réf.',
      'Referencia',
      'Referencia de la evaluación',
      'Ref. evaluación',
    ],
  },
  {
    key: 'recommendation',
    type: 'text',
    required: true,
    width: 50,
    hxl: '#description',
    label: { en: 'Recommendation', fr: 'Recommandation', es: 'Recomendación' },
    aliases: ['Recommendation text', 'Recommendations', 'Texte de la recommandation', 'Texto de la recomendación'],
  },
  {
    key: 'linked_recs',
    type: 'text',
    width: 12,
    label: { en: 'Linked recommendations', fr: 'Recommandations liées', es: 'Recomendaciones vinculadas' },
    aliases: [
      'Linked recs',
      'Linked recommendation',
      'Links',
      'Related recommendations',
      'Liens',
      'Recommandations connexes',
      'Vínculos',
      'Recomendaciones relacionadas',
    ],
  },
  {
    key: 'responsible_units',
    type: 'codes',
    required: true,
    width: 16,
    hxl: '#org+responsible',
    label: { en: 'Responsible unit(s)', fr: 'Unité(s) responsable(s)', es: 'Unidad(es) responsable(s)' },
    aliases: [
      'Responsible units',
      'Responsible unit',
      'Responsible',
      'Lead unit',
      'Lead',
      'Unités responsables',
      'Unité responsable',
      'Responsable',
      'Unidades responsables',
      'Unidad responsable',
    ],
  },
  {
    key: 'support_units',
    type: 'codes',
    width: 20,
    hxl: '#org+support',
    label: { en: 'Support from', fr: 'Appui de', es: 'Apoyo de' },
    aliases: [
      'Support units',
      'Supporting units',
      'Support',
      'Support unit(s)',
      "Unités d'appui",
      'Appui',
      'Unidades de apoyo',
      'Apoyo',
    ],
  },
  {
    key: 'response',
    type: 'enum',
    enumId: 'response',
    required: true,
    width: 16,
    hxl: '#status+response',
    label: { en: 'Management response', fr: 'Réponse de la direction', es: 'Respuesta de la gerencia' },
    aliases: [
      'Response',
      'Management Response (Accept / Partially accept / Not accept)',
      'Réponse',
      'Réponse de la gestion',
      'Respuesta',
      'Respuesta de la administración',
      'Respuesta de la dirección',
    ],
  },
  {
    key: 'response_rationale',
    type: 'text',
    width: 30,
    label: { en: 'Rationale', fr: 'Justification', es: 'Justificación' },
    aliases: [
      'Response rationale',
      'Reason',
      'Reasons',
      'Comments on response',
      'Management comments',
      'Raison',
      'Motif',
      'Motivo',
      'Razón',
    ],
  },
  {
    key: 'key_actions',
    type: 'text',
    width: 45,
    hxl: '#activity',
    label: { en: 'Key actions', fr: 'Actions clés', es: 'Acciones clave' },
    aliases: [
      'Actions',
      'Planned actions',
      'Principales actions',
      'Actions prévues',
      'Acciones principales',
      'Acciones previstas',
    ],
  },
  {
    key: 'status_t2',
    type: 'enum',
    enumId: 'status',
    width: 14,
    hxl: '#status+t2',
    label: { en: 'Status (Time 2)', fr: 'Statut (Temps 2)', es: 'Estado (Tiempo 2)' },
    aliases: timeAliases(STATUS_WORDS, 2),
  },
  {
    key: 'comment_t2',
    type: 'text',
    width: 30,
    hxl: '#description+t2',
    label: { en: 'Comments (Time 2)', fr: 'Commentaires (Temps 2)', es: 'Comentarios (Tiempo 2)' },
    aliases: timeAliases(COMMENT_WORDS, 2),
  },
  {
    key: 'status_t3',
    type: 'enum',
    enumId: 'status',
    width: 14,
    hxl: '#status+t3',
    label: { en: 'Final status (Time 3)', fr: 'Statut final (Temps 3)', es: 'Estado final (Tiempo 3)' },
    aliases: timeAliases(STATUS_WORDS, 3, [
      'Final implementation monitoring status',
      'Final status',
      'Statut final',
      'Estado final',
      'Final implementation monitoring status discarded open completed time 3',
    ]),
  },
  {
    key: 'comment_t3',
    type: 'text',
    width: 30,
    hxl: '#description+t3',
    label: { en: 'Final comments (Time 3)', fr: 'Commentaires finaux (Temps 3)', es: 'Comentarios finales (Tiempo 3)' },
    aliases: timeAliases(COMMENT_WORDS, 3, [
      'Final comments on implementation status',
      'Final comments',
      'Commentaires finaux',
      'Comentarios finales',
    ]),
  },
];

/**
 * Key actions, due dates and monitoring rounds as other offices lay them out (issue 13): one row per key action
 * (UNDP's tracker), a due date, a key action's current status and comment, the recommendation's own status beside
 * its key actions', and one column per dated round. Read from any layout; the blank template writes `due` only.
 */
export const KEY_ACTION_FIELDS: readonly FieldDef[] = [
  {
    key: 'key_action',
    type: 'text',
    width: 45,
    template: false,
    label: { en: 'Key action', fr: 'Action clé', es: 'Acción clave' },
    aliases: ['Key action(s)', 'Action(s) clé(s)', 'Action clé', 'Acción(es) clave', 'Acciones clave previstas'],
  },
  {
    key: 'key_action_no',
    type: 'text',
    width: 8,
    template: false,
    label: { en: 'Key action no.', fr: 'N° de l’action', es: 'N.º de acción' },
    aliases: ['Key action #', 'Key action number', 'Action no.', 'Action #', 'N° action', 'N.º acción'],
  },
  {
    key: 'due',
    type: 'text',
    width: 14,
    hxl: '#date+deadline',
    label: { en: 'Due date', fr: 'Échéance', es: 'Fecha límite' },
    aliases: [
      'DueDate',
      'Due',
      'Deadline',
      'Time frame',
      'Timeframe',
      'Timeline',
      'Target date',
      'Completion date',
      'Expected completion date',
      'Planned completion date',
      'By when',
      'Délai',
      'Date limite',
      'Date d’échéance',
      'Calendrier',
      'Date prévue',
      'Plazo',
      'Fecha prevista',
      'Fecha de vencimiento',
      'Fecha de finalización prevista',
      'Cronograma',
      'Calendario',
    ],
  },
  {
    key: 'status',
    type: 'enum',
    enumId: 'status',
    width: 14,
    template: false,
    label: { en: 'Status', fr: 'Statut', es: 'Estado' },
    aliases: [
      'Current status',
      'Implementation status',
      'Key action status',
      'Action status',
      'Statut de mise en œuvre',
      'État',
      "État d'avancement",
      'Estado de implementación',
      'Estado de la acción',
      'Estado de aplicación',
    ],
  },
  {
    key: 'comment',
    type: 'text',
    width: 30,
    template: false,
    label: { en: 'Comments', fr: 'Commentaires', es: 'Comentarios' },
    aliases: ['Comment', 'Remarks', 'Progress comments', 'Commentaire', 'Observations', 'Comentario', 'Observaciones'],
  },
  {
    key: 'rec_status',
    type: 'enum',
    enumId: 'status',
    width: 14,
    template: false,
    label: { en: 'Recommendation status', fr: 'Statut de la recommandation', es: 'Estado de la recomendación' },
    aliases: ['Status of recommendation', 'Overall status', 'État de la recommandation'],
  },
  {
    key: 'status_round',
    type: 'enum',
    enumId: 'status',
    width: 14,
    template: false,
    repeatable: true,
    matches: (header) => roundHeader(header)?.part === 'status',
    label: { en: 'Status (dated round)', fr: 'Statut (cycle daté)', es: 'Estado (ronda fechada)' },
    aliases: [],
  },
  {
    key: 'comment_round',
    type: 'text',
    width: 30,
    template: false,
    repeatable: true,
    matches: (header) => roundHeader(header)?.part === 'comment',
    label: { en: 'Comments (dated round)', fr: 'Commentaires (cycle daté)', es: 'Comentarios (ronda fechada)' },
    aliases: [],
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
  enums: { response: RESPONSE, status: STATUS },
  keyFields: ['rec_no', 'point', 'recommendation', 'response', 'key_action', 'key_actions'],
  section: { pattern: /^(?:pillar|pilier|pilar)\s*(\d+)\b/i, field: 'pillar' },
  continuation: {
    marker: 'point',
    key: 'rec_no',
    inherit: ['rec_no', 'pillar', 'criterion', 'criterion_ref', 'recommendation', 'linked_recs'],
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
