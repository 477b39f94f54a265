import { cases } from '../tester.js';
import { IOM, matrix, rec, settings, sheets } from '../support.js';

export default cases({
  valid: [
    {
      ...IOM,
      name: 'known codes split on , ; / and "and"',
      input: sheets(matrix([rec(1, { 'Support from': 'PSEAH; PSEAH / PSEAH and PSEAH' })])),
    },
    {
      ...IOM,
      name: 'a code the Settings sheet adds',
      input: sheets(matrix([rec(1, { 'Responsible unit(s)': 'XYZ' })]), settings(['unit', 'XYZ', 'Example'])),
    },
    {
      name: 'no unit list anywhere: codes are not checked',
      input: sheets(matrix([rec(1, { 'Responsible unit(s)': 'QQQ', 'Support from': 'ZZZ' })])),
    },
  ],
  invalid: [
    {
      ...IOM,
      name: 'a near miss and a code of no list',
      input: sheets(matrix([rec(1, { 'Responsible unit(s)': 'PSEA-H', 'Support from': 'QQQ' })])),
      findings: [
        { cell: 'H2', value: 'PSEA-H', suggestion: 'PSEAH', params: { value: 'PSEA-H' } },
        { cell: 'I2', value: 'QQQ', params: { value: 'QQQ' } },
      ],
    },
    {
      name: "the workbook's own acronym sheet, in French",
      input: sheets(matrix([rec(1, { 'Responsible unit(s)': 'UGPP', 'Support from': 'RH' })]), {
        name: 'Sigles',
        rows: [
          ['Liste des sigles'],
          ['Sigle', 'Signification'],
          ['UGP', 'Unité de gestion du projet'],
          ['RH', 'Ressources humaines'],
        ],
      }),
      findings: [{ cell: 'H2', value: 'UGPP', suggestion: 'UGP' }],
    },
  ],
});
