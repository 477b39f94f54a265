import { workbookRule } from '../context.js';
import { text } from '../../rule.js';
import { HEADER_SEARCH_ROWS } from '../../header.js';

export default workbookRule({
  id: 'workbook.no-template',
  severity: 'warning',
  title: {
    en: 'No template sheet found',
    fr: 'Aucune feuille de modèle trouvée',
    es: 'Ninguna hoja de plantilla encontrada',
  },
  messages: {
    en: text(
      'No sheet of this file looks like a known template (no header row with {min} or more known columns in the ',
      'first {rows} rows).',
    ),
    fr:
      'Aucune feuille de ce fichier ne ressemble à un modèle connu (pas de ligne d’en-tête avec au moins {min} ' +
      'colonnes connues dans les {rows} premières lignes).',
    es:
      'Ninguna hoja de este archivo parece una plantilla conocida (ninguna fila de encabezado con {min} o más ' +
      'columnas conocidas en las {rows} primeras filas).',
  },
  fields: [],
  doc: {
    checks:
      'At least one sheet of the file has a header row, among its first rows, naming enough fields of a known ' +
      'template (a matrix, a mapping, a workplan).',
    why:
      'A file with no recognised sheet contributes nothing to the consolidation: without this warning it would ' +
      'vanish from the counts in silence.',
    fix:
      "Check the file is the right one, then rename its headers to the template's (see templates/ALIASES.md), or " +
      'start from `psea template`.',
    example: { input: 'A file holding only a contact list (Name, Email).', params: { min: 3, rows: 20 } },
  },
  check({ sheets, kinds }, emit) {
    if (!sheets.length && kinds.length)
      emit({}, { min: Math.min(...kinds.map((k) => k.def.minColumns)), rows: HEADER_SEARCH_ROWS });
  },
});
