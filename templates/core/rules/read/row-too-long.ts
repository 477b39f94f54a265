import { raisedRule } from '../../rule.js';

export default raisedRule({
  id: 'read.row-too-long',
  severity: 'error',
  raisedBy: 'reader',
  title: { en: 'Row of runaway size', fr: 'Ligne de taille démesurée', es: 'Fila de tamaño desmesurado' },
  messages: {
    en: 'sheet "{sheet}" has a row over 16 MB of XML: the file is damaged or hostile',
    fr: 'la feuille « {sheet} » a une ligne de plus de 16 Mo de XML : le fichier est endommagé ou hostile',
    es: 'la hoja «{sheet}» tiene una fila de más de 16 MB de XML: el archivo está dañado o es hostil',
  },
  fields: [],
  doc: {
    checks: 'No row of a sheet takes more than 16 MB of XML; reading stops there.',
    why: 'The file is not consolidated: its rows are in no table and no count.',
    fix: 'Ask for the file again; a genuine row is never this large.',
    example: { input: 'A sheet whose one row never ends.', params: { sheet: 'xl/worksheets/sheet1.xml' } },
  },
});
