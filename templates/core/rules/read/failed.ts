import { raisedRule } from '../../rule.js';
import { NOT_CONSOLIDATED } from '../../doc-texts.js';

export default raisedRule({
  id: 'read.failed',
  severity: 'error',
  raisedBy: 'reader',
  title: { en: 'Workbook could not be read', fr: 'Classeur illisible', es: 'Libro ilegible' },
  messages: {
    en: 'the workbook could not be read ({detail})',
    fr: 'le classeur n’a pas pu être lu ({detail})',
    es: 'no se pudo leer el libro ({detail})',
  },
  fields: [],
  doc: {
    checks: {
      en: 'The reference reader (exceljs) reads the workbook without error.',
      fr: 'Le lecteur de référence (exceljs) lit le classeur sans erreur.',
      es: 'El lector de referencia (exceljs) lee el libro sin error.',
    },
    why: NOT_CONSOLIDATED,
    fix: {
      en: 'Open the file in Excel and save it again as .xlsx; if it still fails, report the detail shown.',
      fr:
        'Ouvrez le fichier dans Excel et enregistrez-le à nouveau en .xlsx ; si l’échec persiste, signalez ' +
        'le détail affiché.',
      es:
        'Abra el archivo en Excel y vuelva a guardarlo como .xlsx; si sigue fallando, informe del detalle ' +
        'que se muestra.',
    },
    example: {
      input: {
        en: 'A workbook whose styles part is broken.',
        fr: 'Un classeur dont la partie des styles est cassée.',
        es: 'Un libro cuya parte de estilos está rota.',
      },
      params: { detail: 'Cannot read properties of undefined' },
    },
  },
});
