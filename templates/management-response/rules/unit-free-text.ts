import { sheetRule } from './context.js';

export default sheetRule({
  id: 'management-response.unit-free-text',
  severity: 'info',
  title: { en: 'Text in a unit column', fr: 'Texte dans une colonne d’unités', es: 'Texto en una columna de unidades' },
  messages: {
    en: '"{value}" is not a unit code; it is kept as text.',
    fr: '« {value} » n’est pas un code d’unité ; il est conservé comme texte.',
    es: '«{value}» no es un código de unidad; se conserva como texto.',
  },
  fields: ['responsible_units', 'support_units'],
  doc: {
    checks: {
      en:
        'A piece of a unit cell that reads as prose rather than a code ("relevant units as required") is ' +
        'kept as text.',
      fr:
        'Un morceau de cellule d’unités qui se lit comme une phrase plutôt qu’un code (« unités concernées ' +
        'selon les besoins ») est gardé comme texte.',
      es:
        'Un trozo de una celda de unidades que se lee como texto corrido y no como código («unidades ' +
        'pertinentes según sea necesario») se conserva como texto.',
    },
    why: {
      en: 'Prose names no unit: nobody is counted as responsible for it in the status-by-unit table.',
      fr:
        'Une phrase ne nomme aucune unité : personne n’est compté comme responsable dans le tableau de ' +
        'statut par unité.',
      es:
        'Un texto corrido no nombra ninguna unidad: nadie se cuenta como responsable en la tabla de estado ' +
        'por unidad.',
    },
    fix: {
      en: 'Nothing is wrong if the prose is meant; to count it, name the units by their codes.',
      fr: 'Rien n’est faux si la phrase est voulue ; pour la compter, nommez les unités par leurs codes.',
      es: 'No hay error si el texto es intencionado; para contarlo, nombre las unidades por sus códigos.',
    },
    example: {
      input: {
        en: 'Support from "PSEAH and relevant units as required".',
        fr: '« Appui de » saisi « PSEAH and relevant units as required ».',
        es: '«Apoyo de» escrito «PSEAH and relevant units as required».',
      },
      params: { value: 'relevant units as required' },
    },
  },
  check({ rows }, emit) {
    for (const row of rows)
      for (const { field, tokens } of row.units)
        for (const { token, match } of tokens)
          if (match.kind === 'free-text') emit({ row: row.source.row, field, value: token }, { value: token });
  },
});
