import { raisedRule } from '../../rule.js';
import { FRESH_COPY } from '../../doc-texts.js';

export default raisedRule({
  id: 'read.merge-invalid',
  severity: 'error',
  raisedBy: 'reader',
  title: {
    en: 'Merged area that is no range',
    fr: 'Fusion qui n’est pas une plage',
    es: 'Combinación que no es un rango',
  },
  messages: {
    en: 'the file is damaged: sheet "{sheet}" has a merged area "{range}" that is no range',
    fr: 'le fichier est endommagé : la feuille « {sheet} » a une zone fusionnée « {range} » qui n’est pas une plage',
    es: 'el archivo está dañado: la hoja «{sheet}» tiene un área combinada «{range}» que no es un rango',
  },
  fields: [],
  doc: {
    checks: {
      en: 'Every merged area of a sheet is a range such as A1:C1.',
      fr: 'Chaque zone fusionnée d’une feuille est une plage comme A1:C1.',
      es: 'Cada área combinada de una hoja es un rango como A1:C1.',
    },
    why: {
      en: "Merged cells are read as their first cell's value; a merge that is no range cannot be spread safely.",
      fr:
        'Les cellules fusionnées sont lues avec la valeur de leur première cellule ; une fusion qui n’est ' +
        'pas une plage ne peut pas être étendue sans risque.',
      es:
        'Las celdas combinadas se leen con el valor de su primera celda; una combinación que no es un rango ' +
        'no se puede extender con seguridad.',
    },
    fix: FRESH_COPY,
    example: {
      input: {
        en: 'A merge written `A1:`.',
        fr: 'Une fusion écrite `A1:`.',
        es: 'Una combinación escrita `A1:`.',
      },
      params: { sheet: 'Matrix', range: 'A1:' },
    },
  },
});
