import { sheetRule } from './context.js';

export default sheetRule({
  id: 'management-response.link-invalid',
  severity: 'warning',
  title: { en: 'Link that is not a number', fr: 'Lien qui n’est pas un numéro', es: 'Vínculo que no es un número' },
  messages: {
    en: 'Linked recommendation "{value}" is not a recommendation number.',
    fr: 'La recommandation liée « {value} » n’est pas un numéro de recommandation.',
    es: 'La recomendación vinculada «{value}» no es un número de recomendación.',
  },
  fields: ['linked_recs'],
  doc: {
    checks: {
      en:
        'Each piece of the linked recommendations cell is a recommendation number ("3", "#3", "Rec 3", "3 ' +
        'and 20").',
      fr:
        'Chaque élément de la cellule « Recommandations liées » est un numéro de recommandation (« 3 », « #3 ' +
        '», « Rec 3 », « 3 et 20 »).',
      es:
        'Cada elemento de la celda «Recomendaciones vinculadas» es un número de recomendación («3», «#3», ' +
        '«Rec 3», «3 y 20»).',
    },
    why: {
      en: 'A link that is not a number cannot be followed or checked both ways.',
      fr: 'Un lien qui n’est pas un numéro ne peut être ni suivi ni vérifié dans les deux sens.',
      es: 'Un vínculo que no es un número no se puede seguir ni comprobar en los dos sentidos.',
    },
    fix: {
      en: 'Write the linked recommendations as numbers separated by commas; move other remarks to a comment.',
      fr:
        'Écrivez les recommandations liées en numéros séparés par des virgules ; déplacez les autres ' +
        'remarques dans un commentaire.',
      es:
        'Escriba las recomendaciones vinculadas como números separados por comas; pase las demás ' +
        'observaciones a un comentario.',
    },
    example: {
      input: {
        en: 'Linked recommendations "3, see annex".',
        fr: '« Recommandations liées » saisies « 3, see annex ».',
        es: '«Recomendaciones vinculadas» escritas «3, see annex».',
      },
      params: { value: 'see annex' },
    },
  },
  check({ recs, links }, emit) {
    for (const { recNo, main } of recs)
      for (const bad of links.get(recNo)?.invalid ?? [])
        emit({ row: main.source.row, field: 'linked_recs', value: bad }, { value: bad });
  },
});
