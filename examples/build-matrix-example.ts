/**
 * Builds the bundled matrix example from the seed's facts (examples/source/matrix-2023.json):
 * the sheet is laid out as people make it — title rows, a header split over two rows,
 * pillar section rows, point rows (some merged, some continued), a notes row — plus the
 * seed's declared Table 1 on its own sheet, and a Settings sheet naming the evaluation's profile (iom-2023).
 * Run: npm run examples.
 */
import ExcelJS from 'exceljs';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export interface Point {
  point: string;
  response: string;
  responsible_units: string;
  support_units: string;
  key_actions: string;
  rationale: string;
}
export interface Rec {
  rec_no: number;
  pillar: number;
  criterion_label: string;
  criterion_ref: string;
  title: string;
  linked_recs: number[];
  responsible_units: string;
  support_units: string;
  response: string | null;
  rationale: string;
  key_actions: string;
  points: Point[] | null;
}
interface Status {
  rec_no: number;
  point: string | null;
  status_t2: string | null;
  comment_t2: string;
}
interface Source {
  evaluation: string;
  published: string;
  declared_acceptance: Record<string, number>;
  pillars: { number: number; name: string }[];
  recommendations: Rec[];
  time2: Status[];
}

const ROOT = process.cwd();
const source = JSON.parse(readFileSync(join(ROOT, 'examples/source/matrix-2023.json'), 'utf8')) as Source;

const GROUP = [
  'Rec #',
  'Point',
  'Evaluation criterion',
  'Evaluation ref.',
  'Recommendation',
  'Linked recommendations',
  'Responsible unit(s)',
  'Support from',
  'Management response',
  'Rationale',
  'Key actions',
  'Implementation monitoring status',
  null,
  'Final implementation monitoring status',
  null,
];
const SUB = [
  null,
  null,
  null,
  null,
  null,
  null,
  null,
  null,
  null,
  null,
  null,
  'Status (Time 2)',
  'Comments (Time 2)',
  'Status (Time 3)',
  'Comments (Time 3)',
];

function statusOf(rec: number, point: string | null): Status | undefined {
  return source.time2.find((s) => s.rec_no === rec && (s.point ?? null) === point);
}

function rowValues(rec: Rec, point: Point | null, showRecNo: boolean): (string | number | null)[] {
  const status = statusOf(rec.rec_no, point?.point ?? null);
  const main = point === null;
  return [
    showRecNo ? rec.rec_no : null,
    point?.point ?? null,
    main ? rec.criterion_label : null,
    main ? rec.criterion_ref : null,
    main ? rec.title : null,
    main && rec.linked_recs.length ? rec.linked_recs.map((n) => `#${n}`).join(', ') : null,
    (point ? point.responsible_units : rec.responsible_units) || null,
    (point ? point.support_units : rec.support_units) || null,
    (point ? point.response : rec.response) || null,
    (point ? point.rationale : rec.rationale) || null,
    (point ? point.key_actions : rec.key_actions) || null,
    status?.status_t2 ?? null,
    status?.comment_t2 || null,
    null,
    null,
  ];
}

async function build(): Promise<void> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'psea-sheets examples';
  const ws = wb.addWorksheet('MR matrix');
  ws.addRow([`Management response and action plan matrix: ${source.evaluation}`]);
  ws.addRow([`Published ${source.published}. Time 2 statuses below are a fictional monitoring round.`]);
  ws.addRow([]);
  ws.addRow(GROUP);
  ws.addRow(SUB);
  GROUP.forEach((h, i) => {
    if (h && !SUB[i]) ws.mergeCells(4, i + 1, 5, i + 1);
  });
  ws.mergeCells(4, 12, 4, 13);
  ws.mergeCells(4, 14, 4, 15);
  [4, 5].forEach((r) => (ws.getRow(r).font = { bold: true }));

  let pillar = 0;
  for (const rec of source.recommendations) {
    if (rec.pillar !== pillar) {
      pillar = rec.pillar;
      const name = source.pillars.find((p) => p.number === pillar)?.name ?? '';
      const row = ws.addRow([`Pillar ${pillar}: ${name}`]);
      ws.mergeCells(row.number, 1, row.number, GROUP.length);
      row.font = { bold: true };
    }
    const first = ws.addRow(rowValues(rec, null, true));
    if (!rec.points) continue;
    // #29 and #48 merge the number down their points; the others leave it blank to continue.
    const merge = rec.rec_no === 29 || rec.rec_no === 48;
    for (const point of rec.points) ws.addRow(rowValues(rec, point, false));
    if (merge) ws.mergeCells(first.number, 1, first.number + rec.points.length, 1);
  }
  ws.addRow([]);
  ws.addRow([
    'Note: responses for recommendations 29, 48, 54 and 60 are given per point; the recommendation row carries its ' +
      'summary.',
  ]);
  ws.columns.forEach((col, i) => (col.width = [7, 6, 18, 9, 45, 14, 16, 24, 16, 30, 40, 12, 36, 12, 30][i]));

  const t1 = wb.addWorksheet('Table 1');
  t1.addRow(['Table 1: acceptance of the evaluation recommendations (as declared)']);
  t1.addRow(['Level of acceptance', 'TOTAL']);
  const d = source.declared_acceptance;
  t1.addRow(['Accept', `${d.Accept} recommendations`]);
  t1.addRow(['Partially Accept', `${d['Partially accept']} recommendations`]);
  t1.addRow(['Not Accept', `${d['Not accept']} recommendations`]);
  t1.addRow(['TOTAL', `${d.total} recommendations`]);

  // The evaluation's own settings (pillars with their ranges, criteria, acronyms) are the bundled profile.
  const settings = wb.addWorksheet('Settings');
  settings.addRow(['type', 'key', 'name', 'from', 'to']);
  settings.addRow(['profile', 'iom-2023', 'The 2023 IOM PSEAH evaluation: its 5 pillars, 7 criteria and acronyms']);

  const target = join(ROOT, 'examples/management-response/iom-pseah-2023.xlsx');
  await wb.xlsx.writeFile(target);
  console.log(`wrote ${target}`);
}

await build();
