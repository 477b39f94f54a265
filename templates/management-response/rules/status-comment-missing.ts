import { sheetRule } from './context.js';
import { ROUND_TERMS, STATUS_TERMS } from '../values.js';
import { roundTarget, statusSteps } from '../round-cells.js';

export default sheetRule({
  id: 'management-response.status-comment-missing',
  severity: 'error',
  title: {
    en: 'Completed or no longer applicable without a comment',
    fr: 'Achevée ou sans objet sans commentaire',
    es: 'Completada o ya no aplicable sin comentario',
  },
  messages: {
    en: 'Status "{status}" at {time} needs a comment.',
    fr: 'Le statut « {status} » au {time} doit être commenté.',
    es: 'El estado «{status}» en {time} necesita un comentario.',
  },
  terms: { status: STATUS_TERMS, time: ROUND_TERMS },
  fields: ['status_t2', 'comment_t2', 'status_t3', 'comment_t3', 'status', 'comment', 'status_round', 'comment_round'],
  doc: {
    checks:
      'A status that becomes completed or no longer applicable, in any round that has a comment column, comes with a ' +
      "comment in that round's column; a later round that keeps the same status needs none.",
    why: 'Closing an action is a claim reviewers verify: the comment says what was done, or why it was dropped.',
    fix: 'Write the comment: the evidence of completion, or the reason it no longer applies.',
    example: { input: 'A Time 2 status "completed" with no comment.', params: { status: 'completed', time: 't2' } },
  },
  check({ table, rows, rounds }, emit) {
    for (const row of rows)
      for (const { cell, status, before } of statusSteps(row)) {
        if (status !== 'completed' && status !== 'no longer applicable') continue;
        if (cell.comment || before?.status?.value === status) continue;
        const column = rounds.find((r) => r.key === cell.round)?.comment;
        if (column) emit(roundTarget(table, column, row.source.row), { status, time: cell.round });
      }
  },
});
