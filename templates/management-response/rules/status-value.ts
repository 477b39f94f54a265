import { sheetRule } from './context.js';
import { roundTarget } from '../round-cells.js';

export default sheetRule({
  id: 'management-response.status-value',
  severity: 'error',
  title: { en: 'Status not in the list', fr: 'Statut hors de la liste', es: 'Estado fuera de la lista' },
  messages: {
    en: 'Status "{value}" is not one of not started, in progress, completed or no longer applicable.',
    fr: 'Le statut « {value} » n’est ni non commencée, ni en cours, ni achevée, ni sans objet.',
    es: 'El estado «{value}» no es no iniciada, en curso, completada ni ya no aplicable.',
  },
  fields: ['status_t2', 'status_t3', 'status', 'rec_status', 'status_round'],
  doc: {
    checks:
      'An implementation status, in any round (Time 2, Time 3, a dated round, the current status) or the ' +
      "recommendation's own status, is one of the four classes in any of their spellings (open, ongoing, initiated, " +
      'en cours, en curso → in progress; done, réalisée, completada → completed; discarded, abandonnée, descartada → ' +
      'no longer applicable), or a word the settings add; "Overdue-Initiated" is in progress with an overdue flag.',
    why:
      'A status that is none of these is counted as unknown, in no class: the implementation rate is computed ' +
      'without it.',
    fix:
      'Choose the status from the list (the suggestion is the nearest value), or add the word to the Settings ' +
      'sheet (status | word | class).',
    example: { input: 'A Time 2 status typed "complted".', params: { value: 'complted' } },
  },
  check({ table, rows }, emit) {
    // Row by row, as they are read: a row's recommendation status first, then its rounds in order.
    for (const row of rows) {
      const cells = [
        ...(row.enums.rec_status ? [{ read: row.enums.rec_status, target: { field: 'rec_status' } }] : []),
        ...row.rounds.flatMap((c) =>
          c.status && c.statusAt ? [{ read: c.status, target: roundTarget(table, c.statusAt, row.source.row) }] : [],
        ),
      ];
      for (const { read, target } of cells) {
        if (read.value !== undefined) continue;
        const at = { row: row.source.row, ...target, value: read.text };
        emit(read.suggestion === undefined ? at : { ...at, suggestion: read.suggestion }, { value: read.text });
      }
    }
  },
});
