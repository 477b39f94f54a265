import { raisedRule, text } from '../../rule.js';

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
    checks: 'A CSV is at most 512 MB, the longest text the reader can hold; it is refused before decoding.',
    why: 'The file is not consolidated: its rows are in no table and no count.',
    fix: 'Split the file into smaller ones, by office or by period.',
    example: { input: 'A CSV of 541 MB.', params: { size: 541, limit: 512 } },
  },
});
