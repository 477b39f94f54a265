import { raisedRule } from '../../rule.js';
import { NOT_CONSOLIDATED } from '../../doc-texts.js';

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
    why: NOT_CONSOLIDATED,
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
