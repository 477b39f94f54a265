import { raisedRule } from '../../rule.js';

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
        en: 'An xlsx whose bytes were shifted by a bad copy.',
        fr: 'Un xlsx dont les octets ont été décalés par une mauvaise copie.',
        es: 'Un xlsx cuyos bytes se desplazaron por una copia defectuosa.',
      },
      params: { part: 'xl/worksheets/sheet1.xml' },
    },
  },
});
