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
    checks: {
      en:
        'A risk written in the sheet is High, Moderate or Low, or one of eTools’ partner labels ("Low ' +
        'Capacity (High Risk)", "Plena capacidad (bajo riesgo)"…) in English, French or Spanish.',
      fr:
        'Un risque écrit dans la feuille est Élevé, Modéré ou Faible, ou l’un des libellés de partenaire ' +
        'd’eTools (« Low Capacity (High Risk) », « Plena capacidad (bajo riesgo) »…) en anglais, en français ' +
        'ou en espagnol.',
      es:
        'Un riesgo escrito en la hoja es Alto, Moderado o Bajo, o una de las etiquetas de socio de eTools ' +
        '(«Low Capacity (High Risk)», «Plena capacidad (bajo riesgo)»…) en inglés, francés o español.',
    },
    why: {
      en: 'An unreadable risk cannot be checked against the total.',
      fr: 'Un risque illisible ne peut pas être confronté au total.',
      es: 'Un riesgo ilegible no se puede contrastar con el total.',
    },
    fix: {
      en: 'Write High, Moderate or Low, or leave the risk for the product to compute.',
      fr: 'Écrivez Élevé, Modéré ou Faible, ou laissez le produit calculer le risque.',
      es: 'Escriba Alto, Moderado o Bajo, o deje que el producto calcule el riesgo.',
    },
    example: {
      input: {
        en: 'A risk typed "Severe".',
        fr: 'Un risque saisi « Severe ».',
        es: 'Un riesgo escrito «Severe».',
      },
      params: { value: 'Severe' },
    },
  },
  check({ assessments }, emit) {
    for (const a of assessments)
      if (a.statedRiskText && a.statedRisk === undefined)
        emit(on(a, a.cells.risk, { field: 'risk_rating', value: a.statedRiskText }), { value: a.statedRiskText });
  },
});
