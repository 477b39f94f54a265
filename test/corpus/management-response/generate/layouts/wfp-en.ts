/**
 * WFP country-office management response (S5): the header split over three rows as it comes out of a PDF or a
 * narrow Word table ("Action" / "Responsible" / "CO unit"), "Recommendation 1" … "Recommendation 12" with
 * sub-recommendations 3.1, 3.2 and 8.1–8.3, accepted / partially accepted / not accepted, actions as a numbered list
 * in one cell, time frames as people write them. No monitoring columns yet. Correct data.
 */
import { assemble, matrixPart } from '../assemble.js';
import type { Response, WorkbookSpec } from '../model.js';
import { SheetBuilder, type Column } from '../sheet-builder.js';
import { wfpEnRows } from './wfp-en-rows.js';
import { writeWfp } from './wfp-write.js';

const COLUMNS: Column[] = [
  { key: 'no', field: 'rec_no', header: ['Evaluation', 'recommendation', 'no.'], width: 18 },
  { key: 'rec', field: 'recommendation', header: ['Evaluation Recommendations', '', ''], width: 50 },
  {
    key: 'resp',
    field: 'response',
    header: ['Management response', '(Accepted, partially', 'accepted or not accepted)'],
    width: 20,
  },
  {
    key: 'why',
    field: 'response_rationale',
    header: ['COMMENT on the', 'Recommendation, providing clear', 'reasoning for partially accepted and not accepted'],
    width: 36,
  },
  { key: 'actions', field: 'key_actions', header: ['Management -', 'Action to be', 'taken'], width: 50 },
  { key: 'unit', field: 'responsible_units', header: ['Action', 'Responsible', 'CO unit'], width: 18 },
  { key: 'when', field: 'due', header: ['Time', 'frame', ''], width: 14 },
  {
    key: 'fund',
    field: null,
    header: ['Further', 'funding req.', '(Y or N)'],
    width: 12,
    note: 'no canonical field: kept as an extra column',
  },
];

export const WRITTEN_RESPONSE: Record<Response, string> = {
  Accept: 'Accepted',
  'Partially accept': 'Partially accepted',
  'Not accept': 'Not accepted',
};

export function wfpEn(): WorkbookSpec {
  const b = new SheetBuilder('MR');
  b.title('OPERATION EVALUATION – Country Strategic Plan 2022–2026, mid-term evaluation');
  b.title('Management Response');
  b.title('Management response cleared by: Country Director', null, null, null, 'Date: 14 January 2027');
  b.title();
  b.table(COLUMNS, { mergeDown: true });
  const rows = wfpEnRows();
  writeWfp(b, rows, WRITTEN_RESPONSE);
  return assemble(
    {
      file: 'wfp-en.xlsx',
      organisation: 'WFP',
      format: ['S5', 'S6'],
      language: 'en',
      tool: 'exceljs',
      numbering: ['"Recommendation 1" … "Recommendation 12"', 'sub-recommendations "3.1", "8.3"'],
      due_formats: ['"Q1 2027"', '"Mar 2027"', '"End June 2027"', '"By 15th April" (year from the cleared date)'],
      hard_cases: [
        {
          sheet: 'MR',
          what: 'header over three rows, phrases split mid-sentence; "Evaluation Recommendations" merged down',
        },
        {
          sheet: 'MR',
          what:
            'rows "Recommendation 3" and "Recommendation 8" carry only the text; their sub-recommendations ' +
            'carry the responses (both roll up to Partially accept)',
        },
        {
          sheet: 'MR',
          what: '"1. …\\n2. …" in the action cell: each numbered item is a key action (summary.key_actions)',
        },
        { sheet: 'MR', what: '"Date: 14 January 2027" in the title block gives the year of "By 15th April"' },
      ],
    },
    [matrixPart(b)],
  );
}
