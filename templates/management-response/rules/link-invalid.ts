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
    checks:
      'Each piece of the linked recommendations cell is a recommendation number ("3", "#3", "Rec 3", "3 and 20").',
    why: 'A link that is not a number cannot be followed or checked both ways.',
    fix: 'Write the linked recommendations as numbers separated by commas; move other remarks to a comment.',
    example: { input: 'Linked recommendations "3, see annex".', params: { value: 'see annex' } },
  },
  check({ recs, links }, emit) {
    for (const { recNo, main } of recs)
      for (const bad of links.get(recNo)?.invalid ?? [])
        emit({ row: main.source.row, field: 'linked_recs', value: bad }, { value: bad });
  },
});
