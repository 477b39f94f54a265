import { raisedRule, text } from '../../rule.js';

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
    checks:
      'No part of the xlsx container unpacks to more than the size its directory declares; unpacking stops at that ' +
      'size.',
    why: 'The file is not consolidated: its rows are in no table and no count.',
    fix: 'Ask for the file again; a genuine workbook never does this.',
    example: {
      input: "A zip bomb whose directory lies about a part's size.",
      params: { part: 'xl/worksheets/sheet1.xml', size: 1024 },
    },
  },
});
