/** A 62-recommendation matrix with planted errors, as the adapter and browser tests load it. */
import type { CellValue } from '../../templates/index.js';
import { HEADER, matrixRow } from '../helpers.js';

export const RECS = 62;

/** Criterion refs 1.1…, 7.9: unique per recommendation, first digit naming the criterion (default settings). */
const CRITERIA = [
  'Relevance',
  'Internal coherence',
  'External coherence',
  'Effectiveness',
  'Efficiency',
  'Impact',
  'Sustainability',
];
/** Default pillar ranges: 1–18, 19–33, 34–43, 44–52, 53–62. */
const pillarOf = (rec: number) => (rec <= 18 ? 1 : rec <= 33 ? 2 : rec <= 43 ? 3 : rec <= 52 ? 4 : 5);

export function matrixRows(recs = RECS): CellValue[][] {
  const rows: CellValue[][] = [['Management response matrix'], HEADER];
  for (let i = 1; i <= recs; i++) {
    const digit = ((i - 1) % CRITERIA.length) + 1;
    rows.push(
      matrixRow({
        'Rec #': i,
        Pillar: pillarOf(i),
        'Evaluation criterion': CRITERIA[digit - 1],
        'Evaluation ref.': `${digit}.${Math.ceil(i / CRITERIA.length)}`,
        Recommendation: `Recommendation ${i}`,
        'Support from': null,
      }),
    );
  }
  return rows;
}

/** Row (1-based sheet row) of recommendation n in matrixRows. */
export const rowOf = (rec: number) => rec + 2;

/** The planted errors: a misspelt response twice (did-you-mean), two aliases to normalise, a status that is none. */
export function plantedMatrix(recs = RECS): CellValue[][] {
  const rows = matrixRows(recs);
  const col = (h: string) => HEADER.indexOf(h);
  rows[rowOf(3) - 1][col('Management response')] = 'Acept';
  rows[rowOf(7) - 1][col('Management response')] = 'Acept';
  rows[rowOf(5) - 1][col('Management response')] = 'Agreed';
  rows[rowOf(9) - 1][col('Status (Time 2)')] = 'Finished maybe';
  rows[rowOf(11) - 1][col('Status (Time 2)')] = 'Done';
  rows[rowOf(11) - 1][col('Comments (Time 2)')] = 'Briefings held';
  return rows;
}
