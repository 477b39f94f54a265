import { raisedRule } from '../../rule.js';
import { NOT_CONSOLIDATED } from '../../doc-texts.js';

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
    checks: {
      en: 'The file can be read by the account running psea.',
      fr: 'Le compte qui exécute psea peut lire le fichier.',
      es: 'La cuenta que ejecuta psea puede leer el archivo.',
    },
    why: NOT_CONSOLIDATED,
    fix: {
      en: 'Ask the owner of the folder for read access, or copy the file somewhere you can read.',
      fr:
        'Demandez au propriétaire du dossier un accès en lecture, ou copiez le fichier à un endroit que vous ' +
        'pouvez lire.',
      es: 'Pida al propietario de la carpeta acceso de lectura, o copie el archivo a un lugar que pueda leer.',
    },
    example: {
      input: {
        en: "A file in a colleague's locked folder.",
        fr: 'Un fichier dans le dossier verrouillé d’un collègue.',
        es: 'Un archivo en la carpeta bloqueada de un colega.',
      },
      params: {},
    },
  },
});
