import { raisedRule } from '../../rule.js';

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
    why: {
      en: 'The file is not consolidated: its rows are in no table and no count.',
      fr: 'Le fichier n’est pas consolidé : ses lignes ne sont dans aucun tableau ni aucun compte.',
      es: 'El archivo no se consolida: sus filas no están en ninguna tabla ni en ningún conteo.',
    },
    fix: {
      en: 'Check the file and ask for the workbook itself.',
      fr: 'Vérifiez le fichier et demandez le classeur lui-même.',
      es: 'Revise el archivo y pida el libro en sí.',
    },
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
