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
    checks: {
      en:
        'Each core standard is rated as eTools rates it: Absent (1), Progressing (2) or Adequate (3), by ' +
        'number or label in English, French or Spanish.',
      fr:
        'Chaque norme fondamentale est notée comme eTools la note : Absent (1), En progression (2) ou ' +
        'Adéquat (3), par chiffre ou par libellé en anglais, en français ou en espagnol.',
      es:
        'Cada norma básica se califica como lo hace eTools: Ausente (1), En progreso (2) o Adecuado (3), por ' +
        'número o por etiqueta en inglés, francés o español.',
    },
    why: {
      en: 'An unreadable rating is no rating: the assessment is incomplete and gets no total and no risk.',
      fr: 'Une note illisible n’est pas une note : l’évaluation est incomplète et n’a ni total ni risque.',
      es: 'Una calificación ilegible no es una calificación: la evaluación queda incompleta y sin total ni riesgo.',
    },
    fix: {
      en: 'Write 1, 2 or 3 (or Absent, Progressing, Adequate).',
      fr: 'Écrivez 1, 2 ou 3 (ou Absent, En progression, Adéquat).',
      es: 'Escriba 1, 2 o 3 (o Ausente, En progreso, Adecuado).',
    },
    example: {
      input: {
        en: 'A rating typed "4".',
        fr: 'Une note saisie « 4 ».',
        es: 'Una calificación escrita «4».',
      },
      params: { value: '4' },
    },
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
