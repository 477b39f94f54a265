import { raisedRule, text } from '../../rule.js';

export default raisedRule({
  id: 'read.zip-too-big',
  severity: 'error',
  raisedBy: 'reader',
  title: {
    en: 'Workbook would unpack too large',
    fr: 'Classeur trop gros une fois décompressé',
    es: 'Libro demasiado grande al descomprimir',
  },
  messages: {
    en: text(
      'refused before reading: it would unpack to {size} MB, over the {limit} MB limit (a zip bomb, or raise ',
      '{variable})',
    ),
    fr:
      'refusé avant lecture : il se décompresserait en {size} Mo, au-delà de la limite de {limit} Mo (une bombe zip, ' +
      'ou augmentez {variable})',
    es:
      'rechazado antes de leer: se descomprimiría en {size} MB, más del límite de {limit} MB (una bomba zip, o ' +
      'aumente {variable})',
  },
  counts: ['size', 'limit'],
  fields: [],
  doc: {
    checks:
      'The parts of an xlsx add up, unpacked, to no more than the limit (1024 MB by default, ' +
      'PSEA_MAX_UNZIPPED_MB), checked before anything is unpacked.',
    why: 'The file is not consolidated: its rows are in no table and no count.',
    fix: 'A genuine file this large is rare: raise the limit with the variable named if you trust it.',
    example: {
      input: 'A zip bomb declaring 50 GB of parts.',
      params: { size: 51200, limit: 1024, variable: 'PSEA_MAX_UNZIPPED_MB' },
    },
  },
});
