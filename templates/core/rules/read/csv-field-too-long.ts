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
    checks: {
      en:
        'No field of a CSV is longer than the limit (16 MB by default, PSEA_MAX_FIELD_MB), checked before ' +
        'reading it.',
      fr:
        'Aucun champ d’un CSV ne dépasse la limite (16 Mo par défaut, PSEA_MAX_FIELD_MB), vérifiée avant de ' +
        'le lire.',
      es:
        'Ningún campo de un CSV supera el límite (16 MB por defecto, PSEA_MAX_FIELD_MB), comprobado antes de ' +
        'leerlo.',
    },
    why: {
      en: 'A field this long is no cell anyone typed (Excel holds 32,767 characters). The file is not consolidated.',
      fr:
        'Un champ aussi long n’est pas une cellule saisie par quelqu’un (Excel en garde 32 767 caractères). ' +
        'Le fichier n’est pas consolidé.',
      es:
        'Un campo tan largo no es una celda que alguien escribiera (Excel guarda 32.767 caracteres). El ' +
        'archivo no se consolida.',
    },
    fix: {
      en:
        'Check the file: a quote or delimiter missing for millions of characters; if it is genuine, raise ' +
        'the limit.',
      fr:
        'Vérifiez le fichier : un guillemet ou un séparateur manque sur des millions de caractères ; s’il ' +
        'est authentique, augmentez la limite.',
      es:
        'Revise el archivo: faltan unas comillas o un separador durante millones de caracteres; si es ' +
        'auténtico, aumente el límite.',
    },
    example: {
      input: {
        en: 'A CSV whose row 2 holds one field of 540 MB.',
        fr: 'Un CSV dont la ligne 2 contient un seul champ de 540 Mo.',
        es: 'Un CSV cuya fila 2 contiene un solo campo de 540 MB.',
      },
      params: { row: 2, limit: 16, variable: 'PSEA_MAX_FIELD_MB' },
    },
  },
});
