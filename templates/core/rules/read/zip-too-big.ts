import { raisedRule, text } from '../../rule.js';
import { NOT_CONSOLIDATED } from '../../doc-texts.js';

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
    checks: {
      en:
        'The parts of an xlsx add up, unpacked, to no more than the limit (1024 MB by default, ' +
        'PSEA_MAX_UNZIPPED_MB), checked before anything is unpacked.',
      fr:
        'Les parties d’un xlsx, une fois décompressées, ne dépassent pas ensemble la limite (1024 Mo par ' +
        'défaut, PSEA_MAX_UNZIPPED_MB), vérifiée avant toute décompression.',
      es:
        'Las partes de un xlsx, descomprimidas, no suman más que el límite (1024 MB por defecto, ' +
        'PSEA_MAX_UNZIPPED_MB), comprobado antes de descomprimir nada.',
    },
    why: NOT_CONSOLIDATED,
    fix: {
      en: 'A genuine file this large is rare: raise the limit with the variable named if you trust it.',
      fr:
        'Un vrai fichier aussi gros est rare : augmentez la limite avec la variable nommée si vous lui ' +
        'faites confiance.',
      es: 'Un archivo auténtico de este tamaño es raro: aumente el límite con la variable nombrada si confía en él.',
    },
    example: {
      input: {
        en: 'A zip bomb declaring 50 GB of parts.',
        fr: 'Une bombe zip qui déclare 50 Go de parties.',
        es: 'Una bomba zip que declara 50 GB de partes.',
      },
      params: { size: 51200, limit: 1024, variable: 'PSEA_MAX_UNZIPPED_MB' },
    },
  },
});
