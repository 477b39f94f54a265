import { sheetRule } from './context.js';
import { RESPONSE_TERMS } from '../values.js';

export default sheetRule({
  id: 'management-response.rationale-missing',
  severity: 'error',
  title: {
    en: 'Rationale missing',
    fr: 'Justification manquante',
    es: 'Falta la justificación',
  },
  messages: {
    en: 'A "{response}" response needs a rationale.',
    fr: 'Une réponse « {response} » doit être justifiée.',
    es: 'Una respuesta «{response}» necesita una justificación.',
  },
  terms: { response: RESPONSE_TERMS },
  fields: ['response', 'response_rationale'],
  doc: {
    checks: {
      en: "A Partially accept or Not accept response gives its rationale, on its row or on its recommendation's row.",
      fr:
        'Une réponse Partiellement acceptée ou Non acceptée donne sa justification, sur sa ligne ou sur ' +
        'celle de sa recommandation.',
      es:
        'Una respuesta Parcialmente aceptada o No aceptada da su justificación, en su fila o en la de su ' +
        'recomendación.',
    },
    why: {
      en:
        'Evaluation policies ask management to explain what it does not accept; without the reason, the ' +
        'response cannot be reviewed.',
      fr:
        'Les politiques d’évaluation demandent à la direction d’expliquer ce qu’elle n’accepte pas ; sans la ' +
        'raison, la réponse ne peut pas être examinée.',
      es:
        'Las políticas de evaluación piden a la gerencia que explique lo que no acepta; sin el motivo, la ' +
        'respuesta no se puede examinar.',
    },
    fix: {
      en: 'Write the rationale: what is not accepted, and why.',
      fr: 'Écrivez la justification : ce qui n’est pas accepté, et pourquoi.',
      es: 'Escriba la justificación: qué no se acepta, y por qué.',
    },
    example: {
      input: {
        en: 'A "Not accept" with an empty rationale.',
        fr: 'Une réponse « Non acceptée » avec une justification vide.',
        es: 'Una respuesta «No aceptada» con la justificación vacía.',
      },
      params: { response: 'Not accept' },
    },
  },
  check({ recs }, emit) {
    for (const rec of recs)
      for (const row of rec.rows) {
        const response = row.response;
        const given = [row, rec.main].some((r) => r.rationale || r.responseReason);
        if ((response === 'Partially accept' || response === 'Not accept') && !given)
          emit({ row: row.source.row, field: 'response_rationale' }, { response });
      }
  },
});
