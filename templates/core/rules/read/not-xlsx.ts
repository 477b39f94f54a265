import { raisedRule } from '../../rule.js';
import { NOT_CONSOLIDATED } from '../../doc-texts.js';

export default raisedRule({
  id: 'read.not-xlsx',
  severity: 'error',
  raisedBy: 'reader',
  title: { en: 'Not a readable xlsx', fr: 'Pas un xlsx lisible', es: 'No es un xlsx legible' },
  messages: {
    en: 'not a valid xlsx file (the zip container is damaged or it is another format)',
    fr: 'pas un fichier xlsx valide (le conteneur zip est endommagé ou c’est un autre format)',
    es: 'no es un archivo xlsx válido (el contenedor zip está dañado o es otro formato)',
  },
  fields: [],
  doc: {
    checks: {
      en: 'The reference reader (exceljs) can open the xlsx container.',
      fr: 'Le lecteur de référence (exceljs) peut ouvrir le conteneur xlsx.',
      es: 'El lector de referencia (exceljs) puede abrir el contenedor xlsx.',
    },
    why: NOT_CONSOLIDATED,
    fix: {
      en: 'Open the file in Excel and save it again as .xlsx.',
      fr: 'Ouvrez le fichier dans Excel et enregistrez-le à nouveau en .xlsx.',
      es: 'Abra el archivo en Excel y vuelva a guardarlo como .xlsx.',
    },
    example: {
      input: {
        en: 'A zip that holds no workbook.',
        fr: 'Un zip qui ne contient aucun classeur.',
        es: 'Un zip que no contiene ningún libro.',
      },
      params: {},
    },
  },
});
