/**
 * Deterministic bench inputs: many matrix-shaped workbooks of prose, one very long sheet
 * (the mapping kind's headers when that kind exists, else the matrix's), and CSV copies of both.
 */
import { copyFile, mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import Papa from 'papaparse';
import { KINDS, type CellValue, type FieldDef, type TemplateDef } from '../templates/index.js';
import { seeded } from './prng.js';

const WORDS = (
  'protection sexual exploitation abuse survivor assistance referral pathway community feedback mechanism ' +
  'complaint investigation partner capacity assessment training awareness focal point network coordination ' +
  'accountability affected population safeguarding reporting confidential victim-centred support services ' +
  'humanitarian agency cluster monitoring implementation review recommendation action plan budget staff ' +
  'leadership commitment risk mitigation code conduct vetting recruitment procedure policy guidance'
).split(' ');

function prose(rand: () => number, min: number, max: number): string {
  const length = min + Math.floor(rand() * (max - min + 1));
  let text = '';
  while (text.length < length) text += (text ? ' ' : '') + WORDS[Math.floor(rand() * WORDS.length)];
  return `${text.slice(0, length - 1)}.`;
}

function valueFor(
  def: TemplateDef,
  field: FieldDef,
  row: number,
  rand: () => number,
  minText: number,
  maxText: number,
): CellValue {
  switch (field.type) {
    case 'integer':
      return field.required ? row : 1 + Math.floor(rand() * 5);
    case 'enum': {
      const values = def.enums[field.enumId ?? '']?.values ?? [];
      return values.length ? values[Math.floor(rand() * values.length)].value : null;
    }
    case 'date':
      return new Date(Date.UTC(2025, Math.floor(rand() * 12), 1 + Math.floor(rand() * 28)));
    case 'codes':
      return ['PSEAH', 'EO', 'HR', 'PSEAH, EO'][Math.floor(rand() * 4)];
    default:
      return prose(rand, minText, maxText);
  }
}

const CRITERIA = [
  'Relevance',
  'Internal coherence',
  'External coherence',
  'Effectiveness',
  'Efficiency',
  'Impact',
  'Sustainability',
];
const PILLAR_ENDS = [18, 33, 43, 52, 62];

/** A clean management-response row, as an evaluation office would fill it: findings stay rare. */
function matrixRecord(row: number, rand: () => number, minText: number, maxText: number): Record<string, CellValue> {
  const digit = 1 + Math.floor(rand() * CRITERIA.length);
  const response = ['Accept', 'Accept', 'Partially accept', 'Not accept'][Math.floor(rand() * 4)];
  const status = response === 'Not accept' ? null : ['in progress', 'completed'][Math.floor(rand() * 2)];
  const text = () => prose(rand, minText, maxText);
  return {
    rec_no: row,
    point: null,
    pillar: 1 + PILLAR_ENDS.findIndex((end) => ((row - 1) % 62) + 1 <= end),
    criterion: CRITERIA[digit - 1],
    criterion_ref: `${digit}.${row}`,
    recommendation: text(),
    linked_recs: null,
    responsible_units: 'PSEAH',
    support_units: null,
    response,
    response_rationale: text(),
    key_actions: text(),
    due: new Date(Date.UTC(2030, Math.floor(rand() * 12), 1 + Math.floor(rand() * 28))),
    status_t2: status,
    comment_t2: text(),
    status_t3: status,
    comment_t3: text(),
  };
}

export interface Shape {
  def: TemplateDef;
  columns: number;
  rows: number;
  minText: number;
  maxText: number;
}

/** The blank template's own columns: fields read from other layouts only (key actions, rounds) stay out. */
function columns(shape: Shape): readonly FieldDef[] {
  return shape.def.fields.filter((f) => f.template !== false).slice(0, shape.columns);
}

export function header(shape: Shape): string[] {
  return columns(shape).map((f) => f.label.en);
}

export function* records(shape: Shape, seed: number): Generator<CellValue[]> {
  const rand = seeded(seed);
  const fields = columns(shape);
  const matrix = shape.def.kind === 'management-response';
  for (let r = 1; r < shape.rows; r++) {
    const known = matrix ? matrixRecord(r, rand, shape.minText, shape.maxText) : undefined;
    yield fields.map((f) =>
      known && f.key in known ? known[f.key] : valueFor(shape.def, f, r, rand, shape.minText, shape.maxText),
    );
  }
}

async function writeWorkbook(path: string, shape: Shape, seed: number): Promise<void> {
  const writer = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: path, useSharedStrings: true, useStyles: true });
  const sheet = writer.addWorksheet(shape.def.title.en.slice(0, 31));
  sheet.addRow(header(shape)).commit();
  for (const row of records(shape, seed)) sheet.addRow(row).commit();
  sheet.commit();
  await writer.commit();
}

