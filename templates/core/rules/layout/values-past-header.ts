import { sheetRule } from '../context.js';
import { text } from '../../rule.js';

export default sheetRule({
  id: 'layout.values-past-header',
  severity: 'error',
  title: {
    en: 'CSV row split past the header',
    fr: 'Ligne CSV coupée au-delà de l’en-tête',
    es: 'Fila CSV dividida más allá del encabezado',
  },
  messages: {
    en: text(
      "Row {row} has {count} {count:value|values} right of the header's last column (from column {column}): a ",
      'delimiter inside a value without quotes splits it, so its values from there on may sit one column too far. ',
      'Every value is kept (as extra columns); put that value in quotes in the source file.',
    ),
    fr:
      'La ligne {row} a {count} {count:valeur|valeurs} à droite de la dernière colonne de l’en-tête (dès la colonne ' +
      '{column}) : un séparateur dans une valeur sans guillemets la coupe, et ses valeurs suivantes peuvent être ' +
      'décalées d’une colonne. Toutes les valeurs sont gardées (en colonnes supplémentaires) ; mettez cette valeur ' +
      'entre guillemets dans le fichier source.',
    es:
      'La fila {row} tiene {count} {count:valor|valores} a la derecha de la última columna del encabezado (desde ' +
      'la columna {column}): un separador dentro de un valor sin comillas lo divide, y sus valores siguientes ' +
      'pueden estar desplazados una columna. Se conservan todos los valores (como columnas adicionales); ponga ese ' +
      'valor entre comillas en el archivo de origen.',
  },
  counts: ['count'],
  fields: [],
  doc: {
    checks: {
      en: "No row of a CSV holds values right of its header's last column.",
      fr: 'Aucune ligne d’un CSV ne contient de valeurs à droite de la dernière colonne de son en-tête.',
      es: 'Ninguna fila de un CSV contiene valores a la derecha de la última columna de su encabezado.',
    },
    why: {
      en:
        'A delimiter typed inside a value without quotes (Draft; then share) cuts it in two: every value ' +
        'after it moves one column right, into the wrong field, and the last one has no column at all.',
      fr:
        'Un séparateur tapé dans une valeur sans guillemets (Brouillon; puis partager) la coupe en deux : ' +
        'chaque valeur suivante glisse d’une colonne vers la droite, dans le mauvais champ, et la dernière ' +
        'n’a plus de colonne du tout.',
      es:
        'Un separador escrito dentro de un valor sin comillas (Borrador; luego compartir) lo divide en dos: ' +
        'cada valor siguiente se desplaza una columna a la derecha, al campo equivocado, y el último se ' +
        'queda sin columna.',
    },
    fix: {
      en: 'Put the value that holds the delimiter in quotes ("Draft; then share"), or save the CSV again from Excel.',
      fr:
        'Mettez la valeur qui contient le séparateur entre guillemets (« Brouillon; puis partager »), ou ' +
        'enregistrez à nouveau le CSV depuis Excel.',
      es:
        'Ponga entre comillas el valor que contiene el separador («Borrador; luego compartir»), o vuelva a ' +
        'guardar el CSV desde Excel.',
    },
    example: {
      input: {
        en: 'Row 3 of a CSV reads `Draft; then share the plan;Prevention;UNFPA;2027-03-01;Not started`.',
        fr: 'La ligne 3 d’un CSV se lit `Brouillon; puis partager le plan;Prévention;UNFPA;2027-03-01;Pas commencé`.',
        es: 'La fila 3 de un CSV dice `Borrador; luego compartir el plan;Prevención;UNFPA;2027-03-01;No iniciado`.',
      },
      params: { row: 3, count: 1, column: 'F' },
    },
  },
  check({ table }, emit) {
    for (const { row, columns, first } of table.pastHeader)
      emit({ row, column: first }, { row, count: columns.length, column: columns[0] });
  },
});
