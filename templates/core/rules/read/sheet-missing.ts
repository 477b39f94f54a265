import { raisedRule, text } from '../../rule.js';

export default raisedRule({
  id: 'read.sheet-missing',
  severity: 'error',
  raisedBy: 'reader',
  title: { en: 'Sheet without its data', fr: 'Feuille sans ses données', es: 'Hoja sin sus datos' },
  messages: {
    en: text(
      'Sheet "{sheet}" is listed in the workbook, but its data is missing from the file: the file is damaged, and ',
      'no row of that sheet could be read.',
    ),
    fr:
      'La feuille « {sheet} » figure dans le classeur, mais ses données manquent dans le fichier : le fichier est ' +
      'endommagé, et aucune ligne de cette feuille n’a pu être lue.',
    es:
      'La hoja «{sheet}» figura en el libro, pero sus datos faltan en el archivo: el archivo está dañado, y no se ' +
      'pudo leer ninguna fila de esa hoja.',
  },
  fields: [],
  doc: {
    checks: 'Every sheet the workbook lists has its part in the file, where its relationship points.',
    why: 'A sheet whose data is gone is not consolidated: its rows are in no table and no count.',
    fix: 'Ask for a fresh copy of the file; if Excel opens it, save it again and send that copy.',
    example: { input: 'A workbook listing a sheet "Matrix" whose part was lost.', params: { sheet: 'Matrix' } },
  },
});
