import { raisedRule } from '../../rule.js';

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
    checks: 'The reference reader (exceljs) can open the xlsx container.',
    why: 'The file is not consolidated: its rows are in no table and no count.',
    fix: 'Open the file in Excel and save it again as .xlsx.',
    example: { input: 'A zip that holds no workbook.', params: {} },
  },
});
