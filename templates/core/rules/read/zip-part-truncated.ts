import { raisedRule } from '../../rule.js';
import { NOT_CONSOLIDATED } from '../../doc-texts.js';

export default raisedRule({
  id: 'read.zip-part-truncated',
  severity: 'error',
  raisedBy: 'reader',
  title: { en: 'Zip part cut short', fr: 'Partie zip tronquée', es: 'Parte zip truncada' },
  messages: {
    en: 'the file is cut short (truncated): part {part} ends past the end of the file',
    fr: 'le fichier est tronqué : la partie {part} se termine au-delà de la fin du fichier',
    es: 'el archivo está truncado: la parte {part} termina después del final del archivo',
  },
  fields: [],
  doc: {
    checks: {
      en: 'Each part of the xlsx container ends within the file.',
      fr: 'Chaque partie du conteneur xlsx se termine à l’intérieur du fichier.',
      es: 'Cada parte del contenedor xlsx termina dentro del archivo.',
    },
    why: NOT_CONSOLIDATED,
    fix: {
      en: 'Copy or download the file again.',
      fr: 'Copiez ou téléchargez à nouveau le fichier.',
      es: 'Vuelva a copiar o descargar el archivo.',
    },
    example: {
      input: {
        en: 'An xlsx whose end was lost in transfer.',
        fr: 'Un xlsx dont la fin a été perdue pendant le transfert.',
        es: 'Un xlsx cuyo final se perdió en la transferencia.',
      },
      params: { part: 'xl/worksheets/sheet1.xml' },
    },
  },
});
