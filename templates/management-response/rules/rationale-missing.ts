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
    checks: "A Partially accept or Not accept response gives its rationale, on its row or on its recommendation's row.",
    why:
      'Evaluation policies ask management to explain what it does not accept; without the reason, the response ' +
      'cannot be reviewed.',
    fix: 'Write the rationale: what is not accepted, and why.',
    example: { input: 'A "Not accept" with an empty rationale.', params: { response: 'Not accept' } },
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
