import { raisedRule } from '../../rule.js';

export default raisedRule({
  id: 'read.sheet-xml-malformed',
  severity: 'error',
  raisedBy: 'reader',
  title: { en: 'Sheet not well-formed', fr: 'Feuille mal formée', es: 'Hoja mal formada' },
  messages: {
    en: 'the file is damaged: the XML of sheet "{sheet}" is not well-formed at {excerpt}',
    fr: 'le fichier est endommagé : le XML de la feuille « {sheet} » est mal formé à {excerpt}',
    es: 'el archivo está dañado: el XML de la hoja «{sheet}» está mal formado en {excerpt}',
  },
  fields: [],
  doc: {
    checks: 'Every row and cell tag of a sheet is well-formed: its attributes in quotes, its cells inside a row.',
    why: 'A cell that cannot be placed cannot be read; guessing would put values in the wrong cells.',
    fix: 'Ask for a fresh copy of the file, saved by Excel.',
    example: { input: 'A cell written `<c r=~A3>`.', params: { sheet: 'Matrix', excerpt: '<c r=~A3>' } },
  },
});
