import { raisedRule } from '../../rule.js';
import { NOT_CONSOLIDATED, SAVE_AS_XLSX } from '../../doc-texts.js';

export default raisedRule({
  id: 'read.legacy-xls',
  severity: 'error',
  raisedBy: 'reader',
  title: { en: 'Legacy .xls file', fr: 'Ancien fichier .xls', es: 'Archivo .xls antiguo' },
  messages: {
    en: 'legacy Excel 97-2003 file (.xls): open it in Excel and save as .xlsx',
    fr: 'ancien fichier Excel 97-2003 (.xls) : ouvrez-le dans Excel et enregistrez-le en .xlsx',
    es: 'archivo antiguo de Excel 97-2003 (.xls): ábralo en Excel y guárdelo como .xlsx',
  },
  fields: [],
  doc: {
    checks: {
      en: 'The workbook is an .xlsx (Office Open XML) file, not the Excel 97-2003 format, whatever its name says.',
      fr:
        'Le classeur est un fichier .xlsx (Office Open XML), et non au format Excel 97-2003, quel que soit ' +
        'son nom.',
      es: 'El libro es un archivo .xlsx (Office Open XML), no del formato Excel 97-2003, diga lo que diga su nombre.',
    },
    why: NOT_CONSOLIDATED,
    fix: SAVE_AS_XLSX,
    example: {
      input: {
        en: 'A "report.xls" from an older office.',
        fr: 'Un « report.xls » venu d’un bureau plus ancien.',
        es: 'Un «report.xls» de una oficina con un Excel antiguo.',
      },
      params: {},
    },
  },
});
