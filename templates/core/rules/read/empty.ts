import { raisedRule } from '../../rule.js';
import { NOT_CONSOLIDATED } from '../../doc-texts.js';

export default raisedRule({
  id: 'read.empty',
  severity: 'error',
  raisedBy: 'reader',
  title: { en: 'Empty file', fr: 'Fichier vide', es: 'Archivo vacío' },
  messages: {
    en: 'the file is empty (0 bytes)',
    fr: 'le fichier est vide (0 octet)',
    es: 'el archivo está vacío (0 bytes)',
  },
  fields: [],
  doc: {
    checks: {
      en: 'The file holds at least one byte.',
      fr: 'Le fichier contient au moins un octet.',
      es: 'El archivo contiene al menos un byte.',
    },
    why: NOT_CONSOLIDATED,
    fix: {
      en: 'Copy the file again from where it was sent; an empty file is often an interrupted download.',
      fr:
        'Copiez à nouveau le fichier depuis l’endroit où il a été envoyé ; un fichier vide est souvent un ' +
        'téléchargement interrompu.',
      es: 'Vuelva a copiar el archivo desde donde se envió; un archivo vacío suele ser una descarga interrumpida.',
    },
    example: {
      input: {
        en: 'A 0-byte "matrix.xlsx" left by a failed download.',
        fr: 'Un « matrix.xlsx » de 0 octet laissé par un téléchargement échoué.',
        es: 'Un «matrix.xlsx» de 0 bytes que dejó una descarga fallida.',
      },
      params: {},
    },
  },
});
