import { sheetRule } from '../context.js';
import { rowRuns } from '../../runs.js';

/** Blank and section rows are many and self-explanatory: one finding per reason per sheet lists them. */
const QUIET = ['blank', 'section', 'legend'] as const;

export default sheetRule({
  id: 'layout.rows-set-aside',
  severity: 'info',
  title: {
    en: 'Blank and section rows set aside',
    fr: 'Lignes vides et de section mises de côté',
    es: 'Filas vacías y de sección apartadas',
  },
  messages: {
    en: '{count} {count:row|rows} set aside ({reason}): {rows}.',
    fr: '{count} {count:ligne mise|lignes mises} de côté ({reason}) : {rows}.',
    es: '{count} {count:fila apartada|filas apartadas} ({reason}): {rows}.',
  },
  terms: {
    reason: {
      blank: { en: 'blank', fr: 'vides', es: 'vacías' },
      section: { en: 'section rows', fr: 'lignes de section', es: 'filas de sección' },
      legend: { en: 'a legend of codes', fr: 'une légende des codes', es: 'una leyenda de códigos' },
    },
  },
  fields: [],
  doc: {
    checks:
      'Lists, once per sheet and reason, the rows below the header that are not records: blank rows, section ' +
      'rows ("Pillar 2: …") whose title is carried onto the records below, and the lines of a legend ("A = In ' +
      'place") whose codes are read.',
    why:
      'Every input row is either consolidated or set aside with a reason, so the row counts add up; this says which ' +
      'rows were not records.',
    fix:
      'Nothing to fix when the rows are what the message says. If a listed row holds a record, fill its key fields ' +
      '(number, recommendation or response).',
    example: {
      input: 'Rows 12 and 20–22 of the matrix are empty.',
      params: { count: 4, reason: 'blank', rows: '12, 20–22' },
    },
  },
  check({ table }, emit) {
    for (const reason of QUIET) {
      const rows = table.setAside
        .filter((r) => r.reason === reason)
        .map((r) => r.row)
        .sort((a, b) => a - b);
      if (rows.length) emit({ row: rows[0] }, { reason, count: rows.length, rows: rowRuns(rows).join(', ') });
    }
  },
});
