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
    checks: {
      en:
        'Each task has an indicator: its cell when the sheet has an indicator column, else one finding on ' +
        'the header for the whole sheet.',
      fr:
        'Chaque tâche a un indicateur : sa cellule quand la feuille a une colonne « Indicateur », sinon un ' +
        'seul constat sur l’en-tête pour toute la feuille.',
      es:
        'Cada tarea tiene un indicador: su celda cuando la hoja tiene columna «Indicador», si no un solo ' +
        'hallazgo en el encabezado para toda la hoja.',
    },
    why: {
      en:
        'The seed’s action-plan template asks that every action have an indicator and a timeframe: without ' +
        'one, nobody can say whether the task achieved what it was for.',
      fr:
        'Le modèle de plan d’action de référence demande que chaque action ait un indicateur et un ' +
        'calendrier : sans indicateur, personne ne peut dire si la tâche a atteint son but.',
      es:
        'La plantilla de plan de acción de referencia pide que cada acción tenga un indicador y un plazo: ' +
        'sin indicador, nadie puede decir si la tarea logró su objetivo.',
    },
    fix: {
      en: 'Add an indicator column if there is none, and write each task’s indicator (what shows it is done).',
      fr:
        'Ajoutez une colonne « Indicateur » s’il n’y en a pas, et écrivez l’indicateur de chaque tâche (ce ' +
        'qui montre qu’elle est faite).',
      es:
        'Añada una columna «Indicador» si no la hay, y escriba el indicador de cada tarea (lo que muestra ' +
        'que está hecha).',
    },
    example: {
      input: {
        en: 'Task 4.2 has an empty indicator cell.',
        fr: 'La tâche 4.2 a une cellule « Indicateur » vide.',
        es: 'La tarea 4.2 tiene la celda «Indicador» vacía.',
      },
      params: { scope: 'task', count: 1 },
    },
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
