import { raisedRule } from '../../rule.js';

export default raisedRule({
  id: 'read.ole-damaged',
  severity: 'error',
  raisedBy: 'reader',
  title: {
    en: 'Damaged Office 97-2003 file',
    fr: 'Fichier Office 97-2003 endommagé',
    es: 'Archivo de Office 97-2003 dañado',
  },
  messages: {
    en: 'a damaged Office 97-2003 (OLE) file: open it in Excel and save it as .xlsx',
    fr: 'un fichier Office 97-2003 (OLE) endommagé : ouvrez-le dans Excel et enregistrez-le en .xlsx',
    es: 'un archivo de Office 97-2003 (OLE) dañado: ábralo en Excel y guárdelo como .xlsx',
  },
  fields: [],
  doc: {
    checks: 'A file in the Office 97-2003 container format can be opened at all.',
    why: 'The file is not consolidated: its rows are in no table and no count.',
    fix: 'Open it in Excel (which may repair it) and save it as .xlsx, or ask for the file again.',
    example: { input: 'A truncated .xls.', params: {} },
  },
});
