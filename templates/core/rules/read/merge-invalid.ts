import { raisedRule } from '../../rule.js';

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
    checks: 'Every merged area of a sheet is a range such as A1:C1.',
    why: "Merged cells are read as their first cell's value; a merge that is no range cannot be spread safely.",
    fix: 'Ask for a fresh copy of the file, saved by Excel.',
    example: { input: 'A merge written `A1:`.', params: { sheet: 'Matrix', range: 'A1:' } },
  },
});
