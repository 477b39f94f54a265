/**
 * The inter-agency PSEA action plan / workplan: one row per task, under section rows that name its area. Its
 * timeframe is start and due dates, a timeline as written ("6th-13th of May"), or the marked periods of a Gantt
 * (columns "Q1 2026" or "Jan … Dec"). The seed's workplan headers (Task, Responsible Org., Timeline, Note/Next
 * steps) are aliases.
 */
import type { FieldDef, TemplateDef } from '../core/schema.js';
import { AREA } from '../inter-agency/areas.js';
import { TASK_STATUS } from './values.js';
import { periodColumn } from './periods.js';

export const ACTION_PLAN_FIELDS: readonly FieldDef[] = [
  {
    key: 'ref',
    type: 'text',
    width: 8,
    hxl: '#meta+ref',
    label: { en: 'No.', fr: 'N°', es: 'N.º' },
    aliases: ['#', 'Ref', 'Ref.', 'Ref. #', 'Reference', 'Activity no.', 'Référence', 'Réf.', 'Referencia', 'Nº'],
  },
  {
    key: 'task',
    type: 'text',
    required: true,
    width: 50,
    hxl: '#description',
    label: { en: 'Task', fr: 'Tâche', es: 'Tarea' },
    aliases: [
      'Tasks',
      'Activity',
      'Activities',
      'Key activity',
      'Key activities',
      'Description',
      'Action',
      'Actions',
      'Activité',
      'Activités',
      'Activité clé',
      'Tâches',
      'Actividad',
      'Actividades',
      'Actividad clave',
      'Acción',
      'Tareas',
    ],
  },
  {
    key: 'area',
    type: 'enum',
    enumId: 'area',
    width: 24,
    hxl: '#sector',
    label: { en: 'Area', fr: 'Domaine', es: 'Área' },
    aliases: ['Main area', 'Action plan area', 'Domaine d’action', 'Axe', 'Área principal', 'Ámbito'],
  },
  {
    key: 'responsible_orgs',
    type: 'codes',
    required: true,
    width: 26,
    hxl: '#org+responsible',
    label: { en: 'Responsible org.', fr: 'Organisme(s) responsable(s)', es: 'Organización responsable' },
    aliases: [
      'Responsible org',
      'Responsible organisation',
      'Responsible organization',
      'Responsible organisations',
      'Responsible organizations',
      'Responsible',
      'Lead',
      'Lead agency',
      'Lead agencies',
      'Lead organisation',
      'Person Responsible',
      'Team Member Responsible',
      'Personne responsable',
      'Persona Responsable',
      'Who',
      'Agence chef de file',
      'Chef de file',
      'Agencia líder',
      'Organisme responsable',
      'Organismes responsables',
      'Responsable',
      'Responsables',
      'Qui',
      'Organizaciones responsables',
      'Quién',
    ],
  },
  {
    key: 'outcome',
    type: 'text',
    width: 30,
    label: { en: 'Outcome', fr: 'Résultat', es: 'Resultado' },
    aliases: ['Objective', 'Annual Objectives', 'Expected result', 'Objectif', 'Résultat attendu', 'Objetivo'],
  },
  {
    key: 'support_orgs',
    type: 'codes',
    width: 22,
    hxl: '#org+support',
    label: { en: 'Support', fr: 'Appui', es: 'Apoyo' },
    aliases: [
      'Supporting agencies',
      'Supporting organisations',
      'Supporting organizations',
      'Partners',
      'In support',
      'Agences d’appui',
      'Partenaires',
      'Soutien',
      'Agencias de apoyo',
      'Socios',
    ],
  },
  {
    key: 'start',
    type: 'date',
    width: 12,
    hxl: '#date+start',
    label: { en: 'Start', fr: 'Début', es: 'Inicio' },
    aliases: ['Start date', 'From', 'Date de début', 'Fecha de inicio', 'Desde'],
  },
  {
    key: 'due',
    type: 'date',
    width: 12,
    hxl: '#date+due',
    label: { en: 'Due', fr: 'Échéance', es: 'Fecha límite' },
    aliases: [
      'Due date',
      'Deadline',
      'Completion Date',
      'Date d’achèvement',
      'Fecha de Finalización',
      'End date',
      'By when',
      'End',
      'Date limite',
      'Date de fin',
      'Fin',
      'Plazo',
      'Fecha de fin',
      'Fecha de vencimiento',
    ],
  },
  {
    key: 'timeline',
    type: 'text',
    width: 24,
    hxl: '#date+timeline',
    label: { en: 'Timeline', fr: 'Calendrier', es: 'Calendario' },
    aliases: ['Timeframe', 'Time frame', 'When', 'Period', 'Échéancier', 'Période', 'Quand', 'Cronograma', 'Período'],
  },
  {
    key: 'status',
    type: 'enum',
    enumId: 'status',
    width: 14,
    hxl: '#status',
    label: { en: 'Status', fr: 'Statut', es: 'Estado' },
    aliases: ['Progress', 'État', 'Etat', 'Avancement', 'Situación', 'Avance'],
  },
  {
    key: 'indicator',
    type: 'text',
    width: 30,
    hxl: '#indicator',
    label: { en: 'Indicator', fr: 'Indicateur', es: 'Indicador' },
    aliases: [
      'Key indicator',
      'Key indicators',
      'Measure(s) of Success',
      'Measures of success',
      'Mesure(s) du succès',
      'Medida(s) de éxito',
      'Indicators',
      'Indicateur clé',
      'Indicateurs',
      'Indicador clave',
      'Indicadores',
    ],
  },
  {
    key: 'next_steps',
    type: 'text',
    width: 40,
    label: { en: 'Note / next steps', fr: 'Note / prochaines étapes', es: 'Nota / próximos pasos' },
    aliases: [
      'Note/Next steps',
      'Notes / next steps',
      'Comments',
      'Comment',
      'Remarks',
      'Commentaires',
      'Comentarios',
      'Observaciones',
      'Next steps',
      'Note',
      'Notes',
      'Prochaines étapes',
      'Remarques',
      'Próximos pasos',
      'Nota',
      'Notas',
    ],
  },
];

