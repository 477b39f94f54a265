import { raisedRule } from '../../rule.js';

export default raisedRule({
  id: 'read.zip-damaged',
  severity: 'error',
  raisedBy: 'reader',
  title: { en: 'Damaged zip directory', fr: 'Répertoire zip endommagé', es: 'Directorio zip dañado' },
  messages: {
    en: 'the zip container is damaged: its central directory cannot be read',
    fr: 'le conteneur zip est endommagé : son répertoire central est illisible',
    es: 'el contenedor zip está dañado: su directorio central no se puede leer',
  },
  fields: [],
  doc: {
    checks: 'The directory of the xlsx container lists its parts in a readable way.',
    why: 'The file is not consolidated: its rows are in no table and no count.',
    fix: 'Open the file in Excel, which may repair it, and save it again; or ask for it again.',
    example: { input: 'An xlsx damaged on a faulty USB stick.', params: {} },
  },
});
