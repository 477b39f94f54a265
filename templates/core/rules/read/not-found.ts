import { raisedRule } from '../../rule.js';

export default raisedRule({
  id: 'read.not-found',
  severity: 'error',
  raisedBy: 'reader',
  title: { en: 'File not found', fr: 'Fichier introuvable', es: 'Archivo no encontrado' },
  messages: {
    en: 'file not found',
    fr: 'fichier introuvable',
    es: 'archivo no encontrado',
  },
  fields: [],
  doc: {
    checks: 'The file exists when it is read.',
    why: 'The file is not consolidated: its rows are in no table and no count.',
    fix: 'Check the path; the file may have been moved or renamed since it was listed.',
    example: { input: 'A path typed with a typo.', params: {} },
  },
});
