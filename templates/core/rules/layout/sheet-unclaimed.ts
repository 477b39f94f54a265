import { workbookRule } from '../context.js';
import { text } from '../../rule.js';
import { unclaimedSheets } from '../../headers/unclaimed.js';

export default workbookRule({
  id: 'layout.sheet-unclaimed',
  severity: 'warning',
  title: {
    en: 'Sheet not read: no template claims it',
    fr: 'Feuille non lue : aucun modèle ne la reconnaît',
    es: 'Hoja no leída: ninguna plantilla la reconoce',
  },
  messages: {
    en: text(
      'Sheet "{sheet}" is not read, and nothing else of this file is: no template claims it. Header tried on row ',
      '{rows}; closest template: {kind}. Each column and the field it comes closest to: {columns}.',
    ),
    fr:
      'La feuille « {sheet} » n’est pas lue, ni rien d’autre de ce fichier : aucun modèle ne la reconnaît. En-tête ' +
      'essayé à la ligne {rows} ; modèle le plus proche : {kind}. Chaque colonne et le champ le plus proche : ' +
      '{columns}.',
    es:
      'La hoja «{sheet}» no se lee, ni nada más de este archivo: ninguna plantilla la reconoce. Encabezado probado ' +
      'en la fila {rows}; plantilla más cercana: {kind}. Cada columna y el campo más cercano: {columns}.',
  },
  labels: { kind: 'kind' },
  fields: [],
  doc: {
    checks:
      'A file none of whose sheets a template claims: each sheet with text gets this finding, with the header row ' +
      'tried, the closest template, and each column with the field it comes closest to and how close (0–100%). ' +
      'The file counts as not readable: the exit code is 2.',
    why:
      'A file that contributes nothing to the consolidation would otherwise vanish from the counts in silence; the ' +
      'closest fields show which headers to rename.',
    fix:
      "Check the file is the right one, then rename its headers to the template's (see templates/ALIASES.md) " +
      'starting with the closest fields listed, or start from `psea template`.',
    example: {
      input: 'A budget sheet headed Budget line | Number of staff | Responsible on row 3.',
      params: {
        sheet: 'Budget 2026',
        rows: '3',
        kind: 'management-response',
        columns: 'A "Budget line" –; B "Number of staff" –; C "Responsible" → responsible_units (100%)',
      },
    },
  },
  check({ workbook, sheets, kinds }, emit) {
    if (sheets.length || !kinds.length) return;
    for (const { grid, params } of unclaimedSheets(workbook.sheets, sheets, kinds))
      emit({ sheet: grid.name, row: Number(params.rows.split('–')[0]) }, params);
  },
});
