import { raisedRule } from '../../rule.js';
import { NOT_CONSOLIDATED, REPAIR_OR_ASK_AGAIN } from '../../doc-texts.js';

export default raisedRule({
  id: 'read.zip-part-undecodable',
  severity: 'error',
  raisedBy: 'reader',
  title: {
    en: 'Zip part cannot be unpacked',
    fr: 'Partie zip indécompressable',
    es: 'Parte zip imposible de descomprimir',
  },
  messages: {
    en: 'the zip container is damaged: part {part} cannot be unpacked ({detail})',
    fr: 'le conteneur zip est endommagé : la partie {part} ne peut pas être décompressée ({detail})',
    es: 'el contenedor zip está dañado: la parte {part} no se puede descomprimir ({detail})',
  },
  fields: [],
  doc: {
    checks: {
      en: 'Each part of the xlsx container unpacks without error.',
      fr: 'Chaque partie du conteneur xlsx se décompresse sans erreur.',
      es: 'Cada parte del contenedor xlsx se descomprime sin error.',
    },
    why: NOT_CONSOLIDATED,
    fix: REPAIR_OR_ASK_AGAIN,
    example: {
      input: {
        en: 'An xlsx with corrupted bytes in a sheet.',
        fr: 'Un xlsx dont une feuille contient des octets corrompus.',
        es: 'Un xlsx con bytes corruptos en una hoja.',
      },
      params: { part: 'xl/worksheets/sheet1.xml', detail: 'invalid block type' },
    },
  },
});
