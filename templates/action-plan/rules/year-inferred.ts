import { sheetRule } from './context.js';
import { text } from '../../core/rule.js';

export default sheetRule({
  id: 'action-plan.year-inferred',
  severity: 'info',
  title: {
    en: 'Year of undated days taken from the sheet',
    fr: 'Année des jours sans année tirée de la feuille',
    es: 'Año de los días sin año tomado de la hoja',
  },
  messages: {
    en: text(
      '{count} task {count:date is|dates are} written without a year ("31st of March", "Jan"): read in {year}, ',
      'from {source}.',
    ),
    fr:
      '{count} {count:date de tâche est écrite|dates de tâche sont écrites} sans année (« 31 mars », « janv. ») : ' +
      '{count:lue|lues} en {year}, d’après {source}.',
    es:
      '{count} {count:fecha de tarea está escrita|fechas de tarea están escritas} sin año («31 de marzo», «ene»): ' +
      '{count:leída|leídas} en {year}, según {source}.',
  },
  terms: {
    source: {
      title: { en: 'the sheet’s title', fr: 'le titre de la feuille', es: 'el título de la hoja' },
      timeline: {
        en: 'the year a timeline states',
        fr: 'l’année qu’indique un calendrier',
        es: 'el año que indica un calendario',
      },
      'as-of': {
        en: 'the reference date (--as-of)',
        fr: 'la date de référence (--as-of)',
        es: 'la fecha de referencia (--as-of)',
      },
    },
  },
  counts: ['count'],
  fields: ['start', 'due', 'timeline'],
  doc: {
    checks:
      'When task dates are written without a year (the seed’s "31st of March", a Gantt of "Jan … Dec"), says the ' +
      'year they were read in and where it came from: a year in the title rows, else the year a timeline of the ' +
      'sheet states ("End May 2021"), else the reference date.',
    why:
      'Overdue tasks and days late depend on the year; when the guess is wrong, every date of the sheet is a year ' +
      'off.',
    fix: 'Nothing to do if the year is right; otherwise write the year in the title or in the dates.',
    example: {
      input: 'The seed’s workplan: "31st of March" … "End May 2021".',
      params: { count: 5, year: 2021, source: 'timeline' },
    },
  },
  check({ rows, year }, emit) {
    const count = rows.filter((r) => r.yearless).length;
    if (!count) return;
    const at = year.row === undefined ? { row: rows[0].source.row } : { row: year.row, cell: year.cell };
    emit(at, { count, year: year.year, source: year.source });
  },
});
