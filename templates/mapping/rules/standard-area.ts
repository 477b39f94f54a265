import { sheetRule } from './context.js';

export default sheetRule({
  id: 'mapping.standard-area',
  severity: 'error',
  title: {
    en: 'Standard under the wrong area',
    fr: 'Norme sous le mauvais domaine',
    es: 'Norma bajo el área equivocada',
  },
  messages: {
    en: '{standard} belongs to the area "{expected}", not "{area}".',
    fr: '{standard} relève du domaine « {expected} », pas « {area} ».',
    es: '{standard} pertenece al área «{expected}», no a «{area}».',
  },
  fields: ['standard', 'area'],
  doc: {
    checks:
      'The stated area of a row is the area its standard belongs to (each MOS-PSEA standard and key action has one ' +
      'area).',
    why:
      "The share in place by area follows the standard's area; a row filed under another area shows that area better " +
      'or worse than it is in the sheet.',
    fix: 'Correct the area (the suggestion), or the standard if it was mistyped.',
    example: {
      input: 'MOS-3 filed under "Prevention".',
      params: { standard: 'MOS-3', expected: 'Engagement with and support of local communities', area: 'Prevention' },
    },
  },
  check({ rows }, emit) {
    for (const row of rows) {
      if (row.wide || !row.standard || !row.area || row.area === row.standard.area) continue;
      emit(
        { row: row.source.row, field: 'area', value: row.areaText, suggestion: row.standard.area },
        { standard: row.standard.id, expected: row.standard.area, area: row.area },
      );
    }
  },
});
