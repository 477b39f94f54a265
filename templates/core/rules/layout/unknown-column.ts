import { sheetRule } from '../context.js';
import { text } from '../../rule.js';
import { headerCells } from '../../columns.js';
import { aliasIndex } from '../../header.js';
import { didYouMean } from '../../text.js';

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
      'Each header cell maps to a field of the template; a header that matches no field is reported on its cell, ' +
      'with the nearest field when one is close.',
    why:
      'A misspelt header ("Managment respons") hides a whole column from the rules and the tables; a column of your ' +
      'own is kept, but nothing checks it.',
    fix:
      'Rename the header to the field it holds (the suggestion), or leave it: its values travel unchecked as an ' +
      '"extra:" column.',
    example: {
      input: 'A matrix with an extra column F headed "Budget (€)".',
      params: { column: 'F', header: 'Budget (€)' },
    },
  },
  check({ def, table }, emit) {
    const at = headerCells(table);
    const index = aliasIndex(def);
    const spellings = [...index.keys()];
    for (const col of table.header.columns) {
      if (col.field !== undefined) continue;
      const near = didYouMean(col.header, spellings);
      const suggestion = near === undefined ? undefined : index.get(near);
      emit(
        { row: at.row, column: at.column(col.index), value: col.header, ...(suggestion ? { suggestion } : {}) },
        { column: at.letter(col.index), header: col.header },
      );
    }
  },
});
