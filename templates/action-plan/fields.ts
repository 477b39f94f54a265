/**
 * The inter-agency PSEA action plan / workplan: one row per task, under section rows that name its area. Its
 * timeframe is start and due dates, a timeline as written ("6th-13th of May"), or the marked periods of a Gantt
 * (columns "Q1 2026" or "Jan … Dec", keyed columns read by periods.ts).
 */
import type { FieldDef, TemplateDef } from '../core/schema.js';
import {
  COMMENT,
  DATE,
  DUE,
  END,
  IMPLEMENTATION,
  NUMBER,
  PARTY,
  PROGRESS,
  REF,
  RESPONSIBLE,
  START,
  STATUS,
  SUPPORT,
  TIMELINE,
  UNIT,
} from '../core/headers/vocabulary.js';
import {
  AGENCY,
  AREA as AREA_WORDS,
  INDICATOR,
  NEXT_STEPS,
  OBJECTIVE,
  PARTNER,
  TASK,
  WHO,
} from '../inter-agency/concepts.js';
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
    headers: { all: [[REF, NUMBER]], may: [TASK] },
    exact: ['#', 'Nº'],
  },
  {
    key: 'task',
    type: 'text',
    required: true,
    width: 50,
    hxl: '#description',
    label: { en: 'Task', fr: 'Tâche', es: 'Tarea' },
    headers: { all: [TASK] },
  },
  {
    key: 'area',
    type: 'enum',
    enumId: 'area',
    width: 24,
    hxl: '#sector',
    label: { en: 'Area', fr: 'Domaine', es: 'Área' },
    headers: { all: [AREA_WORDS] },
  },
  {
    key: 'responsible_orgs',
    type: 'codes',
    required: true,
    width: 26,
    hxl: '#org+responsible',
    label: { en: 'Responsible org.', fr: 'Organisme(s) responsable(s)', es: 'Organización responsable' },
    headers: { all: [[RESPONSIBLE, WHO]], may: [AGENCY, PARTY, UNIT] },
    exact: ['Team Member Responsible', 'Agencia líder'],
  },
  {
    key: 'outcome',
    type: 'text',
    width: 30,
    label: { en: 'Outcome', fr: 'Résultat', es: 'Resultado' },
    headers: { all: [OBJECTIVE] },
  },
  {
    key: 'support_orgs',
    type: 'codes',
    width: 22,
    hxl: '#org+support',
    label: { en: 'Support', fr: 'Appui', es: 'Apoyo' },
    headers: { all: [[SUPPORT, PARTNER]], may: [AGENCY, PARTY] },
  },
  {
    key: 'start',
    type: 'date',
    width: 12,
    hxl: '#date+start',
    label: { en: 'Start', fr: 'Début', es: 'Inicio' },
    headers: { all: [START], may: [DATE] },
  },
  {
    key: 'due',
    type: 'date',
    width: 12,
    hxl: '#date+due',
    label: { en: 'Due', fr: 'Échéance', es: 'Fecha límite' },
    // A timeframe as written ("6th-13th of May") is the timeline's, read by timeline.ts.
    headers: { all: [[DUE, END]], may: [DATE], not: [TIMELINE] },
  },
  {
    key: 'timeline',
    type: 'text',
    width: 24,
    hxl: '#date+timeline',
    label: { en: 'Timeline', fr: 'Calendrier', es: 'Calendario' },
    headers: { all: [TIMELINE] },
    exact: ['Period', 'Période', 'Período', 'Échéancier'],
  },
  {
    key: 'status',
    type: 'enum',
    enumId: 'status',
    width: 14,
    hxl: '#status',
    label: { en: 'Status', fr: 'Statut', es: 'Estado' },
    headers: { all: [[STATUS, PROGRESS]], may: [IMPLEMENTATION] },
  },
  {
    key: 'indicator',
    type: 'text',
    width: 30,
    hxl: '#indicator',
    label: { en: 'Indicator', fr: 'Indicateur', es: 'Indicador' },
    headers: { all: [INDICATOR] },
  },
  {
    key: 'next_steps',
    type: 'text',
    width: 40,
    label: { en: 'Note / next steps', fr: 'Note / prochaines étapes', es: 'Nota / próximos pasos' },
    headers: { all: [[NEXT_STEPS, COMMENT]] },
    exact: ['Remarques'],
  },
];

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
