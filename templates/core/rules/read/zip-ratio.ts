import { raisedRule, text } from '../../rule.js';
import { NOT_CONSOLIDATED } from '../../doc-texts.js';

export default raisedRule({
  id: 'read.zip-ratio',
  severity: 'error',
  raisedBy: 'reader',
  title: {
    en: 'Part compressed beyond belief',
    fr: 'Partie compressée de façon invraisemblable',
    es: 'Parte comprimida de forma inverosímil',
  },
  messages: {
    en: text(
      'refused before reading: part {part} would expand {ratio} times ({size} MB), over the {limit}:1 ',
      'compression-ratio limit (a zip bomb, or raise {variable})',
    ),
    fr:
      'refusé avant lecture : la partie {part} se multiplierait par {ratio} ({size} Mo), au-delà de la limite de ' +
      'compression de {limit}:1 (une bombe zip, ou augmentez {variable})',
    es:
      'rechazado antes de leer: la parte {part} se expandiría {ratio} veces ({size} MB), más del límite de ' +
      'compresión de {limit}:1 (una bomba zip, o aumente {variable})',
  },
  counts: ['size'],
  fields: [],
  doc: {
    checks: {
      en:
        'No part of an xlsx over 16 MB unpacked expands more than the ratio limit (500:1 by default, ' +
        'PSEA_MAX_ZIP_RATIO); real sheet XML stays well under 300:1.',
      fr:
        'Aucune partie d’un xlsx de plus de 16 Mo décompressée ne s’étend au-delà de la limite de rapport ' +
        '(500:1 par défaut, PSEA_MAX_ZIP_RATIO) ; le XML d’une vraie feuille reste bien en dessous de 300:1.',
      es:
        'Ninguna parte de un xlsx de más de 16 MB descomprimida se expande más allá del límite de proporción ' +
        '(500:1 por defecto, PSEA_MAX_ZIP_RATIO); el XML de una hoja real queda muy por debajo de 300:1.',
    },
    why: NOT_CONSOLIDATED,
    fix: {
      en: 'Ask where the file comes from; raise the limit with the variable named only if you trust it.',
      fr:
        'Demandez d’où vient le fichier ; n’augmentez la limite avec la variable nommée que si vous lui ' +
        'faites confiance.',
      es: 'Pregunte de dónde viene el archivo; aumente el límite con la variable nombrada solo si confía en él.',
    },
    example: {
      input: {
        en: 'A 20 KB part that would unpack to 900 MB.',
        fr: 'Une partie de 20 Ko qui se décompresserait en 900 Mo.',
        es: 'Una parte de 20 KB que se descomprimiría en 900 MB.',
      },
      params: { part: 'xl/worksheets/sheet1.xml', ratio: 45000, size: 900, limit: 500, variable: 'PSEA_MAX_ZIP_RATIO' },
    },
  },
});
