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
    checks:
      'A date typed as text with both day and month at 12 or below (03/04/2024) is read day first, unless another ' +
      'date of the same sheet can only be read one way (31/03/2024), which settles the order.',
    why: 'Read the wrong way, a due date moves by months: a task shows as overdue, or not, by mistake.',
    fix: 'Write the date as yyyy-mm-dd, or enter it as an Excel date.',
    example: {
      input: 'A due date typed "03/04/2024" on a sheet with no other date.',
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
