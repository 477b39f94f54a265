import { sheetRule } from './context.js';
import { pointLetter } from '../numbering.js';

export default sheetRule({
  id: 'management-response.point-invalid',
  severity: 'warning',
  title: { en: 'Point not a letter', fr: 'Point qui n’est pas une lettre', es: 'Punto que no es una letra' },
  messages: {
    en: 'Point "{value}" is not a single letter a–z.',
    fr: 'Le point « {value} » n’est pas une lettre unique a–z.',
    es: 'El punto «{value}» no es una sola letra a–z.',
  },
  fields: ['point'],
  doc: {
    checks: 'The Point cell of a row is blank or one letter a–z ("a", "(a)", "a)" and "a." are the point a).',
    why:
      'Points split a recommendation into parts answered one by one; a point that is not a letter is read as the ' +
      "recommendation's own row, so its answer counts for the whole recommendation.",
    fix: 'Write the point as one letter, with a row per point.',
    example: { input: 'Point typed "a-b" on one row.', params: { value: 'a-b' } },
  },
  check({ rows }, emit) {
    for (const row of rows) {
      const letter = pointLetter(row);
      if (letter && !/^[a-z]$/i.test(letter))
        emit({ row: row.source.row, field: 'point', value: row.pointText }, { value: row.pointText });
    }
  },
});
