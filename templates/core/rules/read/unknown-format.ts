import { raisedRule } from '../../rule.js';

export default raisedRule({
  id: 'read.unknown-format',
  severity: 'error',
  raisedBy: 'reader',
  title: { en: 'Unknown file format', fr: 'Format de fichier inconnu', es: 'Formato de archivo desconocido' },
  messages: {
    en: 'not an xlsx workbook: unknown format (starts with bytes {bytes})',
    fr: 'pas un classeur xlsx : format inconnu (commence par les octets {bytes})',
    es: 'no es un libro xlsx: formato desconocido (empieza por los bytes {bytes})',
  },
  fields: [],
  doc: {
    checks: 'A file named .xlsx is a zip container, as every .xlsx is.',
    why: 'The file is not consolidated: its rows are in no table and no count.',
    fix: 'Check the file and ask for the workbook itself.',
    example: { input: 'A binary file that is no known format.', params: { bytes: '00 01 02 03' } },
  },
});
