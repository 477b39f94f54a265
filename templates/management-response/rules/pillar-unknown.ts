import { sheetRule } from './context.js';

export default sheetRule({
  id: 'management-response.pillar-unknown',
  severity: 'error',
  title: { en: 'Unknown pillar', fr: 'Pilier inconnu', es: 'Pilar desconocido' },
  messages: {
    en: 'Pillar "{value}" is not one of the evaluation’s pillars ({known}).',
    fr: 'Le pilier « {value} » ne fait pas partie des piliers de l’évaluation ({known}).',
    es: 'El pilar «{value}» no es uno de los pilares de la evaluación ({known}).',
  },
  fields: ['pillar'],
  doc: {
    checks: {
      en:
        'A stated pillar (a number, "Pillar 2", or a pillar\'s name, in a column or a section row) is one of ' +
        "the evaluation's pillars.",
      fr:
        'Un pilier indiqué (un numéro, « Pilier 2 », ou le nom d’un pilier, dans une colonne ou une ligne de ' +
        'section) est l’un des piliers de l’évaluation.',
      es:
        'Un pilar indicado (un número, «Pilar 2», o el nombre de un pilar, en una columna o en una fila de ' +
        'sección) es uno de los pilares de la evaluación.',
    },
    why: {
      en:
        'An unknown pillar cannot be checked against the number ranges, and the by-pillar tables place the ' +
        'recommendation by its number alone.',
      fr:
        'Un pilier inconnu ne peut pas être confronté aux plages de numéros, et les tableaux par pilier ' +
        'placent la recommandation d’après son seul numéro.',
      es:
        'Un pilar desconocido no se puede contrastar con los rangos de números, y las tablas por pilar ' +
        'sitúan la recomendación solo por su número.',
    },
    fix: {
      en: 'Use one of the pillar numbers or names listed, or declare the pillar on the Settings sheet.',
      fr: 'Utilisez l’un des numéros ou noms de pilier listés, ou déclarez le pilier sur la feuille Settings.',
      es: 'Use uno de los números o nombres de pilar de la lista, o declare el pilar en la hoja Settings.',
    },
    example: {
      input: {
        en: 'Pillar typed 9 where the evaluation has pillars 1–5.',
        fr: '« Pilier » saisi 9 alors que l’évaluation a les piliers 1 à 5.',
        es: '«Pilar» escrito 9 cuando la evaluación tiene los pilares 1 a 5.',
      },
      params: { value: '9', known: '1, 2, 3, 4, 5' },
    },
  },
  check({ recs, settings }, emit) {
    const known = settings.pillars.map((p) => p.number).join(', ');
    for (const { main } of recs) {
      if (!main.pillarText || settings.pillars.some((p) => p.number === main.pillar)) continue;
      emit({ row: main.source.row, field: 'pillar', value: main.pillarText }, { value: main.pillarText, known });
    }
  },
});
