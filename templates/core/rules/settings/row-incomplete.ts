import { settingsRule } from '../context.js';

export default settingsRule({
  id: 'settings.row-incomplete',
  severity: 'warning',
  title: {
    en: 'Settings row incomplete',
    fr: 'Ligne de paramètres incomplète',
    es: 'Fila de configuración incompleta',
  },
  messages: {
    en: 'Settings row ignored: a "{type}" row needs the columns {needs}.',
    fr: 'Ligne de paramètres ignorée : une ligne « {type} » doit remplir les colonnes {needs}.',
    es: 'Fila de configuración ignorada: una fila «{type}» necesita las columnas {needs}.',
  },
  fields: [],
  doc: {
    checks:
      'A Settings row of a known type fills the columns its type needs (`type | key | name | from | to`): a pillar ' +
      'its number, name, first and last recommendation; a criterion its digit and name; a unit or an agency its ' +
      'code.',
    why:
      'An incomplete row is ignored, so the pillar, criterion, unit or agency it declares is not used by the rules ' +
      'or the tables.',
    fix: 'Fill the missing cells of the row, or delete it.',
    example: {
      input: 'A row "pillar | 2 | Response" with no range.',
      params: { type: 'pillar', needs: 'key, name, from, to' },
    },
  },
  check({ rows }, emit) {
    for (const r of rows) {
      if (!r.rowType || !r.result || !('missing' in r.result)) continue;
      emit(
        { sheet: r.sheet, row: r.row, field: 'type', column: 0, value: r.type },
        { type: r.type, needs: r.rowType.needs.join(', ') },
      );
    }
  },
});
