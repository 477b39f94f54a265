import { raisedRule } from '../../rule.js';
import { NOT_CONSOLIDATED, SAVE_AS_XLSX } from '../../doc-texts.js';

export default raisedRule({
  id: 'read.html',
  severity: 'error',
  raisedBy: 'reader',
  title: {
    en: 'Web page under a spreadsheet name',
    fr: 'Page web sous un nom de tableur',
    es: 'Página web con nombre de hoja de cálculo',
  },
  messages: {
    en: 'a web page (HTML) exported under a spreadsheet name: open it in Excel and save as .xlsx',
    fr: 'une page web (HTML) exportée sous un nom de tableur : ouvrez-la dans Excel et enregistrez-la en .xlsx',
    es: 'una página web (HTML) exportada con un nombre de hoja de cálculo: ábrala en Excel y guárdela como .xlsx',
  },
  fields: [],
  doc: {
    checks: {
      en: 'A file named .xlsx is not a web page (an "Export to Excel" of many web systems writes HTML).',
      fr:
        'Un fichier nommé .xlsx n’est pas une page web (l’« Exporter vers Excel » de nombreux systèmes web ' +
        'écrit du HTML).',
      es:
        'Un archivo con nombre .xlsx no es una página web (la opción «Exportar a Excel» de muchos sistemas ' +
        'web escribe HTML).',
    },
    why: NOT_CONSOLIDATED,
    fix: SAVE_AS_XLSX,
    example: {
      input: {
        en: 'An "Export to Excel" that wrote an HTML table.',
        fr: 'Un « Exporter vers Excel » qui a écrit un tableau HTML.',
        es: 'Un «Exportar a Excel» que escribió una tabla HTML.',
      },
      params: {},
    },
  },
});
