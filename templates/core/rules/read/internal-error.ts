import { raisedRule } from '../../rule.js';

export default raisedRule({
  id: 'read.internal-error',
  severity: 'error',
  raisedBy: 'reader',
  title: { en: 'Internal error on a file', fr: 'Erreur interne sur un fichier', es: 'Error interno en un archivo' },
  messages: {
    en: 'internal error while {stage}: {detail}; run with --debug for details',
    fr: 'erreur interne pendant {stage} : {detail} ; relancez avec --debug pour les détails',
    es: 'error interno durante {stage}: {detail}; vuelva a ejecutar con --debug para ver los detalles',
  },
  terms: {
    stage: {
      reading: { en: 'reading', fr: 'la lecture', es: 'la lectura' },
      analysing: { en: 'analysing', fr: 'l’analyse', es: 'el análisis' },
    },
  },
  fields: [],
  doc: {
    checks: 'Reading and analysing a file finish without an unexpected error (a bug of psea).',
    why: 'The file is not consolidated: its rows are in no table and no count.',
    fix: 'Report it with the output of --debug; the other files of the batch are consolidated as usual.',
    example: { input: 'A bug met while analysing one file.', params: { stage: 'analysing', detail: 'x is undefined' } },
  },
});
