/**
 * A generated batch for the oracle: seeded, so every run writes the same files. Matrices in every layout the reader
 * takes (one row per recommendation, a recommendation row with points under it, points only with the number on the
 * first or on every row), answers and statuses as people type them (aliases, n/a, blanks, a few invalid), unit cells
 * with lists, qualifiers, slashes and repeats; key-action trackers with dated rounds (batch-trackers.ts); mappings from
 * several agencies with overlapping pairs; two workplans.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import Papa from 'papaparse';
import { KINDS, type CellValue } from '../../templates/index.js';
import { seeded } from '../../bench/prng.js';
import { HEADER } from '../helpers.js';
import { evaluationSettings, trackerRows } from './batch-trackers.js';

type Row = Record<string, CellValue>;
type Pick = <T>(values: readonly T[]) => T;

const RESPONSES = [
  'Accept',
  'Accept',
  'Agreed',
  'Partially accept',
  'Partiellement acceptée',
  'Not accept',
  'n/a',
  null,
];
const STATUSES = ['open', 'Ongoing', 'completed', 'Done', 'discarded', null, null, 'paused'];
const UNITS = [
  'PSEAH',
  'OIG',
  'DHR, LEG',
  'PSEAH; DOE (GBV)',
  'OIG/DHR',
  'PSEAH and OIG',
  'PSEAH, PSEAH',
  'n/a',
  null,
  'XYZ',
];
const CRITERIA = ['Relevance', 'Internal coherence', 'External coherence', 'Effectiveness', 'Efficiency', 'Impact'];
const AGENCIES = ['UNHCR', 'IOM', 'WFP', 'UNICEF', 'UNFPA', 'UNFAP', 'OHCHR', 'UNDP'];
const STANDARDS = [...Array.from({ length: 8 }, (_, i) => `MOS-${i + 1}`), 'KPA-1', 'KPA-3', 'KPA-5', 'MOS-9'];
const MAPPING_STATUS = ['In place', 'In place', 'In progress', 'ongoing', 'Not in place', 'Not applicable', null, '?'];
const AREAS = ['Management and coordination', 'Prevention', 'Response', 'Other', 'Coordination', null];
const TASK_STATUS = ['Not started', 'In progress', 'Completed', 'Delayed', 'Cancelled', 'en cours', null];

function matrixRows(pick: Pick, rand: () => number, count: number): CellValue[][] {
  const rows: CellValue[][] = [[...HEADER]];
  const add = (values: Row) => rows.push(HEADER.map((h) => values[h] ?? null));
  for (let rec = 1; rec <= count; rec++) {
    if (rand() < 0.05) continue; // a numbering gap now and then
    const digit = 1 + Math.floor(rand() * CRITERIA.length);
    const head: Row = {
      'Rec #': rec,
      Pillar: rand() < 0.9 ? 1 + Math.floor(rand() * 5) : null,
      'Evaluation criterion': CRITERIA[digit - 1],
      'Evaluation ref.': rand() < 0.95 ? `${digit}.${rec}` : null,
      Recommendation: `Recommendation ${rec}`,
      'Linked recommendations': rand() < 0.2 ? `#${1 + Math.floor(rand() * count)}` : null,
    };
    const answer = (): Row => ({
      'Responsible unit(s)': pick(UNITS),
      'Management response': pick(RESPONSES),
      Rationale: 'Because',
      'Key actions': 'Act',
      'Status (Time 2)': pick(STATUSES),
      'Comments (Time 2)': 'Noted',
      'Final status (Time 3)': rand() < 0.5 ? pick(STATUSES) : null,
    });
    const layout = rand();
    const points = 'abcd'.slice(0, 2 + Math.floor(rand() * 3)).split('');
    if (layout < 0.55) add({ ...head, ...answer() });
    else if (layout < 0.7) {
      add({ ...head, ...answer() });
      for (const p of points) add({ Point: p, ...answer() });
    } else if (layout < 0.85) points.forEach((p, i) => add({ ...(i ? {} : head), Point: p, ...answer() }));
    else points.forEach((p, i) => add({ ...(i ? { 'Rec #': rec } : head), Point: p, ...answer() }));
  }
  return rows;
}

function labels(kind: string): string[] {
  return KINDS.find((k) => k.def.kind === kind)!.def.fields.map((f) => f.label.en);
}

function mappingRows(pick: Pick, rand: () => number, agencies: string[]): CellValue[][] {
  const rows: CellValue[][] = [labels('mapping')];
  for (const agency of agencies)
    for (const standard of STANDARDS) {
      if (rand() < 0.2) continue;
      const gap = rand() < 0.3;
      rows.push([
        agency,
        'UN',
        pick(AREAS),
        standard,
        pick(MAPPING_STATUS),
        'Existing work',
        null,
        'A. Focal',
        gap ? 'Not yet in field offices' : null,
        rand() < 0.15 ? 'Written terms of reference' : null,
        gap && rand() < 0.8 ? 'Extend to all offices' : null,
        gap && rand() < 0.7 ? new Date(Date.UTC(2026, Math.floor(rand() * 12), 1 + Math.floor(rand() * 28))) : null,
        rand() < 0.5 ? 'File PSEA-1' : null,
        null,
      ]);
    }
  return rows;
}

function workplanRows(pick: Pick, rand: () => number, tasks: number): CellValue[][] {
  const rows: CellValue[][] = [labels('action-plan')];
  for (let t = 1; t <= tasks; t++) {
    const due = new Date(Date.UTC(2026, Math.floor(rand() * 12), 1 + Math.floor(rand() * 28)));
    const start = new Date(due.getTime() - 86_400_000 * Math.floor(rand() * 60));
    rows.push([
      `Task ${t}`,
      pick(AREAS),
      'UNHCR; IOM',
      start,
      rand() < 0.9 ? due : null,
      pick(TASK_STATUS),
      null,
      null,
    ]);
  }
  return rows;
}

async function xlsx(path: string, sheet: string, rows: CellValue[][], more: Record<string, CellValue[][]> = {}) {
  const wb = new ExcelJS.Workbook();
  for (const [name, cells] of Object.entries({ [sheet]: rows, ...more })) {
    const ws = wb.addWorksheet(name);
    for (const row of cells) ws.addRow(row);
  }
  await wb.xlsx.writeFile(path);
}

function csv(rows: CellValue[][]): string {
  return Papa.unparse(rows.map((r) => r.map((v) => (v instanceof Date ? v.toISOString().slice(0, 10) : v))));
}

/** Writes the batch into `dir` and returns the folder to consolidate. */
export async function writeOracleBatch(dir: string, seed = 20261123): Promise<string> {
  const rand = seeded(seed);
  const pick: Pick = (values) => values[Math.floor(rand() * values.length)];
  const root = join(dir, 'batch');
  await mkdir(root, { recursive: true });
  for (let i = 0; i < 4; i++)
    await xlsx(join(root, `matrix-${i}.xlsx`), 'Matrix', matrixRows(pick, rand, 20 + Math.floor(rand() * 40)));
  await writeFile(join(root, 'matrix-4.csv'), csv(matrixRows(pick, rand, 30)));
  // Two offices' trackers of one declared evaluation, and one of its own.
  for (const [i, settings] of [evaluationSettings('EVAL-TRACK'), evaluationSettings('EVAL-TRACK'), []].entries())
    await xlsx(join(root, `tracker-${i}.xlsx`), 'Management Response', trackerRows(pick, rand, 8 + i * 3), {
      ...(settings.length ? { Settings: settings } : {}),
    });
  for (let i = 0; i < 3; i++) {
    const agencies = AGENCIES.filter(() => rand() < 0.5);
    await xlsx(join(root, `mapping-${i}.xlsx`), 'Mapping', mappingRows(pick, rand, agencies));
  }
  await writeFile(join(root, 'mapping-3.csv'), csv(mappingRows(pick, rand, ['IOM', 'WFP'])));
  await xlsx(join(root, 'workplan-0.xlsx'), 'Workplan', workplanRows(pick, rand, 25));
  await writeFile(join(root, 'workplan-1.csv'), csv(workplanRows(pick, rand, 12)));
  return root;
}
