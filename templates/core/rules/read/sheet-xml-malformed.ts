import { raisedRule } from '../../rule.js';
import { FRESH_COPY } from '../../doc-texts.js';

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
    checks: {
      en: 'Every row and cell tag of a sheet is well-formed: its attributes in quotes, its cells inside a row.',
      fr:
        'Chaque balise de ligne et de cellule d’une feuille est bien formée : ses attributs entre ' +
        'guillemets, ses cellules à l’intérieur d’une ligne.',
      es:
        'Cada etiqueta de fila y de celda de una hoja está bien formada: sus atributos entre comillas, sus ' +
        'celdas dentro de una fila.',
    },
    why: {
      en: 'A cell that cannot be placed cannot be read; guessing would put values in the wrong cells.',
      fr:
        'Une cellule qu’on ne peut pas placer ne peut pas être lue ; deviner mettrait des valeurs dans les ' +
        'mauvaises cellules.',
      es: 'Una celda que no se puede situar no se puede leer; adivinar pondría valores en celdas equivocadas.',
    },
    fix: FRESH_COPY,
    example: {
      input: {
        en: 'A cell written `<c r=~A3>`.',
        fr: 'Une cellule écrite `<c r=~A3>`.',
        es: 'Una celda escrita `<c r=~A3>`.',
      },
      params: { sheet: 'Matrix', excerpt: '<c r=~A3>' },
    },
  },
});
