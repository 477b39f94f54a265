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
    checks: {
      en: 'An assessment answers each core standard once (eTools: one answer per assessment and indicator).',
      fr:
        'Une évaluation répond une seule fois à chaque norme fondamentale (eTools : une réponse par ' +
        'évaluation et par indicateur).',
      es:
        'Una evaluación responde una sola vez a cada norma básica (eTools: una respuesta por evaluación e ' +
        'indicador).',
    },
    why: {
      en:
        'Two answers for one standard may disagree; only the first is scored, so the total may not be the ' +
        'one meant.',
      fr:
        'Deux réponses pour une norme peuvent se contredire ; seule la première est notée, et le total n’est ' +
        'peut-être pas celui voulu.',
      es:
        'Dos respuestas para una norma pueden no coincidir; solo se puntúa la primera, así que el total ' +
        'puede no ser el que se quería.',
    },
    fix: {
      en: 'Keep one row per core standard for each partner and date.',
      fr: 'Gardez une ligne par norme fondamentale pour chaque partenaire et chaque date.',
      es: 'Conserve una fila por norma básica para cada socio y fecha.',
    },
    example: {
      input: {
        en: 'Hope Relief Initiative has two CS3 rows.',
        fr: 'Hope Relief Initiative a deux lignes CS3.',
        es: 'Hope Relief Initiative tiene dos filas CS3.',
      },
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
