import type { MatrixRule } from './context.js';
import { MATRIX_FIELDS } from '../fields.js';
import { columnLetter, didYouMean } from '../../core/text.js';
import { aliasIndex } from '../../core/header.js';
import { MATRIX } from '../fields.js';

/** Rule 1: required columns are there; unknown and repeated columns are reported, never dropped quietly. */
export const checkColumns: MatrixRule = ({ table, report }) => {
  const { header } = table;
  const headerRow = table.header.rows.map((r) => r + 1).join('–');
  for (const field of MATRIX_FIELDS) {
    if (field.required && !(field.key in header.fieldColumns)) {
      report.error('matrix.required-column', { field: field.key }, { field: field.label.en, headerRow });
    }
  }
  const aliases = [...aliasIndex(MATRIX).keys()];
  const headerSheetRow = (table.header.rows[table.header.rows.length - 1] ?? 0) + 1;
  for (const col of header.columns) {
    const column = columnLetter(col.index + table.firstColumn - 1);
    if (col.field === undefined) {
      const near = didYouMean(col.header, aliases);
      const suggestion = near === undefined ? undefined : aliasIndex(MATRIX).get(near);
      report.warning('matrix.unknown-column', { row: headerSheetRow, value: col.header, ...(suggestion ? { suggestion } : {}) }, { column, header: col.header });
    } else if (header.fieldColumns[col.field] !== col.index) {
      report.warning('matrix.duplicate-column', { row: headerSheetRow, field: col.field, value: col.header }, { field: col.field, column, header: col.header });
    }
  }
};
