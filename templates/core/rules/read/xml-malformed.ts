import { raisedRule, text } from '../../rule.js';
import { FRESH_COPY } from '../../doc-texts.js';

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
    checks: {
      en: 'The tags of the workbook’s own parts (workbook, relationships, styles, shared strings) are well-formed.',
      fr:
        'Les balises des parties propres du classeur (classeur, relations, styles, chaînes partagées) sont ' +
        'bien formées.',
      es:
        'Las etiquetas de las partes propias del libro (libro, relaciones, estilos, cadenas compartidas) ' +
        'están bien formadas.',
    },
    why: {
      en: 'A tag that cannot be read makes every reading of the part a guess. The file is not consolidated.',
      fr: 'Une balise illisible fait de toute lecture de la partie une supposition. Le fichier n’est pas consolidé.',
      es:
        'Una etiqueta que no se puede leer convierte cualquier lectura de la parte en una suposición. El ' +
        'archivo no se consolida.',
    },
    fix: FRESH_COPY,
    example: {
      input: {
        en: 'A relationship written `<Relationship Id=rId1 …>`.',
        fr: 'Une relation écrite `<Relationship Id=rId1 …>`.',
        es: 'Una relación escrita `<Relationship Id=rId1 …>`.',
      },
      params: { part: 'xl/_rels/workbook.xml.rels', excerpt: '<Relationship Id=rId1' },
    },
  },
});
