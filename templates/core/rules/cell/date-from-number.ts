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
    checks: {
      en:
        'A number in a date column counts as a date only in a cell formatted as a date. A number of 1950 or ' +
        'later (18264 and more) in a cell that is not is read as an Excel date serial, and said; a smaller ' +
        'one (a year such as 2026) is not a date.',
      fr:
        'Un nombre dans une colonne de dates ne compte comme date que dans une cellule au format date. Un ' +
        'nombre de 1950 ou après (18264 et plus) dans une cellule qui ne l’est pas est lu comme numéro de ' +
        'série de date Excel, et c’est signalé ; un nombre plus petit (une année comme 2026) n’est pas une ' +
        'date.',
      es:
        'Un número en una columna de fechas solo cuenta como fecha en una celda con formato de fecha. Un ' +
        'número de 1950 en adelante (18264 o más) en una celda sin ese formato se lee como número de serie ' +
        'de fecha de Excel, y se indica; uno menor (un año como 2026) no es una fecha.',
    },
    why: {
      en:
        'Excel shows such a cell as a number: the date it stands for is a guess, which would move a due ' +
        'date, or an overdue list, if the number was meant as something else.',
      fr:
        'Excel affiche une telle cellule comme un nombre : la date qu’elle représente est une supposition, ' +
        'qui déplacerait une échéance, ou une liste de retards, si le nombre voulait dire autre chose.',
      es:
        'Excel muestra esa celda como un número: la fecha que representa es una suposición, que movería una ' +
        'fecha límite, o una lista de vencidas, si el número quería decir otra cosa.',
    },
    fix: {
      en: 'Format the cell as a date (Format Cells › Date), or type the date as yyyy-mm-dd.',
      fr: 'Mettez la cellule au format date (Format de cellule › Date), ou écrivez la date aaaa-mm-jj.',
      es: 'Dé a la celda formato de fecha (Formato de celdas › Fecha), o escriba la fecha como aaaa-mm-dd.',
    },
    example: {
      input: {
        en: 'A due date 46400 in a cell with the General format.',
        fr: 'Une échéance 46400 dans une cellule au format Standard.',
        es: 'Una fecha límite 46400 en una celda con formato General.',
      },
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
