import { workbookRule } from '../context.js';
import { text } from '../../rule.js';
import { unclaimedSheets } from '../../headers/unclaimed.js';

export default workbookRule({
  id: 'layout.sheet-set-aside',
  severity: 'info',
  title: {
    en: 'Sheet set aside: not a template sheet',
    fr: 'Feuille mise de côté : pas une feuille de modèle',
    es: 'Hoja apartada: no es una hoja de plantilla',
  },
  messages: {
    en: text(
      'Sheet "{sheet}" is not consolidated: no template claims it (the file\'s other sheets are read). Header tried ',
      'on row {rows}; closest template: {kind}. Each column and the field it comes closest to: {columns}.',
    ),
    fr:
      'La feuille « {sheet} » n’est pas consolidée : aucun modèle ne la reconnaît (les autres feuilles du fichier ' +
      'sont lues). En-tête essayé à la ligne {rows} ; modèle le plus proche : {kind}. Chaque colonne et le champ ' +
      'le plus proche : {columns}.',
    es:
      'La hoja «{sheet}» no se consolida: ninguna plantilla la reconoce (las demás hojas del archivo se leen). ' +
      'Encabezado probado en la fila {rows}; plantilla más cercana: {kind}. Cada columna y el campo más cercano: ' +
      '{columns}.',
  },
  labels: { kind: 'kind' },
  fields: [],
  doc: {
    checks:
      'In a file whose template sheets are read, every other sheet with text (an acronym list, a summary, notes) ' +
      'is named, with the header row tried, the closest template and each column’s closest field.',
    why:
      'Such sheets are usually what they look like, but a second matrix whose headers were renamed would also land ' +
      'here: this says it was not counted, and what it came closest to.',
    fix:
      'Nothing to do for an acronym list or a summary. If the sheet holds records, rename its headers to the ' +
      'template’s (see templates/ALIASES.md), starting with the closest fields listed.',
    example: {
      input: 'A workbook with a matrix and a "List of Acronyms" sheet headed Acronym | Meaning.',
      params: { sheet: 'List of Acronyms', rows: '2', kind: '–', columns: 'A "Acronym" –; B "Meaning" –' },
    },
  },
  check({ workbook, sheets, kinds }, emit) {
    if (!sheets.length) return;
    for (const { grid, params } of unclaimedSheets(workbook.sheets, sheets, kinds))
      emit({ sheet: grid.name, row: Number(params.rows.split('–')[0]) }, params);
  },
});
