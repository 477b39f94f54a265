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
    checks: {
      en:
        'A due date is an Excel date, yyyy-mm-dd, dd/mm/yyyy, a month ("2027/03", "Mar 2027", "fin juin ' +
        '2027"), a quarter ("Q1 2027", "T1 2027"), a year, a day without its year ("By 15th April"), or says ' +
        'there is none ("No due date").',
      fr:
        'Une échéance est une date Excel, aaaa-mm-jj, jj/mm/aaaa, un mois (« 2027/03 », « Mar 2027 », « fin ' +
        'juin 2027 »), un trimestre (« Q1 2027 », « T1 2027 »), une année, un jour sans son année (« Avant ' +
        'le 15 avril »), ou dit qu’il n’y en a pas (« Pas d’échéance »).',
      es:
        'Una fecha límite es una fecha de Excel, aaaa-mm-dd, dd/mm/aaaa, un mes («2027/03», «Mar 2027», «fin ' +
        'juin 2027»), un trimestre («Q1 2027», «T1 2027»), un año, un día sin su año («Antes del 15 de ' +
        'abril»), o indica que no la hay («Sin fecha límite»).',
    },
    why: {
      en: 'A due date nobody can read is counted as no date: the action is never overdue and never on time.',
      fr:
        'Une échéance que personne ne peut lire est comptée comme absente : l’action n’est jamais en retard ' +
        'ni jamais à temps.',
      es:
        'Una fecha límite que nadie puede leer se cuenta como sin fecha: la acción nunca está vencida ni ' +
        'nunca a tiempo.',
    },
    fix: {
      en: 'Write the date in one of these forms; "as soon as possible" needs a date the office commits to.',
      fr:
        'Écrivez la date sous l’une de ces formes ; « dès que possible » demande une date à laquelle le ' +
        'bureau s’engage.',
      es:
        'Escriba la fecha en una de estas formas; «lo antes posible» necesita una fecha con la que la ' +
        'oficina se comprometa.',
    },
    example: {
      input: {
        en: 'Due date typed "dès que possible".',
        fr: 'Échéance saisie « dès que possible ».',
        es: 'Fecha límite escrita «dès que possible».',
      },
      params: { value: 'dès que possible' },
    },
  },
  check({ rows }, emit) {
    for (const row of rows)
      if (row.due?.kind === 'invalid')
        emit({ row: row.source.row, field: 'due', value: row.due.text }, { value: row.due.text });
  },
});
