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
    checks: {
      en:
        'A due date written without its year ("By 15th April", "end of June") is dated in the year the other ' +
        "due dates of the sheet use most, or the run date's year when they give none; the finding says which.",
      fr:
        'Une échéance écrite sans son année (« Avant le 15 avril », « fin juin ») est datée de l’année que ' +
        'les autres échéances de la feuille utilisent le plus, ou de l’année de la date d’exécution si elles ' +
        'n’en donnent aucune ; le constat dit laquelle.',
      es:
        'Una fecha límite escrita sin su año («Antes del 15 de abril», «a finales de junio») se fecha en el ' +
        'año que más usan las demás fechas límite de la hoja, o en el año de la fecha de ejecución si no dan ' +
        'ninguno; el hallazgo dice cuál.',
    },
    why: {
      en: 'The year decides whether the action is overdue: the reader should see the one that was taken.',
      fr: 'L’année décide si l’action est en retard : le lecteur doit voir celle qui a été retenue.',
      es: 'El año decide si la acción está vencida: el lector debe ver el que se tomó.',
    },
    fix: {
      en: 'Write the year in the cell if the one taken is wrong.',
      fr: 'Écrivez l’année dans la cellule si celle qui a été retenue est fausse.',
      es: 'Escriba el año en la celda si el que se tomó es incorrecto.',
    },
    example: {
      input: {
        en: 'Due date "By 15th April" on a sheet whose other dates are in 2027.',
        fr: 'Échéance « By 15th April » sur une feuille dont les autres dates sont en 2027.',
        es: 'Fecha límite «By 15th April» en una hoja cuyas demás fechas son de 2027.',
      },
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
