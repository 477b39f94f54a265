import { sheetRule } from './context.js';

export default sheetRule({
  id: 'action-plan.indicator-missing',
  severity: 'warning',
  title: { en: 'Task without an indicator', fr: 'Tâche sans indicateur', es: 'Tarea sin indicador' },
  messages: {
    en: 'No indicator for {scope} ({count} task(s)): every action needs an indicator and a timeframe.',
    fr: 'Aucun indicateur pour {scope} ({count} tâche(s)) : chaque action exige un indicateur et un calendrier.',
    es: 'Ningún indicador para {scope} ({count} tarea(s)): cada acción necesita un indicador y un plazo.',
  },
  terms: {
    scope: {
      task: { en: 'this task', fr: 'cette tâche', es: 'esta tarea' },
      sheet: {
        en: 'the tasks of this sheet (it has no indicator column)',
        fr: 'les tâches de cette feuille (elle n’a pas de colonne d’indicateur)',
        es: 'las tareas de esta hoja (no tiene columna de indicador)',
      },
    },
  },
  counts: ['count'],
  fields: ['indicator'],
  doc: {
    checks:
      'Each task has an indicator: its cell when the sheet has an indicator column, else one finding on the header ' +
      'for the whole sheet.',
    why:
      'The seed’s action-plan template asks that every action have an indicator and a timeframe: without one, ' +
      'nobody can say whether the task achieved what it was for.',
    fix: 'Add an indicator column if there is none, and write each task’s indicator (what shows it is done).',
    example: { input: 'Task 4.2 has an empty indicator cell.', params: { scope: 'task', count: 1 } },
  },
  check({ table, rows }, emit) {
    if (!rows.length) return;
    if (!('indicator' in table.header.fieldColumns)) {
      const header = table.header.rows[table.header.rows.length - 1] + table.firstRow;
      const first = table.header.columns[0]?.index ?? 0;
      emit({ row: header, column: first + table.firstColumn - 1 }, { scope: 'sheet', count: rows.length });
      return;
    }
    for (const row of rows) if (!row.indicator) emit({ row: row.source.row, field: 'indicator' }, { scope: 'task', count: 1 });
  },
});
