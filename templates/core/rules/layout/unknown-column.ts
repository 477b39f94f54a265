import { sheetRule } from '../context.js';
import { text } from '../../rule.js';
import { unreadColumns } from '../../headers/unknown.js';

export default sheetRule({
  id: 'layout.unknown-column',
  severity: 'warning',
  title: {
    en: 'Column not in the template',
    fr: 'Colonne hors du modèle',
    es: 'Columna fuera de la plantilla',
  },
  messages: {
    en: text(
      'Column {column} "{header}" is not a field of the template; its values are kept as an extra column of the ',
      'outputs, unchecked.',
    ),
    fr:
      'La colonne {column} « {header} » n’est pas un champ du modèle ; ses valeurs sont gardées dans une colonne ' +
      'supplémentaire des résultats, sans contrôle.',
    es:
      'La columna {column} «{header}» no es un campo de la plantilla; sus valores se conservan como columna ' +
      'adicional de los resultados, sin verificar.',
  },
  fields: [],
  doc: {
    checks:
      'Each header cell maps to a field of the template; a header that names no field but comes close to one (a ' +
      'typo, or half its words a field’s) is reported on its cell, with that field as the suggestion. A header far ' +
      'from every field is a column of your own (layout.extra-column).',
    why:
      'A misspelt header ("Managment respons") hides a whole column from the rules and the tables; a column of your ' +
      'own is kept, but nothing checks it.',
    fix:
      'Rename the header to the field it holds (the suggestion), or leave it: its values travel unchecked as an ' +
      '"extra:" column.',
    example: {
      input: 'A matrix with a column F headed "Managment respons".',
      params: { column: 'F', header: 'Managment respons' },
    },
  },
  check({ def, table }, emit) {
    for (const { column, row, sheetColumn, letter, near } of unreadColumns(def, table)) {
      if (near === undefined) continue;
      emit(
        { row, column: sheetColumn, value: column.header, suggestion: near },
        { column: letter, header: column.header },
      );
    }
  },
});
