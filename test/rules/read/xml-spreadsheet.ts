import { file, goodXlsx } from '../files.js';
import { cases } from '../tester.js';

export default cases({
  valid: [{ name: 'a clean xlsx', input: { files: [goodXlsx] } }],
  invalid: [
    {
      name: 'an XML Spreadsheet 2003 export',
      input: {
        files: [
          file(
            'export.xlsx',
            '<?xml version="1.0"?>\n<Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet"></Workbook>',
          ),
        ],
      },
      findings: [{ params: {} }],
    },
  ],
});
