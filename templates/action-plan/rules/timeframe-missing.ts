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
    checks:
      'Each task says when it happens: a start or due date, a timeline with a date ("By 29th of April", "Q3 ' +
      '2026"), or at least one marked period of a Gantt.',
    why:
      'A task with no timeframe can never be late: it drops out of the overdue list and the follow-up, and the ' +
      'seed asks that every action have one.',
    fix: 'Give the task its dates, or mark the quarters or months it runs in.',
    example: { input: 'Task 4.2 with no quarter marked.', params: { value: '—' } },
  },
  check({ table, rows }, emit) {
    for (const row of rows) {
      if (!hasNoTimeframe(row)) continue;
      const value = cellText(row.timelineRaw) || '—';
      emit({ ...timeframeTarget(table, row), ...(row.periodCell ? { cell: row.periodCell } : {}) }, { value });
    }
  },
});
