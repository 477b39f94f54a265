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
    checks: {
      en:
        'A risk written in the sheet is the one eTools gives the sum of the six ratings ' +
        '(overall_rating_display): 8 or less High, 9 to 14 Moderate, 15 or more Low.',
      fr:
        'Un risque écrit dans la feuille est celui qu’eTools donne à la somme des six notes ' +
        '(overall_rating_display) : 8 ou moins Élevé, 9 à 14 Modéré, 15 ou plus Faible.',
      es:
        'Un riesgo escrito en la hoja es el que eTools da a la suma de las seis calificaciones ' +
        '(overall_rating_display): 8 o menos Alto, de 9 a 14 Moderado, 15 o más Bajo.',
    },
    why: {
      en: 'Partners are followed up by risk level: a risk that does not follow the ratings misplaces the partner.',
      fr:
        'Les partenaires sont suivis par niveau de risque : un risque qui ne suit pas les notes place mal le ' +
        'partenaire.',
      es: 'Los socios se siguen por nivel de riesgo: un riesgo que no sigue a las calificaciones sitúa mal al socio.',
    },
    fix: {
      en: 'Correct the risk (the suggestion), or the ratings if one was mistyped.',
      fr: 'Corrigez le risque (la suggestion), ou les notes si l’une a été mal saisie.',
      es: 'Corrija el riesgo (la sugerencia), o las calificaciones si una se escribió mal.',
    },
    example: {
      input: {
        en: 'Youth for Change rated 14 in total, stated Low.',
        fr: 'Youth for Change noté 14 au total, indiqué Faible.',
        es: 'Youth for Change con 14 en total, indicado Bajo.',
      },
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
