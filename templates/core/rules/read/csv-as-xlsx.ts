import { raisedRule } from '../../rule.js';
import { NOT_CONSOLIDATED } from '../../doc-texts.js';

export default raisedRule({
  id: 'read.csv-as-xlsx',
  severity: 'error',
  raisedBy: 'reader',
  title: { en: 'CSV named .xlsx', fr: 'CSV nommé .xlsx', es: 'CSV con nombre .xlsx' },
  messages: {
    en: 'a CSV text file, not an xlsx workbook: rename it to .csv',
    fr: 'un fichier texte CSV, pas un classeur xlsx : renommez-le en .csv',
    es: 'un archivo de texto CSV, no un libro xlsx: cámbiele el nombre a .csv',
  },
  fields: [],
  doc: {
    checks: {
      en: 'A file named .xlsx is not a CSV text.',
      fr: 'Un fichier nommé .xlsx n’est pas un texte CSV.',
      es: 'Un archivo con nombre .xlsx no es un texto CSV.',
    },
    why: NOT_CONSOLIDATED,
    fix: {
      en: 'Rename the file to .csv: it is then read as CSV.',
      fr: 'Renommez le fichier en .csv : il est alors lu comme CSV.',
      es: 'Cambie el nombre del archivo a .csv: entonces se lee como CSV.',
    },
    example: {
      input: {
        en: 'A CSV export saved as "matrix.xlsx".',
        fr: 'Un export CSV enregistré sous « matrix.xlsx ».',
        es: 'Una exportación CSV guardada como «matrix.xlsx».',
      },
      params: {},
    },
  },
});
