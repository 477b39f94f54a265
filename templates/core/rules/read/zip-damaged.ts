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
    checks: {
      en: 'The directory of the xlsx container lists its parts in a readable way.',
      fr: 'Le répertoire du conteneur xlsx liste ses parties de façon lisible.',
      es: 'El directorio del contenedor xlsx enumera sus partes de forma legible.',
    },
    why: {
      en: 'The file is not consolidated: its rows are in no table and no count.',
      fr: 'Le fichier n’est pas consolidé : ses lignes ne sont dans aucun tableau ni aucun compte.',
      es: 'El archivo no se consolida: sus filas no están en ninguna tabla ni en ningún conteo.',
    },
    fix: {
      en: 'Open the file in Excel, which may repair it, and save it again; or ask for it again.',
      fr: 'Ouvrez le fichier dans Excel, qui peut le réparer, et enregistrez-le à nouveau ; ou redemandez-le.',
      es: 'Abra el archivo en Excel, que puede repararlo, y vuelva a guardarlo; o pídalo de nuevo.',
    },
    example: {
      input: {
        en: 'An xlsx damaged on a faulty USB stick.',
        fr: 'Un xlsx endommagé sur une clé USB défectueuse.',
        es: 'Un xlsx dañado en una memoria USB defectuosa.',
      },
      params: {},
    },
  },
});
