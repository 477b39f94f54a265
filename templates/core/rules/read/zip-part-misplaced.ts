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
    checks: "Each part of the xlsx container sits where the container's directory says.",
    why: 'The file is not consolidated: its rows are in no table and no count.',
    fix: 'Open the file in Excel, which may repair it, and save it again; or ask for it again.',
    example: { input: 'An xlsx whose bytes were shifted by a bad copy.', params: { part: 'xl/worksheets/sheet1.xml' } },
  },
});
