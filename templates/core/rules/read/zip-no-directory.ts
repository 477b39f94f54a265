import { raisedRule } from '../../rule.js';

export default raisedRule({
  id: 'read.zip-no-directory',
  severity: 'error',
  raisedBy: 'reader',
  title: { en: 'Not a zip container', fr: 'Pas un conteneur zip', es: 'No es un contenedor zip' },
  messages: {
    en: 'not a zip container: end of central directory not found',
    fr: 'pas un conteneur zip : la fin du répertoire central est introuvable',
    es: 'no es un contenedor zip: no se encuentra el final del directorio central',
  },
  fields: [],
  doc: {
    checks: 'A file that starts like a zip has the directory a zip ends with.',
    why: 'The file is not consolidated: its rows are in no table and no count.',
    fix: 'Check the file and ask for the workbook again.',
    example: { input: 'A file that starts with "PK" but is no zip.', params: {} },
  },
});
