import { raisedRule } from '../../rule.js';
import { ASK_FOR_WORKBOOK, NOT_CONSOLIDATED } from '../../doc-texts.js';

export default raisedRule({
  id: 'read.text-as-xlsx',
  severity: 'error',
  raisedBy: 'reader',
  title: { en: 'Text file named .xlsx', fr: 'Fichier texte nommé .xlsx', es: 'Archivo de texto con nombre .xlsx' },
  messages: {
    en: 'a text file, not an xlsx workbook',
    fr: 'un fichier texte, pas un classeur xlsx',
    es: 'un archivo de texto, no un libro xlsx',
  },
  fields: [],
  doc: {
    checks: {
      en: 'A file named .xlsx is not plain text.',
      fr: 'Un fichier nommé .xlsx n’est pas du texte brut.',
      es: 'Un archivo con nombre .xlsx no es texto sin formato.',
    },
    why: NOT_CONSOLIDATED,
    fix: ASK_FOR_WORKBOOK,
    example: {
      input: {
        en: 'A note saved as "matrix.xlsx".',
        fr: 'Une note enregistrée sous « matrix.xlsx ».',
        es: 'Una nota guardada como «matrix.xlsx».',
      },
      params: {},
    },
  },
});
