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
    checks: {
      en:
        'When task dates are written without a year (the seed’s "31st of March", a Gantt of "Jan … Dec"), ' +
        'says the year they were read in and where it came from: a year in the title rows, else the year a ' +
        'timeline of the sheet states ("End May 2021"), else the reference date.',
      fr:
        'Quand des dates de tâche sont écrites sans année (le « 31st of March » du plan de référence, un ' +
        'Gantt « Jan … Dec »), dit en quelle année elles ont été lues et d’où elle vient : une année des ' +
        'lignes de titre, sinon l’année qu’indique un calendrier de la feuille (« Fin mai 2021 »), sinon la ' +
        'date de référence.',
      es:
        'Cuando las fechas de las tareas están escritas sin año (el «31st of March» del plan de referencia, ' +
        'un Gantt «Jan … Dec»), indica en qué año se leyeron y de dónde viene: un año de las filas de ' +
        'título, si no el año que indica un calendario de la hoja («Finales de mayo de 2021»), si no la ' +
        'fecha de referencia.',
    },
    why: {
      en:
        'Overdue tasks and days late depend on the year; when the guess is wrong, every date of the sheet is ' +
        'a year off.',
      fr:
        'Les tâches en retard et les jours de retard dépendent de l’année ; si la supposition est fausse, ' +
        'chaque date de la feuille est décalée d’un an.',
      es:
        'Las tareas atrasadas y los días de retraso dependen del año; si la suposición falla, todas las ' +
        'fechas de la hoja se desplazan un año.',
    },
    fix: {
      en: 'Nothing to do if the year is right; otherwise write the year in the title or in the dates.',
      fr: 'Rien à faire si l’année est juste ; sinon, écrivez l’année dans le titre ou dans les dates.',
      es: 'Nada que hacer si el año es correcto; si no, escriba el año en el título o en las fechas.',
    },
    example: {
      input: {
        en: 'The seed’s workplan: "31st of March" … "End May 2021".',
        fr: 'Le plan de travail de référence : « 31st of March » … « End May 2021 ».',
        es: 'El plan de trabajo de referencia: «31st of March» … «End May 2021».',
      },
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
