import { sheetRule } from '../context.js';
import { text } from '../../rule.js';
import { headerCells } from '../../columns.js';

export default sheetRule({
  id: 'layout.ambiguous-column',
  severity: 'warning',
  title: {
    en: 'Header names two fields',
    fr: 'En-tête qui désigne deux champs',
    es: 'Encabezado que designa dos campos',
  },
  messages: {
    en: text(
      'Column {column} "{header}" names the fields {fields} equally; neither is read, and its values are kept as an ',
      'extra column, unchecked.',
    ),
    fr:
      'La colonne {column} « {header} » désigne à égalité les champs {fields} ; aucun n’est lu, et ses valeurs sont ' +
      'gardées dans une colonne supplémentaire, sans contrôle.',
    es:
      'La columna {column} «{header}» designa por igual los campos {fields}; no se lee ninguno, y sus valores se ' +
      'conservan como columna adicional, sin verificar.',
  },
  fields: [],
  doc: {
    checks:
      'Each header names one field more clearly than any other. A header that names two fields as well as each ' +
      'other ("Responsible / support units", "Status (Time 2 / Time 3)") is reported on its cell, naming both.',
    why:
      'Guessing would put one field’s values under another: support units counted as responsible, a Time 3 status ' +
      'read as Time 2. The column is kept aside instead, and you decide.',
    fix: 'Split the column in two, or rename its header to the one field it holds (see templates/ALIASES.md).',
    example: {
      input: 'A matrix whose column G is headed "Responsible / support units".',
      params: { column: 'G', header: 'Responsible / support units', fields: 'responsible_units, support_units' },
    },
  },
  check({ table }, emit) {
    for (const header of table.headers) {
      const at = headerCells(table, header);
      for (const col of header.columns) {
        if (!col.ambiguous) continue;
        emit(
          { row: at.row, column: at.column(col.index), value: col.header },
          { column: at.letter(col.index), header: col.header, fields: col.ambiguous.join(', ') },
        );
      }
    }
  },
});
