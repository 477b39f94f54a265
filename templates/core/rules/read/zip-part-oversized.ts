import { raisedRule, text } from '../../rule.js';
import { NOT_CONSOLIDATED } from '../../doc-texts.js';

export default raisedRule({
  id: 'read.zip-part-oversized',
  severity: 'error',
  raisedBy: 'reader',
  title: {
    en: 'Zip part larger than declared',
    fr: 'Partie zip plus grande que déclaré',
    es: 'Parte zip mayor de lo declarado',
  },
  messages: {
    en: text(
      'refused: part {part} unpacks to more than the {size} bytes its zip directory declares (a damaged file or a ',
      'zip bomb)',
    ),
    fr:
      'refusé : la partie {part} se décompresse en plus des {size} octets que déclare son répertoire zip (un fichier ' +
      'endommagé ou une bombe zip)',
    es:
      'rechazado: la parte {part} se descomprime en más de los {size} bytes que declara su directorio zip (un ' +
      'archivo dañado o una bomba zip)',
  },
  counts: ['size'],
  fields: [],
  doc: {
    checks: {
      en:
        'No part of the xlsx container unpacks to more than the size its directory declares; unpacking stops ' +
        'at that size.',
      fr:
        'Aucune partie du conteneur xlsx ne se décompresse au-delà de la taille que déclare son répertoire ; ' +
        'la décompression s’arrête à cette taille.',
      es:
        'Ninguna parte del contenedor xlsx se descomprime en más del tamaño que declara su directorio; la ' +
        'descompresión se detiene en ese tamaño.',
    },
    why: NOT_CONSOLIDATED,
    fix: {
      en: 'Ask for the file again; a genuine workbook never does this.',
      fr: 'Redemandez le fichier ; un vrai classeur ne fait jamais cela.',
      es: 'Vuelva a pedir el archivo; un libro auténtico nunca hace esto.',
    },
    example: {
      input: {
        en: "A zip bomb whose directory lies about a part's size.",
        fr: 'Une bombe zip dont le répertoire ment sur la taille d’une partie.',
        es: 'Una bomba zip cuyo directorio miente sobre el tamaño de una parte.',
      },
      params: { part: 'xl/worksheets/sheet1.xml', size: 1024 },
    },
  },
});
