import { raisedRule } from '../../rule.js';

export default raisedRule({
  id: 'read.pdf',
  severity: 'error',
  raisedBy: 'reader',
  title: { en: 'PDF named as a workbook', fr: 'PDF nommé comme un classeur', es: 'PDF con nombre de libro' },
  messages: {
    en: 'a PDF document, not a workbook',
    fr: 'un document PDF, pas un classeur',
    es: 'un documento PDF, no un libro',
  },
  fields: [],
  doc: {
    checks: {
      en: 'A file named .xlsx is not a PDF.',
      fr: 'Un fichier nommé .xlsx n’est pas un PDF.',
      es: 'Un archivo con nombre .xlsx no es un PDF.',
    },
    why: {
      en: 'The file is not consolidated: its rows are in no table and no count.',
      fr: 'Le fichier n’est pas consolidé : ses lignes ne sont dans aucun tableau ni aucun compte.',
      es: 'El archivo no se consolida: sus filas no están en ninguna tabla ni en ningún conteo.',
    },
    fix: {
      en: 'Ask for the Excel file the PDF was made from.',
      fr: 'Demandez le fichier Excel à partir duquel le PDF a été produit.',
      es: 'Pida el archivo de Excel a partir del cual se hizo el PDF.',
    },
    example: {
      input: {
        en: 'A printed matrix saved as PDF and renamed.',
        fr: 'Une matrice imprimée en PDF puis renommée.',
        es: 'Una matriz impresa como PDF y renombrada.',
      },
      params: {},
    },
  },
});
