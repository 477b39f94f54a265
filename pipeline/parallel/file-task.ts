/** One input file's share of a batch: read once, hashed, parsed and analysed. Runs on any thread. */
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { KINDS, analyseWorkbook, type AnalyseOptions, type WorkbookAnalysis } from '../../templates/index.js';
import { checkExtension, parseInput, InputError } from '../read/index.js';

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
  /** The InputError's message and the file it names, when the file could not be read. */
  error?: { message: string; file: string };
}

export async function processFile(path: string, options: AnalyseOptions): Promise<FileResult> {
  const summary: InputSummary = { path, name: basename(path), size: 0, sha256: '' };
  try {
    checkExtension(path, path);
    const bytes = await readFile(path).catch((error: unknown) => {
      throw new InputError(path, /ENOENT/.test(String(error)) ? 'file not found' : /EACCES/.test(String(error)) ? 'permission denied' : String(error).split('\n')[0]);
    });
    summary.size = bytes.length;
    summary.sha256 = createHash('sha256').update(bytes).digest('hex');
    const grid = await parseInput(bytes, path, path);
    return { summary, analysis: analyseWorkbook(grid, KINDS, options) };
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    return { summary, error: { message: error.message, file: error.file } };
  }
}