/**
 * A section row: "Outcome 1: …", "Area 2 – Engagement with communities", "Axe 3 – Prévention", "Resultado 4". Its
 * whole title is carried to the tasks below as their area (areas.ts reads the area it names).
 */
const SECTION_WORDS =
  'outcome|output|area|axe|axis|domaine|pillar|pilier|pilar|r[ée]sultat|resultado|objective|objectif|objetivo|eje|' +
  '[áa]rea|section|secci[óo]n';
const SECTION = new RegExp(`^((?:${SECTION_WORDS})\\s*\\d+\\b.*)$`, 'i');

export const ACTION_PLAN: TemplateDef = {
  kind: 'action-plan',
  title: {
    en: 'Inter-agency PSEA workplan',
    fr: 'Plan de travail PEAS inter-agences',
    es: 'Plan de trabajo PEAS interagencial',
  },
  fields: ACTION_PLAN_FIELDS,
  enums: { area: AREA, status: TASK_STATUS },
  keyFields: ['task'],
  section: { pattern: SECTION, field: 'area' },
  keyedColumn: periodColumn,
  minColumns: 3,
  instructions: [
    {
      en:
        'One row per task, with the organisations responsible (separated by commas or semicolons), start and due ' +
        'dates, status and next steps.',
      fr:
        'Une ligne par tâche, avec les organismes responsables (séparés par des virgules ou des points-virgules), ' +
        'les dates de début et d’échéance, le statut et les prochaines étapes.',
      es:
        'Una fila por tarea, con las organizaciones responsables (separadas por comas o punto y coma), las fechas de ' +
        'inicio y límite, el estado y los próximos pasos.',
    },
    {
      en: 'Dates as dd/mm/yyyy or yyyy-mm-dd; the due date is not before the start.',
      fr: 'Dates au format jj/mm/aaaa ou aaaa-mm-jj ; l’échéance n’est pas antérieure au début.',
      es: 'Fechas en formato dd/mm/aaaa o aaaa-mm-dd; la fecha límite no es anterior al inicio.',
    },
    {
      en:
        'Status is Not started, In progress, Completed, Delayed or Cancelled; a task past its due date that is not ' +
        'Completed or Cancelled is overdue.',
      fr:
        'Le statut est Pas commencé, En cours, Terminé, En retard ou Annulé ; une tâche dont l’échéance est passée ' +
        'et qui n’est ni Terminée ni Annulée est en retard.',
      es:
        'El estado es No iniciado, En curso, Completado, Retrasado o Cancelado; una tarea con la fecha límite ' +
        'vencida que no está Completada ni Cancelada está atrasada.',
    },
  ],
};
