/**
 * The UN partner PSEA capacity assessment scored as UNICEF's eTools scores it (github.com/unicef/etools, commit
 * 1ce1df5): each core standard rated Absent 1, Progressing 2, Adequate 3 (core/data/psea_indicators.json, the
 * psea.rating objects); the overall rating is the sum of the answers' weights, and none until every active standard
 * is answered (psea/models.py, Assessment.rating and answers_complete); the risk display is High for a total of 8 or
 * less, Moderate above 8 up to 14, Low from 15 (Assessment.overall_rating_display, models.py lines 210–219); an
 * assessment is expiring when this year minus its year is 4 or more (partners/models.py,
 * EXPIRING_ASSESSMENT_LIMIT_YEAR = 4 and expiring_psea_assessment_flag). The French and Spanish labels are ours.
 */
import type { EnumDef } from '../core/schema.js';

export type Risk = 'High' | 'Moderate' | 'Low';
export const RISKS: readonly Risk[] = ['High', 'Moderate', 'Low'];

/** eTools' rating weights by label. */
export const RATING: EnumDef = {
  id: 'rating',
  values: [
    {
      value: '1',
      label: { en: 'Absent', fr: 'Absent', es: 'Ausente' },
      aliases: ['1 - Absent', '1 Absent', 'Absente', '1 - Ausente', 'Inexistant', 'Inexistente'],
    },
    {
      value: '2',
      label: { en: 'Progressing', fr: 'En progression', es: 'En progreso' },
      aliases: ['2 - Progressing', '2 Progressing', 'En cours', 'En desarrollo', '2 - En progreso', 'Partial'],
    },
    {
      value: '3',
      label: { en: 'Adequate', fr: 'Adéquat', es: 'Adecuado' },
      aliases: ['3 - Adequate', '3 Adequate', 'Adéquate', 'Adecuada', '3 - Adecuado'],
    },
  ],
};

/** The risk a sheet states: eTools' display values, their partner labels (EN/FR/ES, partners/locale), ours. */
export const RISK: EnumDef = {
  id: 'risk',
  values: [
    {
      value: 'High',
      label: { en: 'High', fr: 'Élevé', es: 'Alto' },
      aliases: [
        'High risk',
        'Low Capacity (High Risk)',
        'Faible capacité (risque élevé)',
        'Baja capacidad (alto riesgo)',
        'Risque élevé',
        'Riesgo alto',
        'Alto riesgo',
      ],
    },
    {
      value: 'Moderate',
      label: { en: 'Moderate', fr: 'Modéré', es: 'Moderado' },
      aliases: [
        'Medium',
        'Moderate risk',
        'Medium Capacity (Moderate Risk)',
        'Capacité moyenne (risque modéré)',
        'Capacidad media (riesgo moderado)',
        'Risque modéré',
        'Riesgo moderado',
        'Moyen',
        'Medio',
      ],
    },
    {
      value: 'Low',
      label: { en: 'Low', fr: 'Faible', es: 'Bajo' },
      aliases: [
        'Low risk',
        'Full Capacity (Low Risk)',
        'Pleine capacité (faible risque)',
        'Plena capacidad (bajo riesgo)',
        'Risque faible',
        'Riesgo bajo',
        'Bajo riesgo',
      ],
    },
  ],
};

/** eTools' partner labels that state no computed risk: nothing to compare with the total. */
export const NOT_A_RISK = [
  'Low Capacity Assumed - Emergency',
  'Faible capacité présumée - Urgence',
  'Baja Capacidad Supuesta - Emergencia',
  'No Contact with Beneficiaries',
  'Aucun contact avec les bénéficiaires',
  'Ningún contacto con los beneficiarios',
  'Not Assessed',
  'Non évalué',
  'No evaluado',
];

/** eTools' lowest and highest possible totals of six ratings, and its boundaries. */
export const HIGH_MAX = 8;
export const MODERATE_MAX = 14;
export const EXPIRING_LIMIT_YEARS = 4;

/**
 * overall_rating_display, comparison for comparison: no risk for a missing or zero total; 8 or less High; above 8 up
 * to 14 Moderate; 15 or more Low.
 */
export function riskOf(total: number | null | undefined): Risk | undefined {
  if (!total) return undefined;
  if (total <= HIGH_MAX) return 'High';
  if (total > HIGH_MAX && total <= MODERATE_MAX) return 'Moderate';
  if (total >= 15) return 'Low';
  return undefined;
}

/** expiring_psea_assessment_flag: calendar years only (in 2026, 2022-12-31 expires and 2023-01-01 does not). */
export function isExpiring(assessedIso: string, asOfIso: string): boolean {
  return Number(asOfIso.slice(0, 4)) - Number(assessedIso.slice(0, 4)) >= EXPIRING_LIMIT_YEARS;
}
