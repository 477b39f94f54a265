import { partnerName, sheetRule } from './context.js';

export default sheetRule({
  id: 'partner-assessment.standard-duplicate',
  severity: 'error',
  title: {
    en: 'Core standard rated twice',
    fr: 'Norme fondamentale notée deux fois',
    es: 'Norma básica calificada dos veces',
  },
  messages: {
    en: '{partner}: {standard} is answered again (first on row {firstRow}); the first answer is scored.',
    fr: '{partner} : {standard} a une seconde réponse (la première ligne {firstRow}) ; la première est comptée.',
    es: '{partner}: {standard} tiene otra respuesta (la primera en la fila {firstRow}); se cuenta la primera.',
  },
  fields: ['standard'],
  doc: {
    checks: 'An assessment answers each core standard once (eTools: one answer per assessment and indicator).',
    why: 'Two answers for one standard may disagree; only the first is scored, so the total may not be the one meant.',
    fix: 'Keep one row per core standard for each partner and date.',
    example: {
      input: 'Hope Relief Initiative has two CS3 rows.',
      params: { partner: 'Hope Relief Initiative', standard: 'CS-3', firstRow: 4 },
    },
  },
  check({ assessments }, emit) {
    for (const a of assessments) {
      const first = new Map<string, number>();
      for (const answer of a.answers) {
        if (!answer.standard) continue;
        const seen = first.get(answer.standard.id);
        if (seen === undefined) first.set(answer.standard.id, answer.row);
        else
          emit(
            { row: answer.row, field: 'standard', value: answer.standardText },
            { partner: partnerName(a), standard: answer.standard.id, firstRow: seen },
          );
      }
    }
  },
});
