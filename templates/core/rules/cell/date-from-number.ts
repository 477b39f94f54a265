import { sheetRule } from '../context.js';
import { text } from '../../rule.js';

export default sheetRule({
  id: 'cell.date-from-number',
  severity: 'warning',
  title: {
    en: 'Number read as a date',
    fr: 'Nombre lu comme une date',
    es: 'Número leído como fecha',
  },
  messages: {
    en: text(
      'The date column holds the number {value}, in a cell not formatted as a date; it was read as the Excel date ',
      '{date}. If that is the date meant, format the cell as a date.',
    ),
    fr:
      'La colonne de dates contient le nombre {value}, dans une cellule qui n’est pas au format date ; il a été lu ' +
      'comme la date Excel {date}. Si c’est bien la date voulue, mettez la cellule au format date.',
    es:
      'La columna de fechas contiene el número {value}, en una celda sin formato de fecha; se leyó como la fecha de ' +
      'Excel {date}. Si es la fecha deseada, dé a la celda formato de fecha.',
  },
  fields: [],
  doc: {
    checks:
      'A number in a date column counts as a date only in a cell formatted as a date. A number of 1950 or later ' +
      '(18264 and more) in a cell that is not is read as an Excel date serial, and said; a smaller one (a year such ' +
      'as 2026) is not a date.',
    why:
      'Excel shows such a cell as a number: the date it stands for is a guess, which would move a due date, or an ' +
      'overdue list, if the number was meant as something else.',
    fix: 'Format the cell as a date (Format Cells › Date), or type the date as yyyy-mm-dd.',
    example: {
      input: 'A due date 46400 in a cell with the General format.',
      params: { value: '46400', date: '2027-01-13' },
    },
  },
  check({ readings }, emit) {
    for (const d of readings.dates) {
      if (!d.date?.serial) continue;
      emit({ row: d.row, field: d.field, value: d.text }, { value: d.text, date: d.date.iso });
    }
  },
});
