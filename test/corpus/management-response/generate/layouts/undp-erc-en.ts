/** UNDP ERC tracker in English (S1): title block, "Outcome n" section rows, Acronyms sheet. Correct data. */
import { EN } from '../content/en.js';
import { assemble, matrixPart, unitsPart } from '../assemble.js';
import type { WorkbookSpec } from '../model.js';
import { SheetBuilder } from '../sheet-builder.js';
import { dueMonth } from '../values.js';
import { ercColumns, writeErc, type ErcAction, type ErcRec } from './erc-rows.js';

export const UNDP_UNITS: [string, string][] = [
  ['RR', 'Resident Representative'],
  ['DRR', 'Deputy Resident Representative'],
  ['PMSU', 'Programme Management Support Unit'],
  ['GPU', 'Governance Programme Unit'],
  ['HR', 'Human Resources'],
  ['PROC', 'Procurement Unit'],
  ['M&E', 'Monitoring and Evaluation'],
  ['GFP', 'Gender Focal Point'],
];

const done = (text: string, units: string, y: number, m: number, comment: string): ErcAction => ({
  text,
  units,
  due: `${y}/${String(m).padStart(2, '0')}`,
  expectedDue: dueMonth(`${y}/${String(m).padStart(2, '0')}`, y, m),
  status: 'Completed',
  cls: 'completed',
  comment,
});
const open = (text: string, units: string, y: number, m: number, started: boolean): ErcAction => ({
  text,
  units,
  due: `${y}/${String(m).padStart(2, '0')}`,
  expectedDue: dueMonth(`${y}/${String(m).padStart(2, '0')}`, y, m),
  status: started ? 'Initiated' : 'Not Initiated',
  cls: started ? 'in_progress' : 'not_started',
});

export function undpErcEn(): WorkbookSpec {
  const b = new SheetBuilder('Management Response');
  b.title('Management Response: Final Evaluation of the PSEA Component of the Country Programme 2021–2025');
  b.title('Commissioning Unit:', 'Country Office');
  b.title('Evaluation Plan:', '2022-2026');
  b.title('Evaluation Type:', 'Outcome');
  b.title('Completion Date:', '05/2026');
  b.title('Unit Responsible for providing Management Response:', 'Country Office');
  b.title();
  const extra = [{ key: 'documents', field: null, header: ['Documents'], width: 14 }];
  const headers = ['Recommendation No.', 'Recommendation', 'Management Response', 'Key Action', 'Responsible'];
  b.table(ercColumns([...headers, 'DueDate', 'Status', 'Comments'], extra));
  const [t1, t2, t4, t3, t8, t9] = [EN[0], EN[1], EN[3], EN[2], EN[7], EN[8]];
  const recs: ErcRec[] = [
    {
      no: 1,
      written: '1.',
      text: t1.rec,
      response: 'Agree – the field offices asked for standard terms of reference.',
      canon: 'Accept',
      section: { text: 'Outcome 1 – Prevention and safeguarding', name: 'Prevention and safeguarding' },
      actions: [
        done(t1.actions[0], 'PMSU', 2026, 7, t1.done),
        open(t1.actions[1], 'DRR', 2027, 3, true),
        open(t1.actions[2], 'M&E', 2027, 6, false),
      ],
    },
    {
      no: 2,
      written: '2.',
      text: t2.rec,
      response: 'Agree',
      canon: 'Accept',
      actions: [open(t2.actions[0], 'GFP', 2027, 2, true), open(t2.actions[1], 'GPU, GFP', 2027, 9, false)],
    },
    {
      no: 3,
      written: '3.',
      text: t4.rec,
      response: `Partially agree as ${t4.partial.charAt(0).toLowerCase()}${t4.partial.slice(1)}`,
      canon: 'Partially accept',
      actions: [
        done(t4.actions[0], 'PROC', 2026, 9, t4.done),
        {
          ...done(t4.actions[1], 'PROC, GPU', 2026, 10, ''),
          status: 'No Longer Applicable',
          cls: 'no_longer_applicable',
          comment: 'Partners rated low capacity left the programme; no plan is needed.',
        },
      ],
    },
    {
      no: 4,
      written: '4.',
      text: t3.rec,
      response: 'Agree',
      canon: 'Accept',
      section: { text: 'Outcome 2 – Response and accountability', name: 'Response and accountability' },
      actions: [open(t3.actions[0], 'GFP', 2027, 1, true), open(t3.actions[1], 'GFP, GPU', 2027, 4, false)],
    },
    {
      no: 5,
      written: '5.',
      text: t8.rec,
      response: `Disagree – ${t8.reject}`,
      canon: 'Not accept',
      actions: [],
    },
    {
      no: 6,
      written: '6.',
      text: t9.rec,
      response: 'Agree – reporting will follow the system-wide protocol.',
      canon: 'Accept',
      actions: [
        done(t9.actions[0], 'RR', 2026, 6, t9.done),
        open(t9.actions[1], 'DRR', 2027, 12, true),
        open(t9.actions[2], 'M&E', 2027, 12, false),
      ],
    },
  ];
  writeErc(b, recs);
  return assemble(
    {
      file: 'undp-erc-en.xlsx',
      organisation: 'UNDP',
      format: ['S1', 'S2'],
      language: 'en',
      tool: 'exceljs',
      numbering: ['recommendations "1.", "2." …', 'key actions "1.1", "1.2" inside the Key Action text'],
      due_formats: ['yyyy/mm as ERC writes it ("2027/03")'],
      hard_cases: [
        { sheet: 'Management Response', what: 'one row per key action: 6 recommendations, not 12 duplicates' },
        { sheet: 'Management Response', what: '"1.1" is a key-action number, not a sub-recommendation' },
        { sheet: 'Management Response', what: 'title block with "Completion Date: 05/2026" above the header' },
        { sheet: 'Management Response', what: '"Agree – <reason>": the reason is the rationale' },
      ],
    },
    [matrixPart(b), unitsPart('Acronyms', ['Acronym', 'Full name'], UNDP_UNITS)],
  );
}
