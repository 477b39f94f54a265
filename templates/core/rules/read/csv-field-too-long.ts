import { raisedRule, text } from '../../rule.js';

export default raisedRule({
  id: 'read.csv-field-too-long',
  severity: 'error',
  raisedBy: 'reader',
  title: {
    en: 'CSV field of runaway size',
    fr: 'Champ CSV de taille démesurée',
    es: 'Campo CSV de tamaño desmesurado',
  },
  messages: {
    en: text(
      'refused: CSV row {row} has a field of more than {limit} MB, the limit that protects memory (a damaged file, ',
      'or raise {variable}=<MB>)',
    ),
    fr:
      'refusé : la ligne CSV {row} a un champ de plus de {limit} Mo, la limite qui protège la mémoire (un fichier ' +
      'endommagé, ou augmentez {variable}=<Mo>)',
    es:
      'rechazado: la fila CSV {row} tiene un campo de más de {limit} MB, el límite que protege la memoria (un ' +
      'archivo dañado, o aumente {variable}=<MB>)',
  },
  counts: ['limit'],
  fields: [],
  doc: {
    checks:
      'No field of a CSV is longer than the limit (16 MB by default, PSEA_MAX_FIELD_MB), checked before reading it.',
    why: 'A field this long is no cell anyone typed (Excel holds 32,767 characters). The file is not consolidated.',
    fix: 'Check the file: a quote or delimiter missing for millions of characters; if it is genuine, raise the limit.',
    example: {
      input: 'A CSV whose row 2 holds one field of 540 MB.',
      params: { row: 2, limit: 16, variable: 'PSEA_MAX_FIELD_MB' },
    },
  },
});
