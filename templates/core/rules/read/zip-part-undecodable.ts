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
    checks: 'Each part of the xlsx container unpacks without error.',
    why: 'The file is not consolidated: its rows are in no table and no count.',
    fix: 'Open the file in Excel, which may repair it, and save it again; or ask for it again.',
    example: {
      input: 'An xlsx with corrupted bytes in a sheet.',
      params: { part: 'xl/worksheets/sheet1.xml', detail: 'invalid block type' },
    },
  },
});
