import { sheetRule } from './context.js';
import { didYouMean } from '../../core/text.js';

export default sheetRule({
  id: 'management-response.criterion-unknown',
  severity: 'warning',
  title: { en: 'Unknown criterion', fr: 'Critère inconnu', es: 'Criterio desconocido' },
  messages: {
    en: 'Criterion "{value}" is not one of the evaluation criteria.',
    fr: 'Le critère « {value} » ne fait pas partie des critères d’évaluation.',
    es: 'El criterio «{value}» no es uno de los criterios de evaluación.',
  },
  fields: ['criterion'],
  doc: {
    checks: {
      en:
        "The criterion label is the name (or an accepted translation) of one of the evaluation's criteria; a " +
        'near miss gets the nearest name.',
      fr:
        'Le libellé du critère est le nom (ou une traduction admise) de l’un des critères de l’évaluation ; ' +
        'un nom presque juste reçoit le nom le plus proche.',
      es:
        'La etiqueta del criterio es el nombre (o una traducción admitida) de uno de los criterios de la ' +
        'evaluación; un nombre casi correcto recibe el nombre más cercano.',
    },
    why: {
      en: 'An unknown label cannot be checked against the reference, so a mislabelled recommendation goes unnoticed.',
      fr:
        'Un libellé inconnu ne peut pas être confronté à la référence, et une recommandation mal libellée ' +
        'passe inaperçue.',
      es:
        'Una etiqueta desconocida no se puede contrastar con la referencia, así que una recomendación mal ' +
        'etiquetada pasa inadvertida.',
    },
    fix: {
      en: "Use the criterion's name (the suggestion), or declare the criterion on the Settings sheet.",
      fr: 'Utilisez le nom du critère (la suggestion), ou déclarez le critère sur la feuille Settings.',
      es: 'Use el nombre del criterio (la sugerencia), o declare el criterio en la hoja Settings.',
    },
    example: {
      input: {
        en: 'Criterion typed "Internal coherense".',
        fr: '« Critère d’évaluation » saisi « Internal coherense ».',
        es: '«Criterio de evaluación» escrito «Internal coherense».',
      },
      params: { value: 'Internal coherense' },
    },
  },
  check({ recs, settings, criteria, criteriaInferred }, emit) {
    // Criteria read from the labels know every label they kept; the others are criterion-label findings.
    if (criteriaInferred || !settings.criteria.length) return;
    const names = settings.criteria.map((c) => c.name);
    for (const { main } of recs) {
      const label = main.criterionLabel;
      if (!label || criteria.label(label)) continue;
      const suggestion = didYouMean(label, names);
      emit(
        { row: main.source.row, field: 'criterion', value: label, ...(suggestion ? { suggestion } : {}) },
        { value: label },
      );
    }
  },
});
