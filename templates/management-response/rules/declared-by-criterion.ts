import { workbookRule } from './context.js';
import { text } from '../../core/rule.js';
import { declaredCauses } from '../evaluation/causes.js';
import { DECLARED_TABLE_QUOTED } from '../doc-texts.js';

export default workbookRule({
  id: 'management-response.declared-by-criterion',
  severity: 'warning',
  title: {
    en: 'Declared criterion count disagrees with the rows',
    fr: 'Nombre déclaré par critère en désaccord avec les lignes',
    es: 'Número declarado por criterio en desacuerdo con las filas',
  },
  messages: {
    en: text(
      'Sheet "{table}" declares {declared} {declared:recommendation|recommendations} for criterion {digit} ',
      '({name}, {range}); the rows have {computed}.{causes}',
    ),
    fr:
      'La feuille « {table} » déclare {declared} {declared:recommandation|recommandations} pour le critère ' +
      '{digit} ({name}, {range}) ; les lignes en ont {computed}.{causes}',
    es:
      'La hoja «{table}» declara {declared} {declared:recomendación|recomendaciones} para el criterio {digit} ' +
      '({name}, {range}); las filas tienen {computed}.{causes}',
  },
  labels: { name: 'name' },
  fields: ['criterion_ref'],
  doc: {
    checks: {
      en:
        'A table of the workbook that counts recommendations by criterion with their reference ranges (rows ' +
        'such as "4 Effectiveness 4.1 – 4.16 16", like Table 2 of an evaluation report) agrees with the ' +
        'rows, counted by the first digit of each reference; its total row agrees with the number of ' +
        'recommendations. Each difference names the references missing from the range and the ' +
        'recommendations outside it.',
      fr:
        'Un tableau du classeur qui compte les recommandations par critère avec leurs plages de références ' +
        '(lignes comme « 4 Efficacité 4.1 – 4.16 16 », comme le tableau 2 d’un rapport d’évaluation) ' +
        'concorde avec les lignes, comptées par le premier chiffre de chaque référence ; sa ligne de total ' +
        'concorde avec le nombre de recommandations. Chaque écart nomme les références absentes de la plage ' +
        'et les recommandations qui en sortent.',
      es:
        'Una tabla del libro que cuenta las recomendaciones por criterio con sus rangos de referencias ' +
        '(filas como «4 Eficacia 4.1 – 4.16 16», como la tabla 2 de un informe de evaluación) concuerda con ' +
        'las filas, contadas por el primer dígito de cada referencia; su fila de total concuerda con el ' +
        'número de recomendaciones. Cada diferencia nombra las referencias que faltan en el rango y las ' +
        'recomendaciones que quedan fuera.',
    },
    why: DECLARED_TABLE_QUOTED,
    fix: {
      en: 'Find the recommendations or references named and correct the matrix or the declared table.',
      fr: 'Retrouvez les recommandations ou les références nommées et corrigez la matrice ou le tableau déclaré.',
      es: 'Busque las recomendaciones o referencias nombradas y corrija la matriz o la tabla declarada.',
    },
    example: {
      input: {
        en: 'Table 2 declares 16 recommendations for 4.1 – 4.16; reference 4.7 is on no recommendation.',
        fr:
          'Le tableau 2 déclare 16 recommandations pour 4.1 – 4.16 ; la référence 4.7 n’est sur aucune ' +
          'recommandation.',
        es:
          'La tabla 2 declara 16 recomendaciones para 4.1 – 4.16; la referencia 4.7 no está en ninguna ' +
          'recomendación.',
      },
      params: {
        table: 'Tables',
        declared: 16,
        digit: 4,
        name: 'Effectiveness',
        range: '4.1 – 4.16',
        computed: 15,
        causes: ' (4.7 on no recommendation)',
      },
    },
  },
  check({ recs, evidence }, emit) {
    const refs = recs.map((r) => ({ rec: r.recNo, ref: /^(\d)\.(\d+)$/.exec(r.main.criterionRef.trim()) }));
    for (const d of evidence.criteria) {
      if (d.count === undefined) continue;
      const own = refs.filter((r) => r.ref && Number(r.ref[1]) === d.digit);
      if (own.length === d.count) continue;
      const causes = declaredCauses({
        range: [d.from, d.to],
        label: (n) => `${d.digit}.${n}`,
        inside: own.map((r) => ({ rec: r.rec, n: Number(r.ref![2]) })),
      });
      emit(
        { sheet: d.sheet, row: d.row, value: String(d.count), suggestion: String(own.length) },
        {
          table: d.sheet,
          declared: d.count,
          digit: d.digit,
          name: d.name,
          range: d.range,
          computed: own.length,
          causes,
        },
      );
    }
  },
});
