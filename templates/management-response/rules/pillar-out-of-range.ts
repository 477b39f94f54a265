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
    checks: {
      en:
        'Each recommendation number falls in the range of one pillar of the settings (pillar 1: ' +
        'recommendations 1–18, …).',
      fr:
        'Chaque numéro de recommandation tombe dans la plage d’un pilier des paramètres (pilier 1 : ' +
        'recommandations 1–18, …).',
      es:
        'Cada número de recomendación cae en el rango de un pilar de la configuración (pilar 1: ' +
        'recomendaciones 1–18, …).',
    },
    why: {
      en:
        'A recommendation outside every range is counted under its stated pillar only, or under none: the ' +
        'by-pillar tables miss it.',
      fr:
        'Une recommandation hors de toute plage n’est comptée que sous le pilier indiqué, ou sous aucun : ' +
        'les tableaux par pilier ne la comptent pas.',
      es:
        'Una recomendación fuera de todo rango solo se cuenta bajo el pilar indicado, o bajo ninguno: las ' +
        'tablas por pilar no la recogen.',
    },
    fix: {
      en: 'Correct the number, or extend the pillar ranges on the Settings sheet or in --settings.',
      fr: 'Corrigez le numéro, ou élargissez les plages des piliers sur la feuille Settings ou dans --settings.',
      es: 'Corrija el número, o amplíe los rangos de los pilares en la hoja Settings o en --settings.',
    },
    example: {
      input: {
        en: 'Recommendation 99 where the pillars cover 1–62.',
        fr: 'La recommandation 99 alors que les piliers couvrent 1–62.',
        es: 'La recomendación 99 cuando los pilares cubren 1–62.',
      },
      params: { rec: 99 },
    },
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
