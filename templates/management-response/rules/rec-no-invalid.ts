import { sheetRule } from './context.js';

export default sheetRule({
  id: 'management-response.rec-no-invalid',
  severity: 'error',
  title: {
    en: 'Recommendation number not a whole number',
    fr: 'Numéro de recommandation non entier',
    es: 'Número de recomendación no entero',
  },
  messages: {
    en: 'Recommendation number "{value}" is not a positive whole number.',
    fr: 'Le numéro de recommandation « {value} » n’est pas un entier positif.',
    es: 'El número de recomendación «{value}» no es un entero positivo.',
  },
  fields: ['rec_no'],
  doc: {
    checks: {
      en: 'The Rec # cell holds a positive whole number ("12", "Rec 12", "#12" and "12.0" are read as 12).',
      fr:
        'La cellule « N° de recommandation » contient un entier positif (« 12 », « Rec 12 », « #12 » et « ' +
        '12.0 » sont lus comme 12).',
      es:
        'La celda «Recomendación n.º» contiene un entero positivo («12», «Rec 12», «#12» y «12.0» se leen ' +
        'como 12).',
    },
    why: {
      en:
        'A row without a usable number belongs to no recommendation: it is counted in no acceptance or ' +
        'status table and its links cannot be checked.',
      fr:
        'Une ligne sans numéro utilisable n’appartient à aucune recommandation : elle n’est comptée dans ' +
        'aucun tableau d’acceptation ni de statut et ses liens ne peuvent pas être vérifiés.',
      es:
        'Una fila sin un número utilizable no pertenece a ninguna recomendación: no se cuenta en ninguna ' +
        'tabla de aceptación ni de estado y sus vínculos no se pueden comprobar.',
    },
    fix: {
      en: "Type the recommendation's number as it appears in the evaluation report.",
      fr: 'Saisissez le numéro de la recommandation tel qu’il figure dans le rapport d’évaluation.',
      es: 'Escriba el número de la recomendación tal como aparece en el informe de evaluación.',
    },
    example: {
      input: {
        en: 'Rec # typed "two".',
        fr: '« N° de recommandation » saisi « two ».',
        es: '«Recomendación n.º» escrito «two».',
      },
      params: { value: 'two' },
    },
  },
  check({ rows }, emit) {
    for (const row of rows)
      if (row.recText && row.recNo === undefined)
        emit({ row: row.source.row, field: 'rec_no', value: row.recText }, { value: row.recText });
  },
});
