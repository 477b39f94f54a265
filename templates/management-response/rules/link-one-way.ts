import { sheetRule } from './context.js';

export default sheetRule({
  id: 'management-response.link-one-way',
  severity: 'warning',
  title: { en: 'Link not returned', fr: 'Lien sans retour', es: 'Vínculo sin retorno' },
  messages: {
    en: 'Recommendation {rec} links to {target}, but {target} does not link back to {rec}.',
    fr: 'La recommandation {rec} renvoie à {target}, mais {target} ne renvoie pas à {rec}.',
    es: 'La recomendación {rec} remite a {target}, pero {target} no remite a {rec}.',
  },
  fields: ['linked_recs'],
  doc: {
    checks: 'When recommendation A links to B, B links back to A.',
    why:
      'Linked recommendations are implemented together; a link given one way only is often a link forgotten on the ' +
      'other row.',
    fix: "Add the link on the other recommendation's row, or remove it if it was a mistake.",
    example: { input: 'Recommendation 2 links to 3, which names no link.', params: { rec: 2, target: 3 } },
  },
  check({ recs, links }, emit) {
    for (const rec of recs)
      for (const target of links.get(rec.recNo)?.numbers ?? []) {
        const back = links.get(target)?.numbers;
        if (back && !back.includes(rec.recNo))
          emit({ row: rec.main.source.row, field: 'linked_recs', value: String(target) }, { rec: rec.recNo, target });
      }
  },
});
