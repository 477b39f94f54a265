import { readFile } from 'node:fs/promises';
import { basename, extname } from 'node:path';
import { renderFinding, type Lang, type UnreadableReason, type WorkbookGrid } from '../../templates/index.js';
import { readXlsxFast, UnsupportedZip } from './fast-xlsx/index.js';
import { readDirectory } from './fast-xlsx/zip.js';
import { readCsv } from './csv.js';
import { readLimits, Unreadable } from './limits.js';
import { requireZip } from './sniff.js';
import { checkDirectory, verifyInflation } from './zip-guard.js';
import { oneLine } from '../one-line.js';

/** .xls is listed so a folder's legacy files are reported (save as .xlsx), never skipped in silence. */
export const INPUT_EXTENSIONS = ['.xlsx', '.xlsm', '.xls', '.csv', '.tsv'];

/** An input that cannot be read at all: its reason is a read.* rule; the message is one line naming the file. */
export class InputError extends Error {
  constructor(
    readonly file: string,
    readonly reason: UnreadableReason,
  ) {
    super(inputLine(file, reason, 'en'));
  }
}

/** "file: reason", in the user's language: what the CLI prints for a file it could not read, on one line. */
export function inputLine(file: string, reason: UnreadableReason, lang: Lang): string {
  return oneLine(`${file}: ${renderFinding(reason, lang)}`);
}

function reasonOf(error: unknown): UnreadableReason {
  if (error instanceof Unreadable) return error.reason;
  const text = error instanceof Error ? error.message : String(error);
  if (/end of central directory|zip|signature/i.test(text)) return { rule: 'read.not-xlsx', params: {} };
  return { rule: 'read.failed', params: { detail: text.split('\n')[0] } };
}

/** What a file-system error means for the user; its code decides, its text is only a detail. */
export function fileSystemReason(error: unknown): UnreadableReason {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return { rule: 'read.not-found', params: {} };
  if (code === 'EACCES' || code === 'EPERM') return { rule: 'read.permission-denied', params: {} };
  return { rule: 'read.io-error', params: { detail: String(error).split('\n')[0] } };
}

/** The file's bytes; an InputError naming it when the file system refuses. */
export async function readInputBytes(path: string, display = path): Promise<Buffer> {
  try {
    return await readFile(path);
  } catch (error) {
    throw new InputError(display, fileSystemReason(error));
  }
}

/**
 * The fast reader by default; exceljs (the reference it is tested against) for the zips the fast
 * reader leaves out, or for everything with PSEA_READER=exceljs. Both only ever see a zip that
 * passed the size checks; macros in it are never run, only noted.
 */
export async function readWorkbookBytes(bytes: Buffer, display: string): Promise<WorkbookGrid> {
  requireZip(bytes);
  const limits = readLimits();
  const entries = readDirectory(bytes);
  checkDirectory(entries, limits);
  const macros = entries.some((e) => /(^|\/)vbaProject\.bin$/i.test(e.name));
  // exceljs loads only when needed: it costs ~0.3 s per process or worker.
  const reference = async () => {
    await verifyInflation(bytes, entries, limits);
    return (await import('./xlsx.js')).readXlsx(bytes, display, limits);
  };
  let grid: WorkbookGrid;
  if (process.env.PSEA_READER === 'exceljs') grid = await reference();
  else {
    try {
      grid = await readXlsxFast(bytes, display, limits, entries);
    } catch (error) {
      if (!(error instanceof UnsupportedZip)) throw error;
      grid = await reference();
    }
  }
  if (macros) grid.macros = true;
  return grid;
}

/** Reads one input file; `display` is the name findings will carry. */
export async function readInput(path: string, display = path): Promise<WorkbookGrid> {
  checkExtension(path, display);
  return parseInput(await readInputBytes(path, display), path, display);
}

/** The extension, lower-cased; an InputError for types we do not read. */
export function checkExtension(path: string, display: string): string {
  const ext = extname(path).toLowerCase();
  if (!INPUT_EXTENSIONS.includes(ext))
    throw new InputError(display, { rule: 'read.unsupported-type', params: { ext: ext || '(none)' } });
  return ext;
}

/** Parses bytes already read (the batch reads each file once, to hash and parse it). */
export async function parseInput(bytes: Buffer, path: string, display = path): Promise<WorkbookGrid> {
  const ext = checkExtension(path, display);
  try {
    if (ext === '.csv' || ext === '.tsv') return readCsv(bytes, display, basename(path, ext));
    return await readWorkbookBytes(bytes, display);
  } catch (error) {
    throw new InputError(display, reasonOf(error));
  }
}
