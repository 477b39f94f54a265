import { sheetRule } from '../context.js';

export default sheetRule({
  id: 'layout.row-set-aside',
  severity: 'info',
  title: {
    en: 'Note or repeated header set aside',
    fr: 'Note ou en-tête répété mis de côté',
    es: 'Nota o encabezado repetido apartado',
  },
  messages: {
    en: 'Row set aside ({reason}): "{text}".',
    fr: 'Ligne mise de côté ({reason}) : « {text} ».',
    es: 'Fila apartada ({reason}): «{text}».',
  },
  terms: {
    reason: {
      note: { en: 'a note, not a record', fr: 'une note, pas un enregistrement', es: 'una nota, no un registro' },
      'repeated-header': { en: 'the header repeated', fr: 'l’en-tête répété', es: 'el encabezado repetido' },
    },
  },
  fields: [],
  doc: {
    checks:
      'A row below the header that holds a lone text with no key field ("Source: …") or repeats the header (as at ' +
      'each printed page) is set aside, one finding per row with its text.',
    why:
      'Such a row is not a record: counting it would add a recommendation or a task that does not exist. Saying so ' +
      'lets you check nothing real was left out.',
    fix:
      'Nothing to fix for a note or a repeated header. If the row is a record, fill its number or other key fields ' +
      'so it is read as one.',
    example: {
      input: 'Row 40 of a matrix holds only "Source: evaluation report, annex 2".',
      params: { reason: 'note', text: 'Source: evaluation report, annex 2' },
    },
  },
  check({ table }, emit) {
    for (const row of table.setAside) {
      if (row.reason === 'note' || row.reason === 'repeated-header')
        emit({ row: row.row }, { reason: row.reason, text: row.text });
    }
  },
});
