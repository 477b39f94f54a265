/** Column checks every kind runs: required columns present; unknown and repeated columns reported, never dropped quietly. */
import type { Reporter } from './report.js';
import type { ParsedTable } from './table.js';
import type { MessageCatalogue } from './messages.js';
import type { TemplateDef } from './schema.js';
import { aliasIndex } from './header.js';
import { columnLetter, didYouMean } from './text.js';

/** The three column messages under a kind's prefix (`management-response.required-column`, …). */
export function columnMessages(prefix: string): MessageCatalogue {
  return {
    [`${prefix}.required-column`]: {
      en: 'Required column "{field}" is missing from the header (row {headerRow}).',
      fr: 'La colonne obligatoire « {field} » manque dans l’en-tête (ligne {headerRow}).',
      es: 'Falta la columna obligatoria «{field}» en el encabezado (fila {headerRow}).',
    },
    [`${prefix}.unknown-column`]: {
      en: 'Column {column} "{header}" is not a field of the template; its values are kept as an extra column of the outputs, unchecked.',
      fr: 'La colonne {column} « {header} » n’est pas un champ du modèle ; ses valeurs sont gardées dans une colonne supplémentaire des résultats, sans contrôle.',
      es: 'La columna {column} «{header}» no es un campo de la plantilla; sus valores se conservan como columna adicional de los resultados, sin verificar.',
    },
    [`${prefix}.duplicate-column`]: {
      en: 'Field "{field}" appears in column {used} "{usedHeader}" and in column {column} "{header}"; column {used} is read, and the values of column {column} are kept as an extra column, unchecked.',
      fr: 'Le champ « {field} » figure dans la colonne {used} « {usedHeader} » et dans la colonne {column} « {header} » ; la colonne {used} est lue, et les valeurs de la colonne {column} sont gardées dans une colonne supplémentaire, sans contrôle.',
      es: 'El campo «{field}» aparece en la columna {used} «{usedHeader}» y en la columna {column} «{header}»; se lee la columna {used}, y los valores de la columna {column} se conservan como columna adicional, sin verificar.',
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
  const sheetColumn = (i: number) => i + table.firstColumn - 1;
  for (const col of header.columns) {
    const column = columnLetter(sheetColumn(col.index));
    // The finding sits on the header cell it is about.
    const at = { row: headerSheetRow, column: sheetColumn(col.index), value: col.header };
    if (col.field === undefined) {
      const near = didYouMean(col.header, aliases);
      const suggestion = near === undefined ? undefined : index.get(near);
      report.warning(
        `${prefix}.unknown-column`,
        { ...at, ...(suggestion ? { suggestion } : {}) },
        { column, header: col.header },
      );
    } else if (header.fieldColumns[col.field] !== col.index) {
      const usedIndex = header.fieldColumns[col.field];
      const usedHeader = header.columns.find((c) => c.index === usedIndex)?.header ?? '';
      report.warning(
        `${prefix}.duplicate-column`,
        { ...at, field: col.field },
        { field: col.field, column, header: col.header, used: columnLetter(sheetColumn(usedIndex)), usedHeader },
      );
    }
  }
}
