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
    checks: {
      en: 'When recommendation A links to B, B links back to A.',
      fr: 'Quand la recommandation A renvoie à B, B renvoie aussi à A.',
      es: 'Cuando la recomendación A remite a B, B también remite a A.',
    },
    why: {
      en:
        'Linked recommendations are implemented together; a link given one way only is often a link ' +
        'forgotten on the other row.',
      fr:
        'Les recommandations liées sont mises en œuvre ensemble ; un lien donné dans un seul sens est ' +
        'souvent un lien oublié sur l’autre ligne.',
      es:
        'Las recomendaciones vinculadas se implementan juntas; un vínculo dado en un solo sentido suele ser ' +
        'un vínculo olvidado en la otra fila.',
    },
    fix: {
      en: "Add the link on the other recommendation's row, or remove it if it was a mistake.",
      fr: 'Ajoutez le lien sur la ligne de l’autre recommandation, ou retirez-le s’il était une erreur.',
      es: 'Añada el vínculo en la fila de la otra recomendación, o quítelo si fue un error.',
    },
    example: {
      input: {
        en: 'Recommendation 2 links to 3, which names no link.',
        fr: 'La recommandation 2 renvoie à 3, qui n’indique aucun lien.',
        es: 'La recomendación 2 remite a la 3, que no nombra ningún vínculo.',
      },
      params: { rec: 2, target: 3 },
    },
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
