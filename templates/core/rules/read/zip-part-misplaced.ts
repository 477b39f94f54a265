import { raisedRule } from '../../rule.js';
import { NOT_CONSOLIDATED, REPAIR_OR_ASK_AGAIN } from '../../doc-texts.js';

export default raisedRule({
  id: 'read.zip-part-misplaced',
  severity: 'error',
  raisedBy: 'reader',
  title: { en: 'Zip part out of place', fr: 'Partie zip mal placée', es: 'Parte zip fuera de lugar' },
  messages: {
    en: 'the zip container is damaged: part {part} is not where its directory says',
    fr: 'le conteneur zip est endommagé : la partie {part} n’est pas là où son répertoire l’indique',
    es: 'el contenedor zip está dañado: la parte {part} no está donde indica su directorio',
  },
  fields: [],
  doc: {
    checks: {
      en: "Each part of the xlsx container sits where the container's directory says.",
      fr: 'Chaque partie du conteneur xlsx se trouve là où le répertoire du conteneur l’indique.',
      es: 'Cada parte del contenedor xlsx está donde indica el directorio del contenedor.',
    },
    why: NOT_CONSOLIDATED,
    fix: REPAIR_OR_ASK_AGAIN,
    example: {
      input: {
        en: 'An xlsx whose bytes were shifted by a bad copy.',
        fr: 'Un xlsx dont les octets ont été décalés par une mauvaise copie.',
        es: 'Un xlsx cuyos bytes se desplazaron por una copia defectuosa.',
      },
      params: { part: 'xl/worksheets/sheet1.xml' },
    },
  },
});
