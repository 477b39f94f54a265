import { raisedRule, text } from '../../rule.js';

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
    checks:
      'No part of an xlsx over 16 MB unpacked expands more than the ratio limit (500:1 by default, ' +
      'PSEA_MAX_ZIP_RATIO); real sheet XML stays well under 300:1.',
    why: 'The file is not consolidated: its rows are in no table and no count.',
    fix: 'Ask where the file comes from; raise the limit with the variable named only if you trust it.',
    example: {
      input: 'A 20 KB part that would unpack to 900 MB.',
      params: { part: 'xl/worksheets/sheet1.xml', ratio: 45000, size: 900, limit: 500, variable: 'PSEA_MAX_ZIP_RATIO' },
    },
  },
});
