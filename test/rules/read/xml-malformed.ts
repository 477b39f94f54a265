import { file, goodXlsx } from '../files.js';
import { matrixRows } from '../../fixtures/hostile/files.js';
import { packageBytes, sheetXml } from '../../fixtures/hostile/workbook.js';
import { cases } from '../tester.js';

/** The workbook's relationships with one id written without quotes. */
const unquoted = packageBytes({
  sheets: [{ name: 'Matrix', xml: sheetXml(matrixRows()) }],
  transform: (xml, part) => (part.endsWith('.rels') ? xml.replace('Id="rId1"', 'Id=rId1') : xml),
});

export default cases({
  valid: [{ name: 'a clean xlsx', input: { files: [goodXlsx] } }],
  invalid: [
    {
      name: 'a relationship whose id has no quotes',
      input: { files: [file('rels.xlsx', unquoted)] },
      findings: [{ params: { part: 'xl/_rels/workbook.xml.rels' } }],
    },
  ],
});
