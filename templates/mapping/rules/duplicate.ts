import { sheetsRule } from './context.js';
import { keyedRows } from '../pairs.js';

export default sheetsRule({
  id: 'mapping.duplicate',
  severity: 'error',
  title: {
    en: 'Standard reported twice by an agency',
    fr: 'Norme déclarée deux fois par une agence',
    es: 'Norma declarada dos veces por una agencia',
  },
  messages: {
    en: '{agency} reports on {standard} again; first on sheet "{firstSheet}" row {firstRow}.',
    fr:
      '{agency} rend compte de {standard} une seconde fois ; d’abord sur la feuille « {firstSheet} », ligne ' +
      '{firstRow}.',
    es: '{agency} informa de nuevo sobre {standard}; primero en la hoja «{firstSheet}», fila {firstRow}.',
  },
  fields: ['agency', 'standard'],
  doc: {
    checks: "Within one file, an agency reports on each standard once, across all the file's mapping sheets.",
    why:
      'Two rows for one agency and standard can disagree, and only the first is counted: the second is silently out ' +
      'of the tables.',
    fix: 'Merge the two rows into one, or correct the agency or the standard of one of them.',
    example: {
      input: 'UNICEF reports on MOS-3 on rows 5 and 12 of sheet "Mapping".',
      params: { agency: 'UNICEF', standard: 'MOS-3', firstSheet: 'Mapping', firstRow: 5 },
    },
  },
  check({ sheets }, emit) {
    const first = new Map<string, { sheet: string; row: number }>();
    for (const { key, row, sheet } of keyedRows(sheets)) {
      const seen = first.get(key);
      if (!seen) {
        first.set(key, { sheet: sheet.table.sheet, row: row.source.row });
        continue;
      }
      emit(
        {
          table: sheet.table,
          row: row.source.row,
          field: 'standard',
          value: row.standard!.id,
          ...(row.wide ? { cell: row.wide.cell } : {}),
        },
        { agency: row.agencyKey, standard: row.standard!.id, firstSheet: seen.sheet, firstRow: seen.row },
      );
    }
  },
});
