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
    checks: {
      en: 'Every recommendation number in a linked recommendations cell is a recommendation of the sheet.',
      fr:
        'Chaque numéro de recommandation d’une cellule « Recommandations liées » est une recommandation de ' +
        'la feuille.',
      es: 'Cada número de recomendación de una celda «Recomendaciones vinculadas» es una recomendación de la hoja.',
    },
    why: {
      en: 'A link to nothing is a typo or a recommendation left out of the response.',
      fr: 'Un lien vers rien est une faute de frappe ou une recommandation oubliée dans la réponse.',
      es: 'Un vínculo a nada es una errata o una recomendación olvidada en la respuesta.',
    },
    fix: {
      en: 'Correct the number, or add the missing recommendation.',
      fr: 'Corrigez le numéro, ou ajoutez la recommandation manquante.',
      es: 'Corrija el número, o añada la recomendación que falta.',
    },
    example: {
      input: {
        en: 'Recommendation 1 linked to 99 in a matrix of 62.',
        fr: 'La recommandation 1 liée à 99 dans une matrice de 62.',
        es: 'La recomendación 1 vinculada a 99 en una matriz de 62.',
      },
      params: { rec: 1, target: 99 },
    },
  },
  check({ recs, links }, emit) {
    for (const rec of recs)
      for (const target of links.get(rec.recNo)?.numbers ?? [])
        if (!links.has(target))
          emit({ row: rec.main.source.row, field: 'linked_recs', value: String(target) }, { rec: rec.recNo, target });
  },
});
