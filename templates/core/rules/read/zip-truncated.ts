import { raisedRule } from '../../rule.js';
import { NOT_CONSOLIDATED } from '../../doc-texts.js';

export default raisedRule({
  id: 'read.zip-truncated',
  severity: 'error',
  raisedBy: 'reader',
  title: { en: 'File cut short', fr: 'Fichier tronqué', es: 'Archivo truncado' },
  messages: {
    en: 'the file is cut short (truncated): the zip directory at its end is missing; copy it again from its source',
    fr: 'le fichier est tronqué : le répertoire zip à sa fin manque ; copiez-le à nouveau depuis sa source',
    es: 'el archivo está truncado: falta el directorio zip de su final; cópielo de nuevo desde su origen',
  },
  fields: [],
  doc: {
    checks: {
      en: 'The xlsx container (a zip) ends with its directory, as a complete file does.',
      fr: 'Le conteneur xlsx (un zip) se termine par son répertoire, comme un fichier complet.',
      es: 'El contenedor xlsx (un zip) termina con su directorio, como un archivo completo.',
    },
    why: NOT_CONSOLIDATED,
    fix: {
      en: 'Copy or download the file again: an interrupted transfer cuts its end.',
      fr: 'Copiez ou téléchargez à nouveau le fichier : un transfert interrompu en coupe la fin.',
      es: 'Vuelva a copiar o descargar el archivo: una transferencia interrumpida corta su final.',
    },
    example: {
      input: {
        en: 'An xlsx whose last kilobytes were lost in transfer.',
        fr: 'Un xlsx dont les derniers kilo-octets ont été perdus pendant le transfert.',
        es: 'Un xlsx cuyos últimos kilobytes se perdieron en la transferencia.',
      },
      params: {},
    },
  },
});
