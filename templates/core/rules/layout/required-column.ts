import { sheetRule } from '../context.js';
import { headerCells } from '../../columns.js';

export default sheetRule({
  id: 'layout.required-column',
  severity: 'error',
  title: {
    en: 'Required column missing',
    fr: 'Colonne obligatoire absente',
    es: 'Falta una columna obligatoria',
  },
  messages: {
    en: 'Required column "{field}" of the {kind} is missing from the header (row {headerRow}).',
    fr: 'La colonne obligatoire « {field} » du modèle « {kind} » manque dans l’en-tête (ligne {headerRow}).',
    es: 'Falta la columna obligatoria «{field}» de la plantilla «{kind}» en el encabezado (fila {headerRow}).',
  },
  labels: { kind: 'kind', field: 'field' },
  fields: [],
  doc: {
    checks:
      'The header row names every field the template marks as required (for a matrix: Rec #, Recommendation, ' +
      'Management response, Key actions).',
    why:
      'Without the column, every rule on that field stays silent and its tables count nothing: the sheet looks clean ' +
      'while it is incomplete.',
    fix: 'Add the column, or rename the column that holds the field to one of its headers (see templates/ALIASES.md).',
    example: {
      input: 'A matrix whose header on row 3 has no "Key actions" column.',
      params: { kind: 'management-response', field: 'key_actions', headerRow: '3' },
    },
  },
  check({ def, table }, emit) {
    const headerRow = headerCells(table).rows;
    // A keyed column holds its field and stands for another (a checklist's "3. Focal point": status and standard).
    const keyed = table.header.columns.flatMap((c) => (c.key === undefined ? [] : [c.field, c.stands]));
    for (const field of def.fields) {
      if (field.required && !(field.key in table.header.fieldColumns) && !keyed.includes(field.key))
        emit({ field: field.key }, { kind: def.kind, field: field.key, headerRow });
    }
  },
});
