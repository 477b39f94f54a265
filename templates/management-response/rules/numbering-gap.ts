import { sheetRule } from './context.js';
import { missingNumbers } from '../numbering.js';

export default sheetRule({
  id: 'management-response.numbering-gap',
  severity: 'warning',
  title: { en: 'Gap in the numbering', fr: 'Trou dans la numérotation', es: 'Salto en la numeración' },
  messages: {
    en: 'Recommendation numbers skip {missing} (numbers run from {from} to {to}).',
    fr: 'La numérotation saute {missing} (de {from} à {to}).',
    es: 'La numeración salta {missing} (de {from} a {to}).',
  },
  fields: ['rec_no'],
  doc: {
    checks:
      'The recommendation numbers of a sheet run from 1 to the largest without a gap (long gaps are shown as ' +
      'ranges, at most 20 of them).',
    why:
      'A missing number is usually a recommendation left out of the response: the acceptance table then reports ' +
      'fewer recommendations than the evaluation made.',
    fix: 'Add the missing recommendations, or check the numbers typed next to the gap.',
    example: { input: 'A matrix with recommendations 1–3 and 5.', params: { missing: '4', from: 1, to: 5 } },
  },
  check({ recs }, emit) {
    if (!recs.length) return;
    const numbers = [...new Set(recs.map((r) => r.recNo))].sort((a, b) => a - b);
    const missing = missingNumbers(numbers, 1);
    if (!missing) return;
    // On the first recommendation after the first gap: where the numbering jumps.
    const after = recs.find((r, i) => r.recNo !== i + 1);
    const at = after
      ? { row: after.main.source.row, field: 'rec_no', value: String(after.recNo) }
      : { field: 'rec_no' };
    emit(at, { missing, from: 1, to: numbers[numbers.length - 1] });
  },
});
