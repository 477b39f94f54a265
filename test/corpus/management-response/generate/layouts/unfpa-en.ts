/**
 * UNFPA management response tracker (S7): the MR header block, Key Action(s) | Deadline | Responsible unit(s), two
 * dated status-update rounds as merged groups over Status | Comments, the recommendation merged down over its
 * key-action rows, deadlines as Excel dates and as "March 29, 2027". Correct data.
 */
import { EN } from '../content/en.js';
import { assemble, matrixPart } from '../assemble.js';
import type { WorkbookSpec } from '../model.js';
import { SheetBuilder } from '../sheet-builder.js';
import { dateCell as date, dueDay } from '../values.js';
import { UNFPA_COLUMNS, writeUnfpa, type UnfpaRec } from './unfpa-rows.js';

const R1 = 'Implementation status update – 31 December 2025';
const R2 = 'Implementation status update – 30 June 2026';

export function unfpaEn(): WorkbookSpec {
  const b = new SheetBuilder('Management response', 'mmmm d, yyyy');
  b.title('UNFPA Management Response to Evaluation');
  b.title(
    'Country, Region or HQ Division/Unit that Commissioned the Evaluation',
    'Country Office – West and Central Africa',
  );
  b.title('Evaluation Title', 'Final evaluation of the GBV and PSEA programme 2022–2025');
  b.title('Year of the Evaluation', 2026);
  b.title('Type / Focus Area of Evaluation', 'Programme evaluation');
  b.title('MR Submission Date', 'March 10, 2026');
  b.title('Approved By', 'Representative');
  b.title();
  const names = [
    'Recommendation #',
    'Recommendation',
    'Management Response',
    'Key Action(s)',
    'Deadline',
    'Responsible unit(s)',
  ];
  b.table(UNFPA_COLUMNS({ r1: R1, r2: R2, status: 'Status', comments: 'Comments' }, names), {
    mergeGroups: true,
    mergeDown: true,
  });
  const [t4, t5, t8, t11, t12] = [EN[3], EN[4], EN[7], EN[10], EN[11]];
  const recs: UnfpaRec[] = [
    {
      no: 'Recommendation 1',
      rec: 1,
      text: t4.rec,
      response: 'Accepted',
      canon: 'Accept',
      actions: [
        {
          text: t4.actions[0],
          due: date(2026, 3, 31),
          unit: 'Operations',
          s1: ['Ongoing', 'in_progress'],
          s2: ['Completed', 'completed'],
          c2: t4.done,
        },
        {
          text: t4.actions[1],
          due: ['March 29, 2027', dueDay('March 29, 2027', 2027, 3, 29)],
          unit: 'Programme',
          s1: ['Not started', 'not_started'],
          s2: ['Ongoing', 'in_progress'],
        },
      ],
    },
    {
      no: 'Recommendation 2',
      rec: 2,
      text: t5.rec,
      response: `Partially accepted\n${t5.partial}`,
      canon: 'Partially accept',
      actions: [
        {
          text: t5.actions[0],
          due: date(2025, 12, 15),
          unit: 'HR',
          s1: ['Ongoing', 'in_progress'],
          s2: ['February 06, 2026, Completed', 'completed'],
          c2: t5.done,
        },
        {
          text: t5.actions[2],
          due: date(2027, 6, 30),
          unit: 'HR',
          s1: ['Not started', 'not_started'],
          s2: ['Not started', 'not_started'],
        },
      ],
    },
    {
      no: 'Recommendation 3',
      rec: 3,
      text: t8.rec,
      response: `Rejected\n${t8.reject}`,
      canon: 'Not accept',
      actions: [],
    },
    {
      no: 'Recommendation 4',
      rec: 4,
      text: t11.rec,
      response: 'Accepted',
      canon: 'Accept',
      actions: [
        {
          text: t11.actions[0],
          due: date(2025, 11, 30),
          unit: 'Programme',
          s1: ['Completed', 'completed'],
          c1: t11.done,
          s2: ['Completed', 'completed'],
          c2: t11.done,
        },
        {
          text: t11.actions[1],
          due: date(2027, 3, 31),
          unit: 'Programme',
          s1: ['Ongoing', 'in_progress'],
          s2: ['Ongoing', 'in_progress'],
        },
        {
          text: t11.actions[2],
          due: ['September 30, 2027', dueDay('September 30, 2027', 2027, 9, 30)],
          unit: 'M&E',
          s1: ['Not started', 'not_started'],
          s2: ['Ongoing', 'in_progress'],
        },
      ],
    },
    {
      no: 'Recommendation 5',
      rec: 5,
      text: t12.rec,
      response: 'Accepted',
      canon: 'Accept',
      actions: [
        {
          text: t12.actions[0],
          due: date(2026, 5, 31),
          unit: 'Communication',
          s1: ['Ongoing', 'in_progress'],
          s2: ['Completed', 'completed'],
          c2: t12.done,
        },
        {
          text: t12.actions[1],
          due: date(2027, 2, 28),
          unit: 'Communication',
          s1: ['Not started', 'not_started'],
          s2: ['Not started', 'not_started'],
        },
      ],
    },
  ];
  writeUnfpa(b, recs);
  return assemble(
    {
      file: 'unfpa-en.xlsx',
      organisation: 'UNFPA',
      format: ['S7'],
      language: 'en',
      tool: 'exceljs',
      numbering: ['"Recommendation 1" …', 'key actions "1.", "2." inside the text'],
      due_formats: ['Excel date cells (shown "March 31, 2026")', 'text "March 29, 2027"'],
      hard_cases: [
        {
          sheet: 'Management response',
          what: 'two dated rounds: "Implementation status update – 31 December 2025" merged over Status | Comments',
        },
        {
          sheet: 'Management response',
          what: 'the recommendation, its number and response merged down over its key-action rows',
        },
        {
          sheet: 'Management response',
          what: '"Partially accepted\\n<reason>": the reason in the response cell is the rationale',
        },
        {
          sheet: 'Management response',
          what: 'status "February 06, 2026, Completed" carries its update date (UNFPA writes it so)',
        },
      ],
    },
    [matrixPart(b)],
  );
}
