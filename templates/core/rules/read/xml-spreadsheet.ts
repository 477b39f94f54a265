import { raisedRule } from '../../rule.js';

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
    why: {
      en: 'The file is not consolidated: its rows are in no table and no count.',
      fr: 'Le fichier n’est pas consolidé : ses lignes ne sont dans aucun tableau ni aucun compte.',
      es: 'El archivo no se consolida: sus filas no están en ninguna tabla ni en ningún conteo.',
    },
    fix: {
      en: 'Open it in Excel and save it as "Excel Workbook (.xlsx)".',
      fr: 'Ouvrez-le dans Excel et enregistrez-le en « Classeur Excel (.xlsx) ».',
      es: 'Ábralo en Excel y guárdelo como «Libro de Excel (.xlsx)».',
    },
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
