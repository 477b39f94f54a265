import { raisedRule } from '../../rule.js';

export default raisedRule({
  id: 'read.zip-truncated',
  severity: 'error',
  raisedBy: 'reader',
  title: { en: 'File cut short', fr: 'Fichier tronqué', es: 'Archivo truncado' },
  messages: {
    en: 'the file is cut short (truncated): the zip directory at its end is missing; copy it again from its source',
    fr: 'le fichier est tronqué : le répertoire zip à sa fin manque ; copiez-le à nouveau depuis sa source',
    es: 'el archivo está truncado: falta el directorio zip de su final; cópielo de nuevo desde su origen',
  },
  fields: [],
  doc: {
    checks: 'The xlsx container (a zip) ends with its directory, as a complete file does.',
    why: 'The file is not consolidated: its rows are in no table and no count.',
    fix: 'Copy or download the file again: an interrupted transfer cuts its end.',
    example: { input: 'An xlsx whose last kilobytes were lost in transfer.', params: {} },
  },
});
