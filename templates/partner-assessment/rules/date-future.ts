import { on, partnerName, sheetRule } from './context.js';

export default sheetRule({
  id: 'partner-assessment.date-future',
  severity: 'error',
  title: {
    en: 'Assessment dated in the future',
    fr: 'Évaluation datée dans le futur',
    es: 'Evaluación fechada en el futuro',
  },
  messages: {
    en: '{partner}: assessed on {date}, after the reference date {asOf}.',
    fr: '{partner} : évalué le {date}, après la date de référence {asOf}.',
    es: '{partner}: evaluado el {date}, después de la fecha de referencia {asOf}.',
  },
  fields: ['assessment_date'],
  doc: {
    checks: {
      en:
        'An assessment date is not after the reference date (--as-of, today by default), as eTools refuses ' +
        '("Date may not be in the future").',
      fr:
        'Une date d’évaluation n’est pas postérieure à la date de référence (--as-of, aujourd’hui par ' +
        'défaut), comme eTools la refuse (« Date may not be in the future »).',
      es:
        'Una fecha de evaluación no es posterior a la fecha de referencia (--as-of, hoy por defecto), igual ' +
        'que eTools la rechaza («Date may not be in the future»).',
    },
    why: {
      en:
        'A future date is a typo (often the year): it makes the assessment the partner’s latest and hides ' +
        'its expiry.',
      fr:
        'Une date future est une faute de frappe (souvent l’année) : elle fait de l’évaluation la dernière ' +
        'du partenaire et cache son expiration.',
      es:
        'Una fecha futura es una errata (a menudo el año): convierte la evaluación en la última del socio y ' +
        'oculta su vencimiento.',
    },
    fix: {
      en: 'Correct the date (often its year) to the day the assessment was made.',
      fr: 'Corrigez la date (souvent son année) au jour où l’évaluation a été faite.',
      es: 'Corrija la fecha (a menudo su año) al día en que se hizo la evaluación.',
    },
    example: {
      input: {
        en: 'A partner assessed on 2026-09-01, checked on 2026-06-30.',
        fr: 'Un partenaire évalué le 2026-09-01, vérifié le 2026-06-30.',
        es: 'Un socio evaluado el 2026-09-01, revisado el 2026-06-30.',
      },
      params: { partner: 'Mountain Aid Collective', date: '2026-09-01', asOf: '2026-06-30' },
    },
  },
  check({ assessments, asOf }, emit) {
    for (const a of assessments)
      if (a.date && a.date.iso > asOf)
        emit(on(a, a.cells.date, { field: 'assessment_date', value: a.date.iso }), {
          partner: partnerName(a),
          date: a.date.iso,
          asOf,
        });
  },
});
