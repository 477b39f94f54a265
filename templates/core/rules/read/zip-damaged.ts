import { raisedRule } from '../../rule.js';
import { NOT_CONSOLIDATED, REPAIR_OR_ASK_AGAIN } from '../../doc-texts.js';

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
    why: NOT_CONSOLIDATED,
    fix: REPAIR_OR_ASK_AGAIN,
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
