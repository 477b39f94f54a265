import { sheetRule, timeframeTarget } from './context.js';
import { hasNoTimeframe } from '../rows.js';
import { cellText } from '../../core/text.js';

export default sheetRule({
  id: 'action-plan.timeframe-missing',
  severity: 'warning',
  title: { en: 'Task without a timeframe', fr: 'Tâche sans calendrier', es: 'Tarea sin plazo' },
  messages: {
    en: 'The task has no timeframe ({value}): give start and due dates, a dated timeline, or mark its periods.',
    fr:
      'La tâche n’a pas de calendrier ({value}) : indiquez un début et une échéance, un calendrier daté ou ' +
      'ses périodes.',
    es:
      'La tarea no tiene plazo ({value}): indique inicio y fecha límite, un calendario con fechas o marque ' +
      'sus períodos.',
  },
  fields: ['start', 'due', 'timeline'],
  doc: {
    checks: {
      en:
        'Each task says when it happens: a start or due date, a timeline with a date ("By 29th of April", ' +
        '"Q3 2026"), or at least one marked period of a Gantt.',
      fr:
        'Chaque tâche dit quand elle a lieu : un début ou une échéance, un calendrier avec une date (« Avant ' +
        'le 29 avril », « T3 2026 »), ou au moins une période marquée d’un Gantt.',
      es:
        'Cada tarea dice cuándo se realiza: una fecha de inicio o límite, un calendario con fecha («Antes ' +
        'del 29 de abril», «T3 2026»), o al menos un período marcado de un Gantt.',
    },
    why: {
      en:
        'A task with no timeframe can never be late: it drops out of the overdue list and the follow-up, and ' +
        'the seed asks that every action have one.',
      fr:
        'Une tâche sans calendrier ne peut jamais être en retard : elle sort de la liste des retards et du ' +
        'suivi, et le plan de référence demande que chaque action en ait un.',
      es:
        'Una tarea sin plazo nunca puede estar atrasada: sale de la lista de atrasadas y del seguimiento, y ' +
        'el plan de referencia pide que cada acción tenga uno.',
    },
    fix: {
      en: 'Give the task its dates, or mark the quarters or months it runs in.',
      fr: 'Donnez ses dates à la tâche, ou marquez les trimestres ou les mois où elle se déroule.',
      es: 'Dé sus fechas a la tarea, o marque los trimestres o meses en que se desarrolla.',
    },
    example: {
      input: {
        en: 'Task 4.2 with no quarter marked.',
        fr: 'La tâche 4.2 sans aucun trimestre marqué.',
        es: 'La tarea 4.2 sin ningún trimestre marcado.',
      },
      params: { value: '—' },
    },
  },
  check({ table, rows }, emit) {
    for (const row of rows) {
      if (!hasNoTimeframe(row)) continue;
      const value = cellText(row.timelineRaw) || '—';
      emit({ ...timeframeTarget(table, row), ...(row.periodCell ? { cell: row.periodCell } : {}) }, { value });
    }
  },
});
