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
    checks: {
      en: 'A column whose header cell is blank holds no value on the rows read as records.',
      fr:
        'Une colonne dont la cellule d’en-tête est vide ne contient aucune valeur sur les lignes lues comme ' +
        'enregistrements.',
      es:
        'Una columna cuya celda de encabezado está vacía no contiene ningún valor en las filas leídas como ' +
        'registros.',
    },
    why: {
      en:
        'With no header, no field reads the column: its values would vanish from every output without a ' +
        'word. They travel with their records as an extra column instead, and this says where they are.',
      fr:
        'Sans en-tête, aucun champ ne lit la colonne : ses valeurs disparaîtraient de toutes les sorties ' +
        'sans un mot. Elles suivent donc leurs enregistrements dans une colonne supplémentaire, et ce ' +
        'constat dit où elles sont.',
      es:
        'Sin encabezado, ningún campo lee la columna: sus valores desaparecerían de todas las salidas sin ' +
        'aviso. Por eso viajan con sus registros como columna adicional, y esto dice dónde están.',
    },
    fix: {
      en:
        'Give the column a header: one of the template’s (see templates/ALIASES.md) to have it checked, or ' +
        'your own.',
      fr:
        'Donnez un en-tête à la colonne : l’un de ceux du modèle (voir templates/ALIASES.md) pour qu’elle ' +
        'soit contrôlée, ou le vôtre.',
      es:
        'Dé un encabezado a la columna: uno de la plantilla (vea templates/ALIASES.md) para que se ' +
        'verifique, o uno propio.',
    },
    example: {
      input: {
        en: 'A matrix whose column F has a blank header and "secret note" on row 2.',
        fr: 'Une matrice dont la colonne F a un en-tête vide et « note secrète » en ligne 2.',
        es: 'Una matriz cuya columna F tiene el encabezado vacío y «nota secreta» en la fila 2.',
      },
      params: { column: 'F', count: 1, row: 2 },
    },
  },
  check({ table }, emit) {
    for (const { column, index, row, count } of table.unnamed)
      emit({ row, column: index + table.firstColumn - 1 }, { column, count, row });
  },
});
