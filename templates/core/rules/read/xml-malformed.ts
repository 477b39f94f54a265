import { raisedRule, text } from '../../rule.js';

export default raisedRule({
  id: 'read.xml-malformed',
  severity: 'error',
  raisedBy: 'reader',
  title: { en: 'Part not well-formed', fr: 'Partie mal formée', es: 'Parte mal formada' },
  messages: {
    en: text('the file is damaged: the XML of part {part} is not well-formed at {excerpt}'),
    fr: 'le fichier est endommagé : le XML de la partie {part} est mal formé à {excerpt}',
    es: 'el archivo está dañado: el XML de la parte {part} está mal formado en {excerpt}',
  },
  fields: [],
  doc: {
    checks: 'The tags of the workbook’s own parts (workbook, relationships, styles, shared strings) are well-formed.',
    why: 'A tag that cannot be read makes every reading of the part a guess. The file is not consolidated.',
    fix: 'Ask for a fresh copy of the file, saved by Excel.',
    example: {
      input: 'A relationship written `<Relationship Id=rId1 …>`.',
      params: { part: 'xl/_rels/workbook.xml.rels', excerpt: '<Relationship Id=rId1' },
    },
  },
});
