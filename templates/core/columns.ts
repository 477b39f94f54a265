/** Column checks every kind runs: required columns present; unknown and repeated columns reported, never dropped quietly. */
import type { Reporter } from './report.js';
import type { ParsedTable } from './table.js';
import type { MessageCatalogue } from './messages.js';
import type { TemplateDef } from './schema.js';
import { aliasIndex } from './header.js';
import { columnLetter, didYouMean } from './text.js';

/** The three column messages under a kind's prefix (`matrix.required-column`, …). */
export function columnMessages(prefix: string): MessageCatalogue {
  return {
    [`${prefix}.required-column`]: {
      en: 'Required column "{field}" is missing from the header (row {headerRow}).',
      fr: 'La colonne obligatoire « {field} » manque dans l’en-tête (ligne {headerRow}).',
      es: 'Falta la columna obligatoria «{field}» en el encabezado (fila {headerRow}).',
    },
    [`${prefix}.unknown-column`]: {
      en: 'Column {column} "{header}" is not a field of the template; its values are not consolidated.',
      fr: 'La colonne {column} « {header} » n’est pas un champ du modèle ; ses valeurs ne sont pas consolidées.',
      es: 'La columna {column} «{header}» no es un campo de la plantilla; sus valores no se consolidan.',
    },
    [`${prefix}.duplicate-column`]: {
      en: 'Field "{field}" appears in more than one column; column {column} "{header}" is ignored.',
      fr: 'Le champ « {field} » figure dans plusieurs colonnes ; la colonne {column} « {header} » est ignorée.',
      es: 'El campo «{field}» aparece en varias columnas; se ignora la columna {column} «{header}».',
    },
  };
}

export function checkTableColumns(def: TemplateDef, table: ParsedTable, report: Reporter, prefix: string): void {
  const { header } = table;
  const headerRow = header.rows.map((r) => r + table.firstRow).join('–');
  for (const field of def.fields) {
    if (field.required && !(field.key in header.fieldColumns)) {
      report.error(`${prefix}.required-column`, { field: field.key }, { field: field.label.en, headerRow });
    }
  }
  const index = aliasIndex(def);
  const aliases = [...index.keys()];
  const headerSheetRow = header.rows[header.rows.length - 1] + table.firstRow;
  for (const col of header.columns) {
    const column = columnLetter(col.index + table.firstColumn - 1);
    if (col.field === undefined) {
      const near = didYouMean(col.header, aliases);
      const suggestion = near === undefined ? undefined : index.get(near);
      report.warning(`${prefix}.unknown-column`, { row: headerSheetRow, value: col.header, ...(suggestion ? { suggestion } : {}) }, { column, header: col.header });
    } else if (header.fieldColumns[col.field] !== col.index) {
      report.warning(`${prefix}.duplicate-column`, { row: headerSheetRow, field: col.field, value: col.header }, { field: col.field, column, header: col.header });
    }
  }
}
