import { file, goodXlsx } from '../files.js';
import { matrixPackage, matrixRows } from '../../fixtures/hostile/files.js';
import { cases } from '../tester.js';

const broken = matrixPackage(matrixRows(), '<mergeCells count="1"><mergeCell ref="A1:"/></mergeCells>');

export default cases({
  valid: [{ name: 'a clean xlsx', input: { files: [goodXlsx] } }],
  invalid: [
    {
      name: 'a merged area written A1:',
      input: { files: [file('merge.xlsx', broken)] },
      findings: [{ params: { sheet: 'Matrix', range: 'A1:' } }],
    },
  ],
});
