import { sheetRule } from './context.js';

export default sheetRule({
  id: 'management-response.unit-unknown',
  severity: 'warning',
  title: { en: 'Unknown unit code', fr: 'Code d’unité inconnu', es: 'Código de unidad desconocido' },
  messages: {
    en: 'Unit code "{value}" is not in the unit list.',
    fr: 'Le code d’unité « {value} » ne figure pas dans la liste des unités.',
    es: 'El código de unidad «{value}» no está en la lista de unidades.',
  },
  fields: ['responsible_units', 'support_units'],
  doc: {
    checks:
      'Each code in the responsible and support unit cells (split on , ; / and "and/et/y") is in the unit list; a ' +
      'near miss gets the nearest code.',
    why:
      "The status-by-unit table counts by code: a misspelt code becomes a unit of its own, and the real unit's " +
      'figures are short.',
    fix: 'Correct the code (the suggestion), or add the unit to the list on the Settings sheet.',
    example: { input: 'Responsible unit typed "PSEA-H".', params: { value: 'PSEA-H' } },
  },
  check({ rows }, emit) {
    for (const row of rows)
      for (const { field, tokens } of row.units)
        for (const { token, match } of tokens) {
          if (match.kind !== 'unknown') continue;
          const target = { row: row.source.row, field, value: token };
          emit(match.suggestion ? { ...target, suggestion: match.suggestion } : target, { value: token });
        }
  },
});
