import { sheetRule } from './context.js';

export default sheetRule({
  id: 'mapping.standard-read',
  severity: 'info',
  title: {
    en: 'Standard read from a near spelling',
    fr: 'Norme lue d’une graphie proche',
    es: 'Norma leída de una grafía cercana',
  },
  messages: {
    en: '"{value}" is read as {standard} ({name}).',
    fr: '« {value} » est lu comme {standard} ({name}).',
    es: '«{value}» se lee como {standard} ({name}).',
  },
  fields: ['standard'],
  doc: {
    checks:
      'Says how a standard written in no official form was read: a checklist column headed by a number and a ' +
      'short name ("7. Staff awareness-raising"), or a near spelling of a name in a cell ("Staff awareness ' +
      'raising among personel").',
    why:
      'The coverage counts the row under the standard it was read as: when the reading is wrong, an agency is ' +
      'shown covering a standard it did not report on.',
    fix:
      'Nothing to do when the reading is right. Otherwise write the standard’s id (MOS-7) or its official name ' +
      '(the suggestion).',
    example: {
      input: 'A checklist column headed "7. Staff awareness-raising".',
      params: { value: '7. Staff awareness-raising', standard: 'MOS-7', name: 'Awareness-raising among personnel' },
    },
  },
  check({ rows, columns }, emit) {
    for (const column of columns) {
      if (column.how !== 'near') continue;
      const { standard } = column;
      emit(
        { cell: column.cell, row: column.row, value: column.header, suggestion: standard.id },
        { value: column.header, standard: standard.id, name: standard.label.en },
      );
    }
    for (const row of rows) {
      if (row.wide || row.standardHow !== 'near' || !row.standard) continue;
      const { standard } = row;
      emit(
        { row: row.source.row, field: 'standard', value: row.standardText, suggestion: standard.id },
        { value: row.standardText, standard: standard.id, name: standard.label.en },
      );
    }
  },
});
