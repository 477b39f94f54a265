import { workbookRule } from './context.js';
import { text } from '../../core/rule.js';
import { declaredCauses } from '../evaluation/causes.js';
import { pillarOf } from '../tables/index.js';

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
    checks:
      'A table of the workbook that counts recommendations by pillar with their number ranges (rows such as "2 ' +
      'Institutional Accountability and Transparency 19 - 33 15", like Table 3 of an evaluation report) agrees with ' +
      'the by-pillar table; each difference names the numbers of the range that no recommendation has and the ' +
      'recommendations counted under the pillar from outside it.',
    why: 'The declared table is what readers quote; if the matrix says otherwise, one of the two is wrong.',
    fix: 'Find the recommendations named and correct the matrix, its settings or the declared table.',
    example: {
      input: 'Table 3 declares 15 recommendations for 19 - 33; recommendation 27 is missing.',
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
