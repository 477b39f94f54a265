import { cases } from '../tester.js';
import { matrix, rec, sheets } from '../support.js';

const units = (...codes: string[]) =>
  codes.map((code, i) => rec(i + 1, { 'Responsible unit(s)': code, 'Support from': null }));

export default cases({
  valid: [
    { name: 'one spelling throughout', input: sheets(matrix(units('PXD', 'PXD', 'PXD', 'PXD'))) },
    { name: 'two-letter codes one letter apart are not judged', input: sheets(matrix(units('RO', 'CO', 'CO', 'CO'))) },
    {
      name: 'DER beside DHR three times: two units, not a typo',
      input: sheets(matrix(units('DER', 'DHR', 'DHR', 'DHR'))),
    },
    {
      name: 'a workbook with an acronym list (a variant is then an unknown code)',
      input: sheets(matrix(units('PDX', 'PXD', 'PXD', 'PXD')), {
        name: 'Acronyms',
        rows: [
          ['Acronym', 'Meaning'],
          ['PXD', 'Protection Division'],
        ],
      }),
    },
  ],
  invalid: [
    {
      name: 'PDX once beside PXD three times (once as a qualifier), and a plural',
      input: sheets(matrix(units('PXD', 'PDX', 'PXD', 'DPSMM (PXD)', 'CoM', 'CoM', 'CoM', 'COMs'))),
      findings: [
        { cell: 'H3', value: 'PDX', suggestion: 'PXD', params: { value: 'PDX', count: 1, frequent: 3 } },
        { cell: 'H9', value: 'COMs', suggestion: 'CoM', params: { value: 'COMs', count: 1, frequent: 3 } },
      ],
    },
  ],
});
