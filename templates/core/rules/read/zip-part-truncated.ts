import { raisedRule } from '../../rule.js';

export default raisedRule({
  id: 'read.zip-part-truncated',
  severity: 'error',
  raisedBy: 'reader',
  title: { en: 'Zip part cut short', fr: 'Partie zip tronquée', es: 'Parte zip truncada' },
  messages: {
    en: 'the file is cut short (truncated): part {part} ends past the end of the file',
    fr: 'le fichier est tronqué : la partie {part} se termine au-delà de la fin du fichier',
    es: 'el archivo está truncado: la parte {part} termina después del final del archivo',
  },
  fields: [],
  doc: {
    checks: 'Each part of the xlsx container ends within the file.',
    why: 'The file is not consolidated: its rows are in no table and no count.',
    fix: 'Copy or download the file again.',
    example: { input: 'An xlsx whose end was lost in transfer.', params: { part: 'xl/worksheets/sheet1.xml' } },
  },
});
