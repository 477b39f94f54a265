/**
 * UN-Habitat management response and action plan (S11, S12: accept / partially accept / reject, reasons for a
 * rejection, what, by whom, by when, whether funding is needed). Two tables on one sheet: Part A with a short
 * header (4 records), then Part B with the full header. Records above the better header must not be lost.
 * "Rec. 3" numbering, time frames as people write them. Correct data.
 */
import { EN } from '../content/en.js';
import { assemble, matrixPart } from '../assemble.js';
import type { Due, Response, WorkbookSpec } from '../model.js';
import { SheetBuilder, type Column } from '../sheet-builder.js';
import { dueDay, dueMonth, dueQuarter } from '../values.js';

const SHORT: Column[] = [
  { key: 'no', field: 'rec_no', header: ['Rec.'], width: 8 },
  { key: 'text', field: 'recommendation', header: ['Recommendation'], width: 46 },
  { key: 'resp', field: 'response', header: ['Response'], width: 22 },
  { key: 'ka', field: 'key_actions', header: ['Key actions'], width: 46 },
  { key: 'unit', field: 'responsible_units', header: ['Responsible unit(s)'], width: 22 },
  { key: 'when', field: 'due', header: ['Time frame'], width: 14 },
];
const FULL: Column[] = [
  SHORT[0],
  SHORT[1],
  { key: 'resp', field: 'response', header: ['Accepted / Partially accepted / Rejected'], width: 22 },
  { key: 'why', field: 'response_rationale', header: ['Reasons for rejection or partial acceptance'], width: 30 },
  SHORT[3],
  SHORT[5],
  SHORT[4],
  { key: 'fund', field: null, header: ['Funding required (Yes/No)'], width: 12, note: 'no canonical field' },
];
const WRITTEN: Record<Response, string> = {
  Accept: 'Accepted',
  'Partially accept': 'Partially accepted',
  'Not accept': 'Rejected',
};

interface Row {
  n: number;
  theme: number;
  response: Response;
  unit?: string;
  when?: [string, Due];
  fund?: string;
  list?: boolean;
}

const dmy = (d: number, m: number, y: number): [string, Due] => {
  const w = `${String(d).padStart(2, '0')}/${String(m).padStart(2, '0')}/${y}`;
  return [w, dueDay(w, y, m, d)];
};

export function unHabitatEn(): WorkbookSpec {
  const b = new SheetBuilder('Action plan');
  b.title('Management Response and Action Plan: Evaluation of the Safeguarding and PSEA Programme 2021–2025');
  b.title('Overall response: management welcomes the evaluation and accepts most of its recommendations.');
  b.title();
  b.title('Part A – Recommendations addressed to headquarters');
  b.table(SHORT);
  const write = (r: Row) => {
    const t = EN[r.theme];
    const actions =
      r.response === 'Not accept'
        ? null
        : r.list
          ? t.actions
              .slice(0, 2)
              .map((a, i) => `${i + 1}. ${a}`)
              .join('; ')
          : t.actions[0];
    b.record(
      {
        no: `Rec. ${r.n}`,
        text: t.rec,
        resp: WRITTEN[r.response],
        why: r.response === 'Partially accept' ? t.partial : r.response === 'Not accept' ? t.reject : null,
        ka: actions,
        unit: r.unit ?? null,
        when: r.when?.[0] ?? null,
        fund: r.fund ?? null,
      },
      {
        rec_no: r.n,
        response: r.response,
        ...(r.when ? { due: r.when[1] } : {}),
        ...(actions ? { key_actions_in_cell: r.list ? 2 : 1 } : {}),
      },
    );
  };
  [
    {
      n: 1,
      theme: 6,
      response: 'Accept',
      unit: 'Executive Office',
      when: ['End May 2027', dueMonth('End May 2027', 2027, 5)],
    },
    { n: 2, theme: 8, response: 'Accept', unit: 'Legal Office', when: dmy(31, 3, 2027) },
    {
      n: 3,
      theme: 9,
      response: 'Accept',
      unit: 'Programme Division',
      when: ['December 2027', dueMonth('December 2027', 2027, 12)],
    },
    { n: 4, theme: 5, response: 'Accept', unit: 'Human Resources', when: dmy(15, 10, 2027) },
  ].forEach((r) => write(r as Row));
  b.blank();
  b.section(
    'Part B – Recommendations addressed to regional and country offices',
    'Recommendations addressed to regional and country offices',
  );
  b.table(FULL);
  [
    { n: 5, theme: 0, response: 'Accept', unit: 'Regional offices', when: dmy(30, 6, 2027), fund: 'No', list: true },
    {
      n: 6,
      theme: 3,
      response: 'Partially accept',
      unit: 'Country offices',
      when: ['End September 2027', dueMonth('End September 2027', 2027, 9)],
      fund: 'Yes',
    },
    { n: 7, theme: 7, response: 'Not accept', fund: 'No' },
    {
      n: 8,
      theme: 11,
      response: 'Accept',
      unit: 'Country offices',
      when: ['Q2 2027', dueQuarter('Q2 2027', 2027, 2)],
      fund: 'Yes',
      list: true,
    },
  ].forEach((r) => write(r as Row));
  return assemble(
    {
      file: 'un-habitat-en.xlsx',
      organisation: 'UN-Habitat',
      format: ['S11', 'S12'],
      language: 'en',
      tool: 'exceljs',
      numbering: ['"Rec. 1" … "Rec. 8"'],
      due_formats: ['"End May 2027"', 'dd/mm/yyyy (15/10/2027: day first)', '"December 2027"', '"Q2 2027"'],
      hard_cases: [
        {
          sheet: 'Action plan',
          what: 'records Rec. 1–4 sit under a 6-column header above the full 8-column header of Rec. 5–8: all 8 count',
        },
        { sheet: 'Action plan', what: 'the two headers order Time frame and Responsible unit(s) differently' },
        { sheet: 'Action plan', what: '"1. …; 2. …" in one cell for Rec. 5 and Rec. 8' },
      ],
    },
    [matrixPart(b)],
  );
}
