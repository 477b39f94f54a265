import { sheetRule } from '../context.js';
import { text } from '../../rule.js';
import { unreadColumns } from '../../headers/unknown.js';

export default sheetRule({
  id: 'layout.extra-column',
  severity: 'info',
  title: {
    en: 'Column of your own, kept unchecked',
    fr: 'Colonne propre, gardée sans contrôle',
    es: 'Columna propia, conservada sin verificar',
  },
  messages: {
    en: text(
      'Column {column} "{header}" is none of the template\'s fields; its values are kept as an extra column of the ',
      'outputs, unchecked.',
    ),
    fr:
      'La colonne {column} « {header} » n’est aucun des champs du modèle ; ses valeurs sont gardées dans une ' +
      'colonne supplémentaire des résultats, sans contrôle.',
    es:
      'La columna {column} «{header}» no es ninguno de los campos de la plantilla; sus valores se conservan como ' +
      'columna adicional de los resultados, sin verificar.',
  },
  fields: [],
  doc: {
    checks:
      'A header that names no field and comes close to none ("Documents", "Funding required (Yes/No)") is a column ' +
      'of your own: reported on its cell, its values kept.',
    why:
      'Nothing is lost: the values travel with each record as an "extra:" column, but no rule checks them and no ' +
      'table counts them.',
    fix:
      'Nothing to fix. If the column holds one of the template’s fields, rename its header (see ' +
      'templates/ALIASES.md).',
    example: {
      input: 'A matrix with a column H headed "Funding required (Yes/No)".',
      params: { column: 'H', header: 'Funding required (Yes/No)' },
    },
  },
  check({ def, table }, emit) {
    for (const { column, row, sheetColumn, letter, near } of unreadColumns(def, table)) {
      if (near !== undefined) continue;
      emit({ row, column: sheetColumn, value: column.header }, { column: letter, header: column.header });
    }
  },
});
