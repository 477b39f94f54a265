import { raisedRule, text } from '../../rule.js';
import { NOT_CONSOLIDATED } from '../../doc-texts.js';

export default raisedRule({
  id: 'read.csv-too-large',
  severity: 'error',
  raisedBy: 'reader',
  title: { en: 'CSV too large to read', fr: 'CSV trop grand pour être lu', es: 'CSV demasiado grande para leerse' },
  messages: {
    en: text(
      'refused: at {size} MB it is too large to read as one CSV text (at most {limit} MB); split it into ',
      'smaller files',
    ),
    fr:
      'refusé : avec {size} Mo, il est trop grand pour être lu comme un seul texte CSV (au plus {limit} Mo) ; ' +
      'découpez-le en fichiers plus petits',
    es:
      'rechazado: con {size} MB es demasiado grande para leerse como un solo texto CSV (como máximo {limit} MB); ' +
      'divídalo en archivos más pequeños',
  },
  counts: ['size', 'limit'],
  fields: [],
  doc: {
    checks: {
      en: 'A CSV is at most 512 MB, the longest text the reader can hold; it is refused before decoding.',
      fr:
        'Un CSV fait au plus 512 Mo, le texte le plus long que le lecteur puisse contenir ; il est refusé ' +
        'avant décodage.',
      es:
        'Un CSV tiene como máximo 512 MB, el texto más largo que el lector puede contener; se rechaza antes ' +
        'de decodificarlo.',
    },
    why: NOT_CONSOLIDATED,
    fix: {
      en: 'Split the file into smaller ones, by office or by period.',
      fr: 'Découpez le fichier en fichiers plus petits, par bureau ou par période.',
      es: 'Divida el archivo en otros más pequeños, por oficina o por período.',
    },
    example: {
      input: {
        en: 'A CSV of 541 MB.',
        fr: 'Un CSV de 541 Mo.',
        es: 'Un CSV de 541 MB.',
      },
      params: { size: 541, limit: 512 },
    },
  },
});
