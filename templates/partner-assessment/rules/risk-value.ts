import { on, sheetRule } from './context.js';

export default sheetRule({
  id: 'partner-assessment.risk-value',
  severity: 'error',
  title: { en: 'Risk rating not recognised', fr: 'Niveau de risque non reconnu', es: 'Nivel de riesgo no reconocido' },
  messages: {
    en: 'Risk "{value}" is not High, Moderate or Low (nor an eTools partner label).',
    fr: 'Le risque « {value} » n’est ni Élevé, ni Modéré, ni Faible (ni un libellé de partenaire d’eTools).',
    es: 'El riesgo «{value}» no es Alto, Moderado ni Bajo (ni una etiqueta de socio de eTools).',
  },
  fields: ['risk_rating'],
  doc: {
    checks:
      'A risk written in the sheet is High, Moderate or Low, or one of eTools’ partner labels ("Low Capacity (High ' +
      'Risk)", "Plena capacidad (bajo riesgo)"…) in English, French or Spanish.',
    why: 'An unreadable risk cannot be checked against the total.',
    fix: 'Write High, Moderate or Low, or leave the risk for the product to compute.',
    example: { input: 'A risk typed "Severe".', params: { value: 'Severe' } },
  },
  check({ assessments }, emit) {
    for (const a of assessments)
      if (a.statedRiskText && a.statedRisk === undefined)
        emit(on(a, a.cells.risk, { field: 'risk_rating', value: a.statedRiskText }), { value: a.statedRiskText });
  },
});
