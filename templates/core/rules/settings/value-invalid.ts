import { settingsRule } from '../context.js';

export default settingsRule({
  id: 'settings.value-invalid',
  severity: 'warning',
  title: {
    en: 'Settings value not allowed',
    fr: 'Valeur de paramètre non admise',
    es: 'Valor de configuración no admitido',
  },
  messages: {
    en: 'Settings row ignored: "{value}" in column {column} is not one of {expected}.',
    fr: 'Ligne de paramètres ignorée : « {value} » dans la colonne {column} n’est pas l’une des valeurs {expected}.',
    es: 'Fila de configuración ignorada: «{value}» en la columna {column} no es uno de {expected}.',
  },
  fields: [],
  doc: {
    checks:
      "A Settings cell that takes a value from a list holds one of them: an agency row's type is UN, INGO, NNGO, " +
      'Government or Other.',
    why: 'The row is ignored, so the agency it declares stays unknown and every row naming it is reported.',
    fix: 'Use one of the listed values (in English, French or Spanish), or leave the cell blank.',
    example: {
      input: 'A row "agency | KWN | Kestria Women Network | Charity".',
      params: { value: 'Charity', column: 'D', expected: 'UN, INGO, NNGO, Government, Other' },
    },
  },
  check({ rows }, emit) {
    for (const r of rows) {
      if (!r.result || !('invalid' in r.result)) continue;
      const { column, value, expected } = r.result.invalid;
      emit({ sheet: r.sheet, row: r.row, field: 'type', column: 0, value: r.type }, { value, column, expected });
    }
  },
});
