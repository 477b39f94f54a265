import { workbookRule } from './context.js';
import { text } from '../../core/rule.js';
import { declaredCauses } from '../evaluation/causes.js';
import { pillarOf } from '../tables/index.js';
import { DECLARED_TABLE_QUOTED } from '../doc-texts.js';

export default workbookRule({
  id: 'management-response.declared-by-pillar',
  severity: 'warning',
  title: {
    en: 'Declared pillar count disagrees with the rows',
    fr: 'Nombre déclaré par pilier en désaccord avec les lignes',
    es: 'Número declarado por pilar en desacuerdo con las filas',
  },
  messages: {
    en: text(
      'Sheet "{table}" declares {declared} {declared:recommendation|recommendations} for pillar {pillar} ',
      '({name}, {range}); the rows have {computed}.{causes}',
    ),
    fr:
      'La feuille « {table} » déclare {declared} {declared:recommandation|recommandations} pour le pilier ' +
      '{pillar} ({name}, {range}) ; les lignes en ont {computed}.{causes}',
    es:
      'La hoja «{table}» declara {declared} {declared:recomendación|recomendaciones} para el pilar {pillar} ' +
      '({name}, {range}); las filas tienen {computed}.{causes}',
  },
  labels: { name: 'name' },
  fields: ['pillar', 'rec_no'],
  doc: {
    checks: {
      en:
        'A table of the workbook that counts recommendations by pillar with their number ranges (rows such ' +
        'as "2 Institutional Accountability and Transparency 19 - 33 15", like Table 3 of an evaluation ' +
        'report) agrees with the by-pillar table; each difference names the numbers of the range that no ' +
        'recommendation has and the recommendations counted under the pillar from outside it.',
      fr:
        'Un tableau du classeur qui compte les recommandations par pilier avec leurs plages de numéros ' +
        '(lignes comme « 2 Redevabilité institutionnelle et transparence 19 - 33 15 », comme le tableau 3 ' +
        'd’un rapport d’évaluation) concorde avec le tableau par pilier ; chaque écart nomme les numéros de ' +
        'la plage qu’aucune recommandation n’a et les recommandations comptées sous le pilier depuis ' +
        'l’extérieur de la plage.',
      es:
        'Una tabla del libro que cuenta las recomendaciones por pilar con sus rangos de números (filas como ' +
        '«2 Rendición de cuentas institucional y transparencia 19 - 33 15», como la tabla 3 de un informe de ' +
        'evaluación) concuerda con la tabla por pilar; cada diferencia nombra los números del rango que ' +
        'ninguna recomendación tiene y las recomendaciones contadas bajo el pilar desde fuera del rango.',
    },
    why: DECLARED_TABLE_QUOTED,
    fix: {
      en: 'Find the recommendations named and correct the matrix, its settings or the declared table.',
      fr: 'Retrouvez les recommandations nommées et corrigez la matrice, ses paramètres ou le tableau déclaré.',
      es: 'Busque las recomendaciones nombradas y corrija la matriz, su configuración o la tabla declarada.',
    },
    example: {
      input: {
        en: 'Table 3 declares 15 recommendations for 19 - 33; recommendation 27 is missing.',
        fr: 'Le tableau 3 déclare 15 recommandations pour 19 - 33 ; la recommandation 27 manque.',
        es: 'La tabla 3 declara 15 recomendaciones para 19 - 33; falta la recomendación 27.',
      },
      params: {
        table: 'Tables',
        declared: 15,
        pillar: 2,
        name: 'Institutional Accountability and Transparency',
        range: '19 - 33',
        computed: 14,
        causes: ' (#27 on no row)',
      },
    },
  },
  check({ settled, evidence }, emit) {
    for (const d of evidence.pillars) {
      if (d.count === undefined) continue;
      const own = settled.filter((s) => pillarOf(s.rec, s.settings) === d.number).map((s) => s.rec.recNo);
      if (own.length === d.count) continue;
      const causes = declaredCauses({
        range: [d.from, d.to],
        label: (n) => `#${n}`,
        inside: own.map((rec) => ({ rec, n: rec })),
      });
      emit(
        { sheet: d.sheet, row: d.row, value: String(d.count), suggestion: String(own.length) },
        {
          table: d.sheet,
          declared: d.count,
          pillar: d.number,
          name: d.name,
          range: d.range,
          computed: own.length,
          causes,
        },
      );
    }
  },
});
