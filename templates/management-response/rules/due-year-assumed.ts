import { sheetRule } from './context.js';

export default sheetRule({
  id: 'management-response.due-year-assumed',
  severity: 'info',
  title: { en: 'Due date without a year', fr: 'Échéance sans année', es: 'Fecha límite sin año' },
  messages: {
    en: 'Due date "{value}" has no year: read as {date}, the year being {from}.',
    fr: 'L’échéance « {value} » n’a pas d’année : lue comme {date}, l’année étant {from}.',
    es: 'La fecha límite «{value}» no tiene año: se lee como {date}, siendo el año {from}.',
  },
  terms: {
    from: {
      sheet: {
        en: 'the one the other due dates of the sheet use most',
        fr: 'celle que les autres échéances de la feuille utilisent le plus',
        es: 'el que más usan las demás fechas límite de la hoja',
      },
      'as-of': {
        en: 'the year of the run date (--as-of)',
        fr: 'celle de la date d’exécution (--as-of)',
        es: 'el de la fecha de ejecución (--as-of)',
      },
    },
  },
  fields: ['due'],
  doc: {
    checks:
      'A due date written without its year ("By 15th April", "end of June") is dated in the year the other due ' +
      "dates of the sheet use most, or the run date's year when they give none; the finding says which.",
    why: 'The year decides whether the action is overdue: the reader should see the one that was taken.',
    fix: 'Write the year in the cell if the one taken is wrong.',
    example: {
      input: 'Due date "By 15th April" on a sheet whose other dates are in 2027.',
      params: { value: 'By 15th April', date: '2027-04-15', from: 'sheet' },
    },
  },
  check({ rows }, emit) {
    for (const row of rows)
      if (row.due?.kind === 'date' && row.due.assumed)
        emit(
          { row: row.source.row, field: 'due', value: row.due.text, suggestion: row.due.iso },
          { value: row.due.text, date: row.due.iso, from: row.due.assumed.from },
        );
  },
});
