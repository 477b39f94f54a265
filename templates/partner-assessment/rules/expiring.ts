import { on, partnerName, sheetRule } from './context.js';
import { EXPIRING_LIMIT_YEARS } from '../ratings.js';

export default sheetRule({
  id: 'partner-assessment.expiring',
  severity: 'warning',
  title: { en: 'Assessment expiring', fr: 'Évaluation arrivant à expiration', es: 'Evaluación por vencer' },
  messages: {
    en: '{partner}: assessed in {year}, {years} calendar years before {asOfYear}: due for a new assessment.',
    fr: '{partner} : évalué en {year}, {years} années civiles avant {asOfYear} : une nouvelle évaluation est due.',
    es: '{partner}: evaluado en {year}, {years} años civiles antes de {asOfYear}: corresponde una nueva evaluación.',
  },
  fields: ['assessment_date'],
  doc: {
    checks: {
      en:
        `A partner's latest assessment in the sheet is flagged as eTools flags it: when the reference year minus the ` +
        `assessment's year is ${EXPIRING_LIMIT_YEARS} or more (calendar years: in 2026, 2022-12-31 is expiring, ` +
        '2023-01-01 is not).',
      fr:
        'La dernière évaluation d’un partenaire dans la feuille est marquée comme eTools la marque : quand ' +
        'l’année de référence moins l’année de l’évaluation vaut 4 ou plus (années civiles : en 2026, le ' +
        '2022-12-31 arrive à expiration, le 2023-01-01 non).',
      es:
        'La última evaluación de un socio en la hoja se marca como la marca eTools: cuando el año de ' +
        'referencia menos el año de la evaluación es 4 o más (años civiles: en 2026, el 2022-12-31 está por ' +
        'vencer, el 2023-01-01 no).',
    },
    why: {
      en: 'An old assessment may no longer say how the partner stands: agencies renew it before it expires.',
      fr:
        'Une évaluation ancienne ne dit peut-être plus où en est le partenaire : les agences la renouvellent ' +
        'avant qu’elle n’expire.',
      es: 'Una evaluación antigua puede ya no decir cómo está el socio: las agencias la renuevan antes de que venza.',
    },
    fix: {
      en: 'Plan a new assessment with the partner, and record it when done.',
      fr: 'Prévoyez une nouvelle évaluation avec le partenaire, et enregistrez-la une fois faite.',
      es: 'Planifique una nueva evaluación con el socio, y regístrela una vez hecha.',
    },
    example: {
      input: {
        en: 'Assessed on 2022-05-18, checked in 2026.',
        fr: 'Évalué le 2022-05-18, vérifié en 2026.',
        es: 'Evaluado el 2022-05-18, revisado en 2026.',
      },
      params: { partner: 'Green Valley Development', year: 2022, years: 4, asOfYear: 2026 },
    },
  },
  check({ assessments, asOf }, emit) {
    const asOfYear = Number(asOf.slice(0, 4));
    for (const a of assessments) {
      if (!a.expiring || !a.date) continue;
      // A later assessment of the same partner in the sheet replaces this one.
      if (assessments.some((b) => b !== a && b.partnerKey === a.partnerKey && (b.date?.iso ?? '') > a.date!.iso))
        continue;
      const year = Number(a.date.iso.slice(0, 4));
      emit(on(a, a.cells.date, { field: 'assessment_date', value: a.date.iso }), {
        partner: partnerName(a),
        year,
        years: asOfYear - year,
        asOfYear,
      });
    }
  },
});
