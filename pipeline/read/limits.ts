/**
 * Limits that keep a hostile or runaway workbook from exhausting memory. Defaults sit far above
 * real PSEA sheets (hundreds to a few thousand rows) and far below what a worker can hold.
 * Each can be raised with an environment variable, which the messages name.
 */

import { renderFinding, type UnreadableReason } from '../../templates/index.js';

/**
 * A file the reader refuses or cannot read: a read.* rule id with its params (typed: see
 * templates/core/rules/read/), rendered per language by the rule module. The message is its English text.
 */
export class Unreadable extends Error {
  constructor(readonly reason: UnreadableReason) {
    super(renderFinding(reason, 'en'));
  }
}

/** Excel's grid: 16,384 columns (XFD) by 1,048,576 rows. A reference outside it is refused before any allocation. */
export const EXCEL_COLUMNS = 16_384;
export const EXCEL_ROWS = 1_048_576;

export interface ReadLimits {
  /** Rows holding a value, over all the sheets of one workbook (one sheet of Excel allows 1,048,576). */
  maxRows: number;
  /** Cells holding a value (or covered by a merge), over all the sheets of one workbook. */
  maxCells: number;
  /** Total uncompressed size of all parts of a zip, as declared in its directory, in bytes. */
  maxUnzipped: number;
  /** Largest uncompressed/compressed ratio of one part bigger than ratioFloor. */
  maxRatio: number;
  /** Parts smaller than this are never refused for their ratio: small XML compresses very well. */
  ratioFloor: number;
  /** Longest CSV field, in bytes (text, before decoding). */
  maxField: number;
}

const MB = 1 << 20;

export const LIMIT_VARS = {
  maxRows: 'PSEA_MAX_ROWS',
  maxCells: 'PSEA_MAX_CELLS',
  maxUnzipped: 'PSEA_MAX_UNZIPPED_MB',
  maxRatio: 'PSEA_MAX_ZIP_RATIO',
  maxField: 'PSEA_MAX_FIELD_MB',
} as const;

function fromEnv(name: string, fallback: number): number {
  const raw = process.env[name];
  const n = raw === undefined ? NaN : Number(raw);
  return Number.isFinite(n) && n > 0 ? n : fallback;
}

/** Read at each call, so tests and workers see the environment they run with. */
export function readLimits(): ReadLimits {
  return {
    maxRows: fromEnv(LIMIT_VARS.maxRows, 200_000),
    maxCells: fromEnv(LIMIT_VARS.maxCells, 10_000_000),
    maxUnzipped: fromEnv(LIMIT_VARS.maxUnzipped, 1024) * MB,
    // Deflate tops out near 1030:1 (long runs of one byte); real sheet XML stays well under 300:1.
    maxRatio: fromEnv(LIMIT_VARS.maxRatio, 500),
    ratioFloor: 16 * MB,
    // A field of a CSV this long is no cell anyone typed: Excel holds 32,767 characters per cell.
    maxField: fromEnv(LIMIT_VARS.maxField, 16) * MB,
  };
}

export function tooManyRows(sheet: string, limits: ReadLimits): Unreadable {
  return new Unreadable({
    rule: 'read.too-many-rows',
    params: { sheet, limit: limits.maxRows, variable: LIMIT_VARS.maxRows },
  });
}

export function tooManyCells(sheet: string, limits: ReadLimits): Unreadable {
  return new Unreadable({
    rule: 'read.too-many-cells',
    params: { sheet, limit: limits.maxCells, variable: LIMIT_VARS.maxCells },
  });
}

/** A reference (cell, row, merged area, dimension) outside Excel's grid. */
export function outsideGrid(sheet: string, ref: string): Unreadable {
  return new Unreadable({
    rule: 'read.outside-grid',
    params: { sheet, ref: ref.slice(0, 40), columns: EXCEL_COLUMNS, rows: EXCEL_ROWS },
  });
}

/** Refuses grids read in full (the exceljs path) that break a limit the fast reader enforces while scanning. */
export function checkGridSize(
  sheets: readonly { name: string; rows: readonly unknown[][] }[],
  limits: ReadLimits,
): void {
  let cells = 0;
  let rows = 0;
  for (const sheet of sheets) {
    for (const row of sheet.rows) {
      if (!row?.length) continue;
      if (++rows > limits.maxRows) throw tooManyRows(sheet.name, limits);
      for (const v of row)
        if (v !== null && v !== undefined && ++cells > limits.maxCells) throw tooManyCells(sheet.name, limits);
    }
  }
}

/** Whole megabytes, rounded up, for messages. */
export function megabytes(bytes: number): number {
  return Math.ceil(bytes / MB);
}
