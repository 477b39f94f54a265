import { sheetRule } from './context.js';

export default sheetRule({
  id: 'partner-assessment.rating-value',
  severity: 'error',
  title: { en: 'Rating not 1, 2 or 3', fr: 'Note autre que 1, 2 ou 3', es: 'Calificación distinta de 1, 2 o 3' },
  messages: {
    en: 'Rating "{value}" is not 1 (Absent), 2 (Progressing) or 3 (Adequate).',
    fr: 'La note « {value} » n’est ni 1 (Absent), ni 2 (En progression), ni 3 (Adéquat).',
    es: 'La calificación «{value}» no es 1 (Ausente), 2 (En progreso) ni 3 (Adecuado).',
  },
  fields: ['rating'],
  doc: {
    checks:
      'Each core standard is rated as eTools rates it: Absent (1), Progressing (2) or Adequate (3), by number or ' +
      'label in English, French or Spanish.',
    why: 'An unreadable rating is no rating: the assessment is incomplete and gets no total and no risk.',
    fix: 'Write 1, 2 or 3 (or Absent, Progressing, Adequate).',
    example: { input: 'A rating typed "4".', params: { value: '4' } },
  },
  check({ assessments }, emit) {
    for (const a of assessments)
      for (const answer of a.answers)
        if (answer.ratingText && Number.isNaN(answer.rating))
          emit(
            {
              row: answer.row,
              field: 'rating',
              value: answer.ratingText,
              ...(answer.cells.rating ? { cell: answer.cells.rating } : {}),
            },
            { value: answer.ratingText },
          );
  },
});
