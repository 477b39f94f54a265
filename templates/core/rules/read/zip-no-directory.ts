import { raisedRule } from '../../rule.js';
import { NOT_CONSOLIDATED } from '../../doc-texts.js';

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
    checks: {
      en: 'A file that starts like a zip has the directory a zip ends with.',
      fr: 'Un fichier qui commence comme un zip a le répertoire par lequel se termine un zip.',
      es: 'Un archivo que empieza como un zip tiene el directorio con el que termina un zip.',
    },
    why: NOT_CONSOLIDATED,
    fix: {
      en: 'Check the file and ask for the workbook again.',
      fr: 'Vérifiez le fichier et redemandez le classeur.',
      es: 'Revise el archivo y vuelva a pedir el libro.',
    },
    example: {
      input: {
        en: 'A file that starts with "PK" but is no zip.',
        fr: 'Un fichier qui commence par « PK » mais n’est pas un zip.',
        es: 'Un archivo que empieza por «PK» pero no es un zip.',
      },
      params: {},
    },
  },
});
