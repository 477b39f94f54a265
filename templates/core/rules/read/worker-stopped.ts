import { raisedRule } from '../../rule.js';

export default raisedRule({
  id: 'read.worker-stopped',
  severity: 'error',
  raisedBy: 'reader',
  title: {
    en: 'Worker stopped on a file',
    fr: 'Travailleur arrêté sur un fichier',
    es: 'Trabajador detenido en un archivo',
  },
  messages: {
    en: "internal error while reading: the file's worker stopped ({detail}); run with --debug for details",
    fr:
      'erreur interne pendant la lecture : le travailleur du fichier s’est arrêté ({detail}) ; relancez avec ' +
      '--debug pour les détails',
    es:
      'error interno durante la lectura: el trabajador del archivo se detuvo ({detail}); vuelva a ejecutar con ' +
      '--debug para ver los detalles',
  },
  fields: [],
  doc: {
    checks: "The worker thread that reads a file ends with the file's result (a bug of psea if not).",
    why: 'The file is not consolidated; the other files of the batch are, on a fresh worker.',
    fix: 'Report it with the output of --debug.',
    example: { input: 'A worker thread that exits in the middle of a file.', params: { detail: 'exit code 1' } },
  },
});
