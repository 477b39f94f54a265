import { sheetRule } from '../context.js';
import { text } from '../../rule.js';

export default sheetRule({
  id: 'cell.date-ambiguous',
  severity: 'warning',
  title: {
    en: 'Date with an unclear day and month',
    fr: 'Date au jour et au mois incertains',
    es: 'Fecha con día y mes dudosos',
  },
  messages: {
    en: text(
      'Date "{value}" can be read as {dmy} (day first) or {mdy} (month first); read as {dmy}. Write it as yyyy-mm-dd.',
    ),
    fr:
      'La date « {value} » peut se lire {dmy} (jour d’abord) ou {mdy} (mois d’abord) ; lue comme {dmy}. Écrivez-la ' +
      'aaaa-mm-jj.',
    es:
      'La fecha «{value}» puede leerse {dmy} (día primero) o {mdy} (mes primero); leída como {dmy}. Escríbala ' +
      'aaaa-mm-dd.',
  },
  fields: [],
  doc: {
    checks: {
      en:
        'A date typed as text with both day and month at 12 or below (03/04/2024) is read day first, unless ' +
        'another date of the same sheet can only be read one way (31/03/2024), which settles the order.',
      fr:
        'Une date écrite en texte dont le jour et le mois sont tous deux de 12 ou moins (03/04/2024) est lue ' +
        'jour d’abord, sauf si une autre date de la même feuille ne peut se lire que d’une façon ' +
        '(31/03/2024), ce qui fixe l’ordre.',
      es:
        'Una fecha escrita como texto con el día y el mes ambos de 12 o menos (03/04/2024) se lee con el día ' +
        'primero, salvo que otra fecha de la misma hoja solo pueda leerse de una manera (31/03/2024), lo que ' +
        'fija el orden.',
    },
    why: {
      en: 'Read the wrong way, a due date moves by months: a task shows as overdue, or not, by mistake.',
      fr:
        'Lue à l’envers, une échéance se déplace de plusieurs mois : une tâche paraît en retard, ou non, par ' +
        'erreur.',
      es: 'Leída al revés, una fecha límite se mueve meses: una tarea aparece como vencida, o no, por error.',
    },
    fix: {
      en: 'Write the date as yyyy-mm-dd, or enter it as an Excel date.',
      fr: 'Écrivez la date aaaa-mm-jj, ou saisissez-la comme date Excel.',
      es: 'Escriba la fecha como aaaa-mm-dd, o introdúzcala como fecha de Excel.',
    },
    example: {
      input: {
        en: 'A due date typed "03/04/2024" on a sheet with no other date.',
        fr: 'Une échéance écrite « 03/04/2024 » sur une feuille sans autre date.',
        es: 'Una fecha límite escrita «03/04/2024» en una hoja sin otra fecha.',
      },
      params: { value: '03/04/2024', dmy: '2024-04-03', mdy: '2024-03-04' },
    },
  },
  check({ readings }, emit) {
    for (const d of readings.dates) {
      if (!d.date?.ambiguous) continue;
      emit(
        { row: d.row, field: d.field, value: d.text, suggestion: d.date.iso },
        { value: d.text, dmy: d.date.ambiguous.dmy, mdy: d.date.ambiguous.mdy },
      );
    }
  },
});
