import { sheetRule } from './context.js';

export default sheetRule({
  id: 'management-response.link-missing',
  severity: 'error',
  title: {
    en: 'Link to a missing recommendation',
    fr: 'Lien vers une recommandation absente',
    es: 'Vínculo a una recomendación inexistente',
  },
  messages: {
    en: 'Recommendation {rec} links to recommendation {target}, which does not exist.',
    fr: 'La recommandation {rec} renvoie à la recommandation {target}, qui n’existe pas.',
    es: 'La recomendación {rec} remite a la recomendación {target}, que no existe.',
  },
  fields: ['linked_recs'],
  doc: {
    checks: 'Every recommendation number in a linked recommendations cell is a recommendation of the sheet.',
    why: 'A link to nothing is a typo or a recommendation left out of the response.',
    fix: 'Correct the number, or add the missing recommendation.',
    example: { input: 'Recommendation 1 linked to 99 in a matrix of 62.', params: { rec: 1, target: 99 } },
  },
  check({ recs, links }, emit) {
    for (const rec of recs)
      for (const target of links.get(rec.recNo)?.numbers ?? [])
        if (!links.has(target))
          emit({ row: rec.main.source.row, field: 'linked_recs', value: String(target) }, { rec: rec.recNo, target });
  },
});
