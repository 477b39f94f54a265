import { sheetRule } from './context.js';

export default sheetRule({
  id: 'management-response.pillar-out-of-range',
  severity: 'warning',
  title: {
    en: "Recommendation in no pillar's range",
    fr: 'Recommandation hors de tout pilier',
    es: 'Recomendación fuera de todo pilar',
  },
  messages: {
    en: 'Recommendation {rec} falls in no pillar’s range.',
    fr: 'La recommandation {rec} n’entre dans la plage d’aucun pilier.',
    es: 'La recomendación {rec} no cae en el rango de ningún pilar.',
  },
  fields: ['rec_no'],
  doc: {
    checks:
      'Each recommendation number falls in the range of one pillar of the settings (pillar 1: recommendations ' +
      '1–18, …).',
    why:
      'A recommendation outside every range is counted under its stated pillar only, or under none: the by-pillar ' +
      'tables miss it.',
    fix: 'Correct the number, or extend the pillar ranges on the Settings sheet or in --settings.',
    example: { input: 'Recommendation 99 where the pillars cover 1–62.', params: { rec: 99 } },
  },
  check({ recs, settings }, emit) {
    const ranged = settings.pillars.filter((p) => p.from !== undefined && p.to !== undefined);
    if (!ranged.length) return;
    for (const rec of recs) {
      if (ranged.some((p) => rec.recNo >= p.from! && rec.recNo <= p.to!)) continue;
      emit({ row: rec.main.source.row, field: 'rec_no', value: String(rec.recNo) }, { rec: rec.recNo });
    }
  },
});
