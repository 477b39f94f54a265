import { raisedRule } from '../../rule.js';
import { NOT_CONSOLIDATED } from '../../doc-texts.js';

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
    checks: {
      en: 'Reading and analysing a file finish without an unexpected error (a bug of psea).',
      fr: 'La lecture et l’analyse d’un fichier se terminent sans erreur inattendue (un bogue de psea).',
      es: 'La lectura y el análisis de un archivo terminan sin un error inesperado (un fallo de psea).',
    },
    why: NOT_CONSOLIDATED,
    fix: {
      en: 'Report it with the output of --debug; the other files of the batch are consolidated as usual.',
      fr: 'Signalez-le avec la sortie de --debug ; les autres fichiers du lot sont consolidés comme d’habitude.',
      es: 'Infórmelo con la salida de --debug; los demás archivos del lote se consolidan como de costumbre.',
    },
    example: {
      input: {
        en: 'A bug met while analysing one file.',
        fr: 'Un bogue rencontré pendant l’analyse d’un fichier.',
        es: 'Un fallo encontrado al analizar un archivo.',
      },
      params: { stage: 'analysing', detail: 'x is undefined' },
    },
  },
});
