import { raisedRule } from '../../rule.js';

export default raisedRule({
  id: 'read.empty',
  severity: 'error',
  raisedBy: 'reader',
  title: { en: 'Empty file', fr: 'Fichier vide', es: 'Archivo vacío' },
  messages: {
    en: 'the file is empty (0 bytes)',
    fr: 'le fichier est vide (0 octet)',
    es: 'el archivo está vacío (0 bytes)',
  },
  fields: [],
  doc: {
    checks: 'The file holds at least one byte.',
    why: 'The file is not consolidated: its rows are in no table and no count.',
    fix: 'Copy the file again from where it was sent; an empty file is often an interrupted download.',
    example: { input: 'A 0-byte "matrix.xlsx" left by a failed download.', params: {} },
  },
});