function csvText(shape: Shape, seed: number): string {
  const rows: unknown[][] = [header(shape)];
  for (const row of records(shape, seed))
    rows.push(row.map((v) => (v instanceof Date ? v.toISOString().slice(0, 10) : v)));
  return Papa.unparse(rows);
}

export interface BenchInputs {
  batch: string[];
  batchCsv: string[];
  big: string;
  bigCsv: string;
  bigKind: string;
  /** The first `base` files of the batch repeated 1×, 4× and 16× (copies in separate folders: hard links are one
   * file to psea, read once). */
  scaling: { factor: number; dir: string; files: number }[];
}

export async function generate(
  root: string,
  options: { files: number; rowsPerFile: number; bigRows: number; scaleBase: number },
): Promise<BenchInputs> {
  const matrix = KINDS.find((k) => k.def.kind === 'management-response')!.def;
  const mapping = KINDS.find((k) => k.def.kind === 'mapping')?.def;
  const batchDir = join(root, 'batch');
  const csvDir = join(root, 'batch-csv');
  await mkdir(batchDir, { recursive: true });
  await mkdir(csvDir, { recursive: true });
  const shape: Shape = { def: matrix, columns: 16, rows: options.rowsPerFile, minText: 300, maxText: 800 };
  const batch: string[] = [];
  const batchCsv: string[] = [];
  for (let i = 0; i < options.files; i++) {
    const name = `matrix-${String(i).padStart(4, '0')}`;
    batch.push(join(batchDir, `${name}.xlsx`));
    batchCsv.push(join(csvDir, `${name}.csv`));
    await writeWorkbook(batch[i], shape, 1000 + i);
    await writeFile(batchCsv[i], csvText(shape, 1000 + i));
  }
  const bigDef = mapping ?? matrix;
  const bigShape: Shape = {
    def: bigDef,
    columns: 16,
    rows: options.bigRows + 1,
    minText: 10,
    maxText: 60,
  };
  const bigDir = join(root, 'big');
  await mkdir(bigDir, { recursive: true });
  const big = join(bigDir, 'long.xlsx');
  const bigCsv = join(root, 'big-csv', 'long.csv');
  await mkdir(join(root, 'big-csv'), { recursive: true });
  await writeWorkbook(big, bigShape, 7);
  await writeFile(bigCsv, csvText(bigShape, 7));
  const scaling: BenchInputs['scaling'] = [];
  for (const factor of [1, 4, 16]) {
    const dir = join(root, `scale-${factor}`);
    for (let copy = 0; copy < factor; copy++) {
      const sub = join(dir, `copy-${copy}`);
      await mkdir(sub, { recursive: true });
      for (const file of batch.slice(0, options.scaleBase))
        await copyFile(file, join(sub, file.slice(batchDir.length + 1)));
    }
    scaling.push({ factor, dir, files: factor * options.scaleBase });
  }
  return { batch, batchCsv, big, bigCsv, bigKind: bigDef.kind, scaling };
}
