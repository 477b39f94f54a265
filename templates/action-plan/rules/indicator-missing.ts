import { sheetRule } from './context.js';

export default sheetRule({
  id: 'action-plan.indicator-missing',
  severity: 'warning',
  title: { en: 'Task without an indicator', fr: 'Tâche sans indicateur', es: 'Tarea sin indicador' },
  messages: {
    en: '{count} {count:task|tasks} without an indicator ({scope}): every action needs an indicator and a timeframe.',
    fr: '{count} {count:tâche|tâches} sans indicateur ({scope}) : chaque action exige un indicateur et un calendrier.',
    es: '{count} {count:tarea|tareas} sin indicador ({scope}): cada acción necesita un indicador y un plazo.',
  },
  terms: {
    scope: {
      task: { en: 'its cell is empty', fr: 'sa cellule est vide', es: 'su celda está vacía' },
      sheet: {
        en: 'the sheet has no indicator column',
        fr: 'la feuille n’a pas de colonne d’indicateur',
        es: 'la hoja no tiene columna de indicador',
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
    for (const row of rows)
      if (!row.indicator) emit({ row: row.source.row, field: 'indicator' }, { scope: 'task', count: 1 });
  },
});
