import { sheetRule } from './context.js';

export default sheetRule({
  id: 'management-response.rec-no-invalid',
  severity: 'error',
  title: {
    en: 'Recommendation number not a whole number',
    fr: 'Numéro de recommandation non entier',
    es: 'Número de recomendación no entero',
  },
  messages: {
    en: 'Recommendation number "{value}" is not a positive whole number.',
    fr: 'Le numéro de recommandation « {value} » n’est pas un entier positif.',
    es: 'El número de recomendación «{value}» no es un entero positivo.',
  },
  fields: ['rec_no'],
  doc: {
    checks: 'The Rec # cell holds a positive whole number ("12", "Rec 12", "#12" and "12.0" are read as 12).',
    why:
      'A row without a usable number belongs to no recommendation: it is counted in no acceptance or status table ' +
      'and its links cannot be checked.',
    fix: "Type the recommendation's number as it appears in the evaluation report.",
    example: { input: 'Rec # typed "two".', params: { value: 'two' } },
  },
  check({ rows }, emit) {
    for (const row of rows)
      if (row.recText && row.recNo === undefined)
        emit({ row: row.source.row, field: 'rec_no', value: row.recText }, { value: row.recText });
  },
});
