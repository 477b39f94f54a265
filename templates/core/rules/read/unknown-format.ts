import { raisedRule } from '../../rule.js';
import { ASK_FOR_WORKBOOK, NOT_CONSOLIDATED } from '../../doc-texts.js';

export default raisedRule({
  id: 'read.unknown-format',
  severity: 'error',
  raisedBy: 'reader',
  title: { en: 'Unknown file format', fr: 'Format de fichier inconnu', es: 'Formato de archivo desconocido' },
  messages: {
    en: 'not an xlsx workbook: unknown format (starts with bytes {bytes})',
    fr: 'pas un classeur xlsx : format inconnu (commence par les octets {bytes})',
    es: 'no es un libro xlsx: formato desconocido (empieza por los bytes {bytes})',
  },
  fields: [],
  doc: {
    checks: {
      en: 'A file named .xlsx is a zip container, as every .xlsx is.',
      fr: 'Un fichier nommé .xlsx est un conteneur zip, comme tout .xlsx.',
      es: 'Un archivo con nombre .xlsx es un contenedor zip, como todo .xlsx.',
    },
    why: NOT_CONSOLIDATED,
    fix: ASK_FOR_WORKBOOK,
    example: {
      input: {
        en: 'A binary file that is no known format.',
        fr: 'Un fichier binaire d’aucun format connu.',
        es: 'Un archivo binario de ningún formato conocido.',
      },
      params: { bytes: '00 01 02 03' },
    },
  },
});
