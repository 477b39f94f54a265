import { on, partnerName, sheetRule } from './context.js';
import { text } from '../../core/rule.js';
import { RISK } from '../ratings.js';
import { enumTerms } from '../../core/schema.js';

const TERMS = enumTerms(RISK);

export default sheetRule({
  id: 'partner-assessment.risk-mismatch',
  severity: 'error',
  title: {
    en: 'Stated risk does not follow the total',
    fr: 'Risque indiqué incohérent avec le total',
    es: 'Riesgo indicado incoherente con el total',
  },
  messages: {
    en: text(
      '{partner}: the stated risk is {stated}, but the total {total} gives {computed} (8 or less High, ',
      '9–14 Moderate, 15 or more Low).',
    ),
    fr:
      '{partner} : le risque indiqué est {stated}, mais le total {total} donne {computed} (8 ou moins ' +
      'élevé, 9–14 modéré, 15 ou plus faible).',
    es:
      '{partner}: el riesgo indicado es {stated}, pero el total {total} da {computed} (8 o menos alto, ' +
      '9–14 moderado, 15 o más bajo).',
  },
  terms: { stated: TERMS, computed: TERMS },
  fields: ['risk_rating', 'total_score'],
  doc: {
    checks:
      'A risk written in the sheet is the one eTools gives the sum of the six ratings (overall_rating_display): 8 or ' +
      'less High, 9 to 14 Moderate, 15 or more Low.',
    why: 'Partners are followed up by risk level: a risk that does not follow the ratings misplaces the partner.',
    fix: 'Correct the risk (the suggestion), or the ratings if one was mistyped.',
    example: {
      input: 'Youth for Change rated 14 in total, stated Low.',
      params: { partner: 'Youth for Change', stated: 'Low', total: 14, computed: 'Moderate' },
    },
  },
  check({ assessments }, emit) {
    for (const a of assessments) {
      if (!a.risk || !a.statedRisk || a.statedRisk === 'none' || a.statedRisk === a.risk) continue;
      emit(on(a, a.cells.risk, { field: 'risk_rating', value: a.statedRiskText, suggestion: a.risk }), {
        partner: partnerName(a),
        stated: a.statedRisk,
        total: a.total!,
        computed: a.risk,
      });
    }
  },
});
