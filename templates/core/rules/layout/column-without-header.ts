import { sheetRule } from '../context.js';
import { text } from '../../rule.js';

export default sheetRule({
  id: 'layout.column-without-header',
  severity: 'info',
  title: {
    en: 'Values in a column without a header',
    fr: 'Valeurs dans une colonne sans en-tête',
    es: 'Valores en una columna sin encabezado',
  },
  messages: {
    en: text(
      'Column {column} has no header but holds {count} {count:value|values}, the first on row {row}: ',
      '{count:it is|they are} kept as an extra column "column {column}" of the outputs, unchecked.',
    ),
    fr:
      'La colonne {column} n’a pas d’en-tête mais contient {count} {count:valeur|valeurs}, la première à la ligne ' +
      '{row} : {count:elle est gardée|elles sont gardées} dans une colonne supplémentaire « column {column} » des ' +
      'résultats, sans contrôle.',
    es:
      'La columna {column} no tiene encabezado pero contiene {count} {count:valor|valores}, el primero en la fila ' +
      '{row}: {count:se conserva|se conservan} como columna adicional «column {column}» de los resultados, sin ' +
      'verificar.',
  },
  counts: ['count'],
  fields: [],
  doc: {
    checks: 'A column whose header cell is blank holds no value on the rows read as records.',
    why:
      'With no header, no field reads the column: its values would vanish from every output without a word. They ' +
      'travel with their records as an extra column instead, and this says where they are.',
    fix: 'Give the column a header: one of the template’s (see templates/ALIASES.md) to have it checked, or your own.',
    example: {
      input: 'A matrix whose column F has a blank header and "secret note" on row 2.',
      params: { column: 'F', count: 1, row: 2 },
    },
  },
  check({ table }, emit) {
    for (const { column, index, row, count } of table.unnamed)
      emit({ row, column: index + table.firstColumn - 1 }, { column, count, row });
  },
});
