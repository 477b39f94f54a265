import { sheetRule } from './context.js';

export default sheetRule({
  id: 'management-response.due-invalid',
  severity: 'warning',
  title: { en: 'Due date unreadable', fr: 'Échéance illisible', es: 'Fecha límite ilegible' },
  messages: {
    en: 'Due date "{value}" is not a date, a month, a quarter or a year.',
    fr: 'L’échéance « {value} » n’est ni une date, ni un mois, ni un trimestre, ni une année.',
    es: 'La fecha límite «{value}» no es una fecha, un mes, un trimestre ni un año.',
  },
  fields: ['due'],
  doc: {
    checks:
      'A due date is an Excel date, yyyy-mm-dd, dd/mm/yyyy, a month ("2027/03", "Mar 2027", "fin juin 2027"), a ' +
      'quarter ("Q1 2027", "T1 2027"), a year, a day without its year ("By 15th April"), or says there is none ' +
      '("No due date").',
    why: 'A due date nobody can read is counted as no date: the action is never overdue and never on time.',
    fix: 'Write the date in one of these forms; "as soon as possible" needs a date the office commits to.',
    example: { input: 'Due date typed "dès que possible".', params: { value: 'dès que possible' } },
  },
  check({ rows }, emit) {
    for (const row of rows)
      if (row.due?.kind === 'invalid')
        emit({ row: row.source.row, field: 'due', value: row.due.text }, { value: row.due.text });
  },
});
