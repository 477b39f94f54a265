import { raisedRule } from '../../rule.js';

export default raisedRule({
  id: 'read.permission-denied',
  severity: 'error',
  raisedBy: 'reader',
  title: { en: 'Permission denied', fr: 'Permission refusée', es: 'Permiso denegado' },
  messages: {
    en: 'permission denied',
    fr: 'permission refusée',
    es: 'permiso denegado',
  },
  fields: [],
  doc: {
    checks: 'The file can be read by the account running psea.',
    why: 'The file is not consolidated: its rows are in no table and no count.',
    fix: 'Ask the owner of the folder for read access, or copy the file somewhere you can read.',
    example: { input: "A file in a colleague's locked folder.", params: {} },
  },
});
