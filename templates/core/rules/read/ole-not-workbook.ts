import { raisedRule } from '../../rule.js';

export default raisedRule({
  id: 'read.ole-not-workbook',
  severity: 'error',
  raisedBy: 'reader',
  title: {
    en: 'Office document that is not a workbook',
    fr: 'Document Office qui n’est pas un classeur',
    es: 'Documento de Office que no es un libro',
  },
  messages: {
    en: 'an Office 97-2003 document that holds no workbook (a Word or PowerPoint file?)',
    fr: 'un document Office 97-2003 qui ne contient pas de classeur (un fichier Word ou PowerPoint ?)',
    es: 'un documento de Office 97-2003 que no contiene ningún libro (¿un archivo de Word o PowerPoint?)',
  },
  fields: [],
  doc: {
    checks: 'A file in the Office 97-2003 container format holds an Excel workbook.',
    why: 'The file is not consolidated: its rows are in no table and no count.',
    fix:
      'Check the file: it is probably a Word or PowerPoint document given a spreadsheet name. Ask for the workbook ' +
      'itself.',
    example: { input: 'A Word .doc renamed "matrix.xls".', params: {} },
  },
});
