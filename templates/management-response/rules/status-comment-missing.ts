import { sheetRule } from './context.js';
import { ROUND_TERMS, STATUS_TERMS } from '../values.js';
import { statusRows } from '../status-rows.js';

export default sheetRule({
  id: 'management-response.status-comment-missing',
  severity: 'error',
  title: {
    en: 'Completed or discarded without a comment',
    fr: 'Achevé ou abandonné sans commentaire',
    es: 'Completado o descartado sin comentario',
  },
  messages: {
    en: 'Status "{status}" at {time} needs a comment.',
    fr: 'Le statut « {status} » au {time} doit être commenté.',
    es: 'El estado «{status}» en {time} necesita un comentario.',
  },
  terms: { status: STATUS_TERMS, time: ROUND_TERMS },
  fields: ['status_t2', 'comment_t2', 'status_t3', 'comment_t3'],
  doc: {
    checks: "A completed or discarded status, at Time 2 or Time 3, comes with a comment in the round's comment column.",
    why: 'Closing a recommendation is a claim reviewers verify: the comment says what was done, or why it was dropped.',
    fix: 'Write the comment: the evidence of completion, or the reason for discarding.',
    example: { input: 'A Time 2 status "completed" with no comment.', params: { status: 'completed', time: 't2' } },
  },
  check({ recs }, emit) {
    for (const rec of recs)
      for (const row of statusRows(rec))
        for (const [status, comment, field, time] of [
          [row.statusT2, row.commentT2, 'comment_t2', 't2'],
          [row.statusT3, row.commentT3, 'comment_t3', 't3'],
        ] as const)
          if ((status === 'completed' || status === 'discarded') && !comment)
            emit({ row: row.source.row, field }, { status, time });
  },
});
