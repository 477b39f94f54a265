/** Expands the CLI's files, folders and globs into a sorted list of input files. */
import { stat } from 'node:fs/promises';
import { extname } from 'node:path';
import { glob } from 'tinyglobby';
import { INPUT_EXTENSIONS } from './read/index.js';

export interface ExpandedInputs {
  files: string[];
  /** Arguments that matched nothing: reported, never ignored. */
  missing: string[];
}

const PATTERN = `**/*.{${INPUT_EXTENSIONS.map((e) => e.slice(1)).join(',')}}`;

function isOfficeLockFile(path: string): boolean {
  return /(^|[\\/])~\$/.test(path);
}

export async function expandInputs(args: readonly string[]): Promise<ExpandedInputs> {
  const files = new Set<string>();
  const missing: string[] = [];
  for (const arg of args) {
    const info = await stat(arg).catch(() => undefined);
    let found: string[];
    if (info?.isDirectory()) found = await glob(PATTERN, { cwd: arg, absolute: false, caseSensitiveMatch: false }).then((list) => list.map((f) => `${arg.replace(/[\\/]$/, '')}/${f}`));
    else if (info) found = [arg];
    else if (/[*?[{]/.test(arg)) found = await glob(arg, { caseSensitiveMatch: false });
    else found = [];
    const usable = found.filter((f) => !isOfficeLockFile(f) && (info?.isFile() || INPUT_EXTENSIONS.includes(extname(f).toLowerCase())));
    if (!usable.length) missing.push(arg);
    usable.forEach((f) => files.add(f));
  }
  return { files: [...files].sort(), missing };
}
