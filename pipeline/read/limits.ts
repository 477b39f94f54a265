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

export interface ReadLimits {
  /** Rows per sheet holding a value (Excel itself allows 1,048,576). */
  maxRows: number;
  /** Cells holding a value, per sheet. */
  maxCells: number;
  /** Total uncompressed size of all parts of a zip, as declared in its directory, in bytes. */
  maxUnzipped: number;
  /** Largest uncompressed/compressed ratio of one part bigger than ratioFloor. */
  maxRatio: number;
  /** Parts smaller than this are never refused for their ratio: small XML compresses very well. */
  ratioFloor: number;
}

const MB = 1 << 20;

export const LIMIT_VARS = {
  maxRows: 'PSEA_MAX_ROWS',
  maxCells: 'PSEA_MAX_CELLS',
  maxUnzipped: 'PSEA_MAX_UNZIPPED_MB',
  maxRatio: 'PSEA_MAX_ZIP_RATIO',
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

/** Refuses a grid read in full (the exceljs path) that breaks a limit the fast reader enforces while scanning. */
export function checkGridSize(sheet: string, rows: readonly unknown[][], limits: ReadLimits): void {
  let cells = 0;
  let last = -1;
  for (let r = 0; r < rows.length; r++) {
    const row = rows[r];
    if (!row?.length) continue;
    last = r;
    for (const v of row) if (v !== null && v !== undefined) cells++;
  }
  if (last >= limits.maxRows) throw tooManyRows(sheet, limits);
  if (cells > limits.maxCells) throw tooManyCells(sheet, limits);
}

/** Whole megabytes, rounded up, for messages. */
export function megabytes(bytes: number): number {
  return Math.ceil(bytes / MB);
}
