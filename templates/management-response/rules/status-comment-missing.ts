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
    checks: {
      en:
        'A status that becomes completed or no longer applicable, in any round that has a comment column, ' +
        "comes with a comment in that round's column; a later round that keeps the same status needs none.",
      fr:
        'Un statut qui devient achevée ou sans objet, à tout cycle qui a une colonne de commentaires, ' +
        's’accompagne d’un commentaire dans la colonne de ce cycle ; un cycle ultérieur qui garde le même ' +
        'statut n’en a pas besoin.',
      es:
        'Un estado que pasa a completada o ya no aplicable, en cualquier ronda que tenga columna de ' +
        'comentarios, va con un comentario en la columna de esa ronda; una ronda posterior que mantiene el ' +
        'mismo estado no lo necesita.',
    },
    why: {
      en: 'Closing an action is a claim reviewers verify: the comment says what was done, or why it was dropped.',
      fr:
        'Clore une action est une affirmation que les relecteurs vérifient : le commentaire dit ce qui a été ' +
        'fait, ou pourquoi l’action a été abandonnée.',
      es:
        'Cerrar una acción es una afirmación que los revisores comprueban: el comentario dice qué se hizo, o ' +
        'por qué se abandonó.',
    },
    fix: {
      en: 'Write the comment: the evidence of completion, or the reason it no longer applies.',
      fr: 'Écrivez le commentaire : la preuve de l’achèvement, ou la raison pour laquelle l’action est sans objet.',
      es: 'Escriba el comentario: la prueba de que se completó, o el motivo por el que ya no aplica.',
    },
    example: {
      input: {
        en: 'A Time 2 status "completed" with no comment.',
        fr: 'Un statut du Temps 2 « achevée » sans commentaire.',
        es: 'Un estado del Tiempo 2 «completada» sin comentario.',
      },
      params: { status: 'completed', time: 't2' },
    },
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
