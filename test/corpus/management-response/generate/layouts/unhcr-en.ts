/**
 * UNHCR management response matrix with its implementation updates (S10): "R1" … "R10", "Pillar n: …" section rows,
 * the header repeated at a page break, planned actions as a numbered list in one cell, three dated rounds
 * ("Status – June 2025" | "Update – June 2025" …), an Acronyms sheet. Planted defects, listed in the manifest.
 */
import { EN } from '../content/en.js';
import { assemble, matrixPart, unitsPart } from '../assemble.js';
import type { Defect, Response, RoundStatus, WorkbookSpec } from '../model.js';
import { defectsOn } from '../defects.js';
import { SheetBuilder, type Column } from '../sheet-builder.js';
import { AS_OF, daysLate, dueQuarter, status } from '../values.js';
import { numbered } from './wfp-write.js';
import { unhcrRows } from './unhcr-rows.js';

const ROUNDS = [
  ['2025-06', 'June 2025'],
  ['2025-12', 'December 2025'],
  ['2026-06', 'June 2026'],
];
const COLUMNS: Column[] = [
  { key: 'no', field: 'rec_no', header: ['Rec.'], width: 6 },
  { key: 'text', field: 'recommendation', header: ['Recommendation'], width: 46 },
  {
    key: 'resp',
    field: 'response',
    header: ['Management response (accepted / partially accepted / not accepted)'],
    width: 30,
  },
  { key: 'actions', field: 'key_actions', header: ['Planned action(s)'], width: 46 },
  { key: 'unit', field: 'responsible_units', header: ['Responsibility'], width: 14 },
  { key: 'when', field: 'due', header: ['Timeline'], width: 10 },
  ...ROUNDS.flatMap(([round, label], i): Column[] => [
    { key: `s${i}`, field: 'status_round', round, header: [`Status – ${label}`], width: 14 },
    { key: `u${i}`, field: 'comment_round', round, header: [`Update – ${label}`], width: 28 },
  ]),
];
const WRITTEN: Record<Response, string> = {
  Accept: 'Accepted',
  'Partially accept': 'Partially accepted',
  'Not accept': 'Not accepted',
};
const CLASS: Record<string, RoundStatus['class']> = {
  Ongoing: 'in_progress',
  'Not started': 'not_started',
  Completed: 'completed',
  '': null,
  Complted: null,
};
export const UNHCR_UNITS: [string, string][] = [
  ['REP', 'Representative'],
  ['DREP', 'Deputy Representative (Protection)'],
  ['PROT', 'Protection Unit'],
  ['CBP', 'Community-Based Protection'],
  ['HR', 'Human Resources Unit'],
  ['PROG', 'Programme Unit'],
  ['SUP', 'Supply Unit'],
];

export function unhcrEn(): WorkbookSpec {
  const sheet = 'MR matrix';
  const b = new SheetBuilder(sheet);
  b.title('JUNE 2026: UPDATE ON IMPLEMENTATION');
  b.title('UNHCR’s MANAGEMENT RESPONSE MATRIX TO:');
  b.title('Title', 'Evaluation of the approach to protection from sexual exploitation and abuse in the operation');
  b.title('Reference', 'ES/2025/07');
  b.title();
  b.table(COLUMNS);
  const rows = unhcrRows();
  const at = new Map<number, number>();
  for (const r of rows) {
    if (r.section)
      b.section(`Pillar ${r.section[0]}: ${r.section[1]}`, r.section[1], {
        number: r.section[0],
        merged: r.section[2],
      });
    const t = EN[r.theme];
    const reason =
      r.response === 'Partially accept' ? ` – ${t.partial}` : r.response === 'Not accept' ? ` – ${t.reject}` : '';
    const actions = r.response === 'Not accept' ? undefined : t.actions.slice(0, 2);
    const when = r.q ? `Q${r.q[1]} ${r.q[0]}` : null;
    const cells: Record<string, string | null> = {
      no: `R${r.n}`,
      text: t.rec,
      resp: WRITTEN[r.response] + reason,
      actions: actions ? numbered(actions) : null,
      unit: r.unit ?? null,
      when,
    };
    r.st.forEach((s, i) => ((cells[`s${i}`] = s || null), (cells[`u${i}`] = r.up[i] || null)));
    at.set(
      r.n,
      b.record(cells, {
        rec_no: r.n,
        response: r.response,
        ...(r.q ? { due: dueQuarter(when!, r.q[0], r.q[1]) } : {}),
        statuses: ROUNDS.map(([round], i) => status(round, r.st[i], CLASS[r.st[i]])),
        ...(actions ? { key_actions_in_cell: actions.length } : {}),
      }),
    );
    if (r.n === 5) b.repeatHeader();
  }
  const d = defectsOn(sheet);
  const defects: Defect[] = [
    d(
      at.get(3)!,
      'F',
      'due',
      `R3 is due Q2 2025 and still Ongoing in June 2026: overdue ${daysLate('2025-06-30', AS_OF)} days on ${AS_OF}`,
      'management-response.key-action-overdue',
      'warning',
    ),
    d(
      at.get(6)!,
      'I',
      'status_round',
      '"Complted" is not a status; did you mean Completed?',
      'management-response.status-value',
      'error',
    ),
    d(
      at.get(7)!,
      'K',
      'status_round',
      'R7 has a June 2026 status and none for December 2025 (a round skipped)',
      'management-response.status-t3-without-t2',
      'warning',
    ),
    d(
      at.get(8)!,
      'K',
      'status_round',
      'R8 goes back from Completed (December 2025) to Ongoing (June 2026)',
      'management-response.status-step-back',
      'warning',
    ),
    d(
      at.get(9)!,
      'L',
      'comment_round',
      'R9 is Completed in June 2026 with no update',
      'management-response.status-comment-missing',
      'warning',
    ),
    d(
      at.get(10)!,
      'K',
      'status_round',
      'R10 is not accepted and marked Completed',
      'management-response.status-not-accepted',
      'error',
    ),
  ];
  return assemble(
    {
      file: 'unhcr-en.xlsx',
      organisation: 'UNHCR',
      format: ['S10'],
      language: 'en',
      tool: 'exceljs',
      numbering: ['"R1" … "R10"'],
      due_formats: ['"Q1 2027"'],
      defects,
      hard_cases: [
        { sheet, what: 'the header is repeated after R5 (page break): one row set aside, not a record' },
        { sheet, what: 'three dated rounds, the latest (June 2026) is the current status' },
        { sheet, what: 'R2 is due Q3 2026 and Completed in June 2026: not overdue' },
      ],
    },
    [matrixPart(b), unitsPart('Acronyms', ['Acronym', 'Meaning'], UNHCR_UNITS)],
  );
}
