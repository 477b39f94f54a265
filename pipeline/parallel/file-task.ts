/** One input file's share of a batch: read once, hashed, parsed and analysed. Runs on any thread. */
import { createHash } from 'node:crypto';
import { basename } from 'node:path';
import { readFile } from 'node:fs/promises';
import {
  KINDS,
  analyseWorkbook,
  batchSheet,
  type AnalyseOptions,
  type Finding,
  type UnreadableReason,
  type WorkbookAnalysis,
} from '../../templates/index.js';
import { checkExtension, parseInput, readInputBytes, InputError } from '../read/index.js';
import type { StagedParts } from './delivery.js';

export interface InputSummary {
  path: string;
  name: string;
  size: number;
  sha256: string;
  /** One line when the file could not be read. */
  error?: string;
}

export interface FileResult {
  summary: InputSummary;
  analysis?: WorkbookAnalysis;
  /** Why the file could not be read (a read.* rule and its params), and the file it names. */
  error?: { reason: UnreadableReason; file: string };
  /** From a worker in a streamed consolidation: the records and findings its analysis no longer holds. */
  parts?: StagedParts;
}

/**
 * What validate needs of a file: its findings and row accounting, not its records, so a worker sends only that
 * (a whole analysis is cloned across threads and held until collected). A FileResult is one already.
 */
export interface FileFindings {
  summary: InputSummary;
  error?: FileResult['error'];
  analysis?: Pick<WorkbookAnalysis, 'findings' | 'accounting'> & { sheets: { findings: Finding[] }[] };
}

export function findingsOf({ summary, error, analysis }: FileResult): FileFindings {
  if (!analysis) return error ? { summary, error } : { summary };
  const { findings, accounting } = analysis;
  return {
    summary,
    analysis: { findings, accounting, sheets: analysis.sheets.map((s) => ({ findings: s.findings })) },
  };
}

/**
 * A file's result as a streamed consolidation takes it: each sheet's records and findings (written as they come),
 * its table without rows and its state cut to what the end reads (batchSheet): less to clone across threads.
 */
export function forBatch(result: FileResult, options: AnalyseOptions): FileResult {
  if (!result.analysis) return result;
  const sheets = result.analysis.sheets.map((s) => batchSheet(s, KINDS, options, { records: true, findings: true }));
  return { ...result, analysis: { ...result.analysis, sheets } };
}

/**
 * A core bug triggered by one odd file becomes that file's one-line message, so the batch goes on.
 * The stack goes to stderr only under --debug (PSEA_DEBUG=1, which worker threads inherit).
 */
export function internalError(path: string, stage: 'reading' | 'analysing', error: unknown): InputError {
  const reason = error instanceof Error ? error.message : String(error);
  if (process.env.PSEA_DEBUG === '1') console.error(error instanceof Error ? error.stack : error);
  return new InputError(path, { rule: 'read.internal-error', params: { stage, detail: reason.split('\n')[0] } });
}

function summarise(summary: InputSummary, bytes: Buffer): void {
  summary.size = bytes.length;
  summary.sha256 = createHash('sha256').update(bytes).digest('hex');
}

/** Size and hash of a file whose reading was stopped (its worker could not say them). */
export async function summaryOf(path: string): Promise<InputSummary> {
  const summary: InputSummary = { path, name: basename(path), size: 0, sha256: '' };
  try {
    summarise(summary, await readFile(path));
  } catch {
    // the file went away since: its line already says what happened to it
  }
  return summary;
}

export async function processFile(path: string, options: AnalyseOptions): Promise<FileResult> {
  const summary: InputSummary = { path, name: basename(path), size: 0, sha256: '' };
  let stage: 'reading' | 'analysing' = 'reading';
  try {
    checkExtension(path, path);
    const bytes = await readInputBytes(path);
    summarise(summary, bytes);
    const grid = await parseInput(bytes, path, path);
    stage = 'analysing';
    return { summary, analysis: analyseWorkbook(grid, KINDS, options) };
  } catch (error) {
    const failure = error instanceof InputError ? error : internalError(path, stage, error);
    return { summary, error: { reason: failure.reason, file: failure.file } };
  }
}
