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
    checks: {
      en: "The worker thread that reads a file ends with the file's result (a bug of psea if not).",
      fr: 'Le travailleur qui lit un fichier se termine avec le résultat du fichier (sinon, c’est un bogue de psea).',
      es: 'El trabajador que lee un archivo termina con el resultado del archivo (si no, es un fallo de psea).',
    },
    why: {
      en: 'The file is not consolidated; the other files of the batch are, on a fresh worker.',
      fr: 'Le fichier n’est pas consolidé ; les autres fichiers du lot le sont, sur un nouveau travailleur.',
      es: 'El archivo no se consolida; los demás archivos del lote sí, en un trabajador nuevo.',
    },
    fix: {
      en: 'Report it with the output of --debug.',
      fr: 'Signalez-le avec la sortie de --debug.',
      es: 'Infórmelo con la salida de --debug.',
    },
    example: {
      input: {
        en: 'A worker thread that exits in the middle of a file.',
        fr: 'Un travailleur qui s’arrête au milieu d’un fichier.',
        es: 'Un trabajador que termina en medio de un archivo.',
      },
      params: { detail: 'exit code 1' },
    },
  },
});
