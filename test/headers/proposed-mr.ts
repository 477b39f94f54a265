/**
 * The management-response fields the corpus proposes for issue 13 (key actions as records, due dates, the current
 * status, dated rounds), declared the way issue 13 will declare them: concepts only. The header test matches the
 * corpus's texts against the kind with these added; a field the kind declares itself is taken from the kind.
 */
import { concept, type CaptureConcept } from '../../templates/core/headers/concept.js';
import { DATED_ROUND } from '../../templates/core/headers/rounds.js';
import {
  COMMENT,
  DATE,
  DUE,
  IMPLEMENTATION,
  NUMBER,
  PROGRESS,
  STATUS,
  TIMELINE,
} from '../../templates/core/headers/vocabulary.js';
import { KEY_ACTIONS, ONE_RECOMMENDATION } from '../../templates/management-response/concepts.js';
import type { FieldDef } from '../../templates/index.js';

const ONE_KEY_ACTION = concept('key-action', {
  en: ['key action', 'action'],
  fr: ['action clé', 'action'],
  es: ['acción clave', 'acción'],
});

const UPDATE = concept('update', { en: ['update', 'updates'], fr: ['mise à jour'], es: ['actualización'] });

/** "Semiannual implementation status updates": a round named by its rhythm; the name is the parameter. */
const NAMED_ROUND: CaptureConcept = {
  id: 'named-round',
  describe: { en: 'a round by its rhythm', fr: 'une ronde par son rythme', es: 'una ronda por su ritmo' },
  capture(words, at) {
    const w = words[at];
    return w && ['semiannual', 'biannual', 'quarterly', 'semestriel', 'semestral'].includes(w)
      ? { length: 1, value: w }
      : undefined;
  },
};

const field = (key: string, en: string, fr: string, es: string, headers: FieldDef['headers']): FieldDef => ({
  key,
  type: 'text',
  label: { en, fr, es },
  headers,
});

export const PROPOSED_MR: readonly FieldDef[] = [
  field('key_action', 'Key action', 'Action clé', 'Acción clave', { all: [ONE_KEY_ACTION] }),
  field('key_action_no', 'Key action #', "N° de l'action", 'N.º de acción', { all: [NUMBER, ONE_KEY_ACTION] }),
  field('due', 'Due date', 'Échéance', 'Fecha límite', { all: [[DUE, TIMELINE]], may: [DATE] }),
  field('status', 'Status', 'Statut', 'Estado', { all: [STATUS], may: [IMPLEMENTATION] }),
  field('comment', 'Comments', 'Commentaires', 'Comentarios', {
    all: [[COMMENT, PROGRESS]],
    may: [KEY_ACTIONS, IMPLEMENTATION],
  }),
  field('rec_status', 'Recommendation status', 'Statut de la recommandation', 'Estado de la recomendación', {
    all: [STATUS, ONE_RECOMMENDATION],
  }),
  field('status_round', 'Status (round)', 'Statut (ronde)', 'Estado (ronda)', {
    all: [STATUS, [DATED_ROUND, NAMED_ROUND]],
    may: [IMPLEMENTATION, UPDATE],
  }),
  field('comment_round', 'Comments (round)', 'Commentaires (ronde)', 'Comentarios (ronda)', {
    all: [
      [COMMENT, UPDATE],
      [DATED_ROUND, NAMED_ROUND],
    ],
    // "Implementation status update – 31 December 2025" over "Status" | "Comments": the group says status.
    may: [IMPLEMENTATION, STATUS],
  }),
];
