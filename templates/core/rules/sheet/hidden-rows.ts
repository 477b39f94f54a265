import { sheetRule } from '../context.js';
import { rowRuns } from '../../runs.js';

export default sheetRule({
  id: 'sheet.hidden-rows',
  severity: 'info',
  title: { en: 'Hidden rows read', fr: 'Lignes masquées lues', es: 'Filas ocultas leídas' },
  messages: {
    en: 'Rows {rows} are hidden in Excel; their data is read and consolidated.',
    fr: 'Les lignes {rows} sont masquées dans Excel ; leurs données sont lues et consolidées.',
    es: 'Las filas {rows} están ocultas en Excel; sus datos se leen y consolidan.',
  },
  fields: [],
  doc: {
    checks:
      'Rows that Excel hides on a template sheet (filtered out, or hidden by hand) are read, one finding per run ' +
      'of rows.',
    why:
      'A filter left on when the file was saved hides rows from the eye, not from the counts: the totals include ' +
      'them.',
    fix: 'Nothing to fix if the rows belong; clear the filter to see them. Delete them if they should not count.',
    example: { input: 'Rows 3 and 4 of the matrix are hidden.', params: { rows: '3–4' } },
  },
  check({ grid }, emit) {
    for (const rows of rowRuns(grid.hiddenRows ?? [])) emit({ row: parseInt(rows, 10) }, { rows });
  },
});
