import { raisedRule, text } from '../../rule.js';

export default raisedRule({
  id: 'read.csv-unclosed-quote',
  severity: 'warning',
  raisedBy: 'reader',
  title: { en: 'CSV quote never closed', fr: 'Guillemet CSV non fermé', es: 'Comillas CSV sin cerrar' },
  messages: {
    en: text(
      'CSV row {row}: a quote opens a value and is not closed properly; the row was read with its quotes as plain ',
      'text, and reading went on.',
    ),
    fr:
      'Ligne CSV {row} : un guillemet ouvre une valeur sans la fermer correctement ; la ligne a été lue en gardant ' +
      'ses guillemets comme du texte, et la lecture a continué.',
    es:
      'Fila CSV {row}: unas comillas abren un valor y no se cierran correctamente; la fila se leyó con sus comillas ' +
      'como texto, y la lectura continuó.',
  },
  fields: [],
  doc: {
    checks: {
      en: 'A quote that opens a CSV value is closed before the next separator or line end.',
      fr: 'Un guillemet qui ouvre une valeur CSV est fermé avant le séparateur ou la fin de ligne suivants.',
      es: 'Unas comillas que abren un valor CSV se cierran antes del siguiente separador o fin de línea.',
    },
    why: {
      en:
        'An unclosed quote would swallow the rest of the file into one cell; the row is read with its quotes ' +
        'as text instead, so its values may sit in the wrong columns.',
      fr:
        'Un guillemet non fermé avalerait le reste du fichier dans une seule cellule ; la ligne est donc lue ' +
        'en gardant ses guillemets comme du texte, et ses valeurs peuvent se trouver dans les mauvaises ' +
        'colonnes.',
      es:
        'Unas comillas sin cerrar se tragarían el resto del archivo en una sola celda; por eso la fila se ' +
        'lee con sus comillas como texto, y sus valores pueden quedar en columnas equivocadas.',
    },
    fix: {
      en:
        'Open the CSV in a text editor at that row and close or remove the stray quote (a quote inside a ' +
        'value is written twice: "").',
      fr:
        'Ouvrez le CSV dans un éditeur de texte à cette ligne et fermez ou retirez le guillemet égaré (un ' +
        'guillemet dans une valeur s’écrit deux fois : "").',
      es:
        'Abra el CSV en un editor de texto en esa fila y cierre o quite las comillas sueltas (unas comillas ' +
        'dentro de un valor se escriben dos veces: "").',
    },
    example: {
      input: {
        en: 'Row 3 of a CSV reads `2,"Brief staff,Accept`.',
        fr: 'La ligne 3 d’un CSV se lit `2,"Informer le personnel,Accepter`.',
        es: 'La fila 3 de un CSV dice `2,"Informar al personal,Aceptar`.',
      },
      params: { row: 3 },
    },
  },
});
