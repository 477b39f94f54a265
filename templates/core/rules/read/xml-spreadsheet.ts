import { raisedRule } from '../../rule.js';
import { NOT_CONSOLIDATED, SAVE_AS_XLSX } from '../../doc-texts.js';

export default raisedRule({
  id: 'read.xml-spreadsheet',
  severity: 'error',
  raisedBy: 'reader',
  title: { en: 'XML Spreadsheet 2003 file', fr: 'Fichier XML Spreadsheet 2003', es: 'Archivo XML Spreadsheet 2003' },
  messages: {
    en: 'an XML Spreadsheet 2003 file, not an xlsx workbook: open it in Excel and save as .xlsx',
    fr: 'un fichier XML Spreadsheet 2003, pas un classeur xlsx : ouvrez-le dans Excel et enregistrez-le en .xlsx',
    es: 'un archivo XML Spreadsheet 2003, no un libro xlsx: ábralo en Excel y guárdelo como .xlsx',
  },
  fields: [],
  doc: {
    checks: {
      en: 'A file named .xlsx is not the older XML Spreadsheet 2003 format, which some systems export.',
      fr: 'Un fichier nommé .xlsx n’est pas à l’ancien format XML Spreadsheet 2003, que certains systèmes exportent.',
      es:
        'Un archivo con nombre .xlsx no está en el antiguo formato XML Spreadsheet 2003, que exportan ' +
        'algunos sistemas.',
    },
    why: NOT_CONSOLIDATED,
    fix: SAVE_AS_XLSX,
    example: {
      input: {
        en: 'An export from a reporting system saved as XML Spreadsheet 2003.',
        fr: 'Un export d’un système de rapports enregistré en XML Spreadsheet 2003.',
        es: 'Una exportación de un sistema de informes guardada como XML Spreadsheet 2003.',
      },
      params: {},
    },
  },
});
