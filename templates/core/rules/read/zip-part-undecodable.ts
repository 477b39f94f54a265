import { raisedRule } from '../../rule.js';

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
    why: {
      en: 'The file is not consolidated: its rows are in no table and no count.',
      fr: 'Le fichier n’est pas consolidé : ses lignes ne sont dans aucun tableau ni aucun compte.',
      es: 'El archivo no se consolida: sus filas no están en ninguna tabla ni en ningún conteo.',
    },
    fix: {
      en: 'Open the file in Excel, which may repair it, and save it again; or ask for it again.',
      fr: 'Ouvrez le fichier dans Excel, qui peut le réparer, et enregistrez-le à nouveau ; ou redemandez-le.',
      es: 'Abra el archivo en Excel, que puede repararlo, y vuelva a guardarlo; o pídalo de nuevo.',
    },
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
