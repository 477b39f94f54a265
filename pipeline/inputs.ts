/**
 * Expands the CLI's files, folders and globs into a sorted list of input files. Folders are walked
 * here rather than globbed: a glob follows a symbolic-link loop until its depth limit and yields the
 * same file under many paths, and says nothing of what it left out.
 */
import { lstat, readdir, realpath, stat } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { dirname, extname, join } from 'node:path';
import { glob } from 'tinyglobby';
import { INPUT_EXTENSIONS } from './read/index.js';
import { OUTPUT_MARKER } from './write/out-dir.js';
import { oneLine } from './one-line.js';
import type { Lang } from '../templates/index.js';
import { files as filesOf, say } from './messages.js';
import { takesSingular } from '../templates/present/plural.js';

export interface ExpandedInputs {
  files: string[];
  /** Arguments that matched nothing: reported, never ignored. */
  missing: string[];
  /**
   * One line per entry that looks like an input but cannot be read (a broken link, a folder we may not list): exit 2.
   */
  unreadable: string[];
  /** One line per thing left out on purpose (other file types, link loops, a file reached twice): not errors. */
  notices: string[];
  lang: Lang;
}

function isOfficeLockFile(path: string): boolean {
  return /(^|[\\/])~\$/.test(path);
}

function isSpreadsheet(path: string): boolean {
  return INPUT_EXTENSIONS.includes(extname(path).toLowerCase());
}

function reason(error: unknown, lang: Lang): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'EACCES' || code === 'EPERM') return say(lang, 'permissionDenied');
  if (code === 'ENOENT') return say(lang, 'notFound');
  return String(error).split('\n')[0];
}

interface Walk {
  files: string[];
  unreadable: string[];
  /** Real paths of the folders on the way down: a link back to one of them is a loop. */
  loops: string[];
  /** Our own output folders met on the way: never read back. */
  outputs: Set<string>;
  skipped: number;
  lang: Lang;
}

async function walk(dir: string, ancestors: readonly string[], out: Walk): Promise<void> {
  let entries;
  try {
    entries = await readdir(dir, { withFileTypes: true });
  } catch (error) {
    out.unreadable.push(say(out.lang, 'folderUnlisted', { path: dir, reason: reason(error, out.lang) }));
    return;
  }
  if (entries.some((e) => e.name === OUTPUT_MARKER)) {
    out.outputs.add(dir);
    return;
  }
  for (const entry of entries) {
    // Dot files are system files (.DS_Store, macOS "._x.xlsx" resource forks), never exports.
    if (entry.name.startsWith('.') || isOfficeLockFile(entry.name)) continue;
    const path = join(dir, entry.name);
    let isDir = entry.isDirectory();
    let isFile = entry.isFile();
    if (entry.isSymbolicLink()) {
      const target = await stat(path).catch(() => undefined);
      if (!target) {
        if (isSpreadsheet(path)) out.unreadable.push(say(out.lang, 'brokenLink', { path }));
        else out.skipped++;
        continue;
      }
      isDir = target.isDirectory();
      isFile = target.isFile();
    }
    if (isDir) {
      const real = await realpath(path).catch(() => path);
      if (ancestors.includes(real)) out.loops.push(path);
      else await walk(path, [...ancestors, real], out);
    } else if (isFile && isSpreadsheet(path)) out.files.push(path);
    else out.skipped++;
  }
}

async function expandFolder(arg: string, out: Walk): Promise<string[]> {
  const before = out.files.length;
  const root = arg.replace(/[\\/]+$/, '') || arg;
  await walk(root, [await realpath(root)], out);
  return out.files.slice(before);
}

/** A file is one file whatever leads to it: a symbolic link, a hard link, a folder and a glob over it. */
async function identity(path: string): Promise<string> {
  const info = await stat(path, { bigint: true }).catch(() => undefined);
  // Some file systems give no inode number (0): the real path is the best name there.
  if (info && info.ino !== 0n) return `${info.dev}:${info.ino}`;
  return realpath(path).catch(() => path);
}

/** Many paths to one file: read it once, under the name met first. */
async function readOnce(paths: readonly string[]): Promise<{ files: string[]; twice: number }> {
  const seen = new Set<string>();
  const files: string[] = [];
  for (const path of paths) {
    const id = await identity(path);
    if (seen.has(id)) continue;
    seen.add(id);
    files.push(path);
  }
  return { files: files.sort(), twice: paths.length - files.length };
}

/** Files named directly or by a glob that sit in one of our output folders are left out too. */
function outsideOutputs(files: readonly string[], outputs: Set<string>): string[] {
  return files.filter((file) => {
    const folder = dirname(file);
    if (!existsSync(join(folder, OUTPUT_MARKER))) return true;
    outputs.add(folder);
    return false;
  });
}

export async function expandInputs(args: readonly string[], lang: Lang = 'en'): Promise<ExpandedInputs> {
  const found: string[] = [];
  const missing: string[] = [];
  const out: Walk = { files: [], unreadable: [], loops: [], outputs: new Set(), skipped: 0, lang };
  for (const arg of args) {
    const outputsBefore = out.outputs.size;
    const info = await stat(arg).catch(() => undefined);
    let usable: string[];
    if (info?.isDirectory()) usable = (await expandFolder(arg, out)).sort();
    else if (info) usable = [arg];
    else if (/[*?[{]/.test(arg))
      usable = (await glob(arg, { caseSensitiveMatch: false })).filter((f) => !isOfficeLockFile(f) && isSpreadsheet(f));
    else if (await lstat(arg).catch(() => undefined)) {
      out.unreadable.push(say(lang, 'brokenLink', { path: arg }));
      continue;
    } else usable = [];
    // An argument that is one of our output folders is a notice, not a pattern that matched nothing.
    if (!usable.length && out.outputs.size === outputsBefore) missing.push(arg);
    for (const file of outsideOutputs(usable, out.outputs)) found.push(file);
  }
  const { files, twice } = await readOnce(found);
  const notices: string[] = [];
  const counted = (n: number) => ({ files: filesOf(lang, n) });
  if (out.skipped)
    notices.push(say(lang, takesSingular(lang, out.skipped) ? 'skippedOne' : 'skipped', counted(out.skipped)));
  for (const loop of out.loops) notices.push(say(lang, 'loop', { path: loop }));
  for (const folder of out.outputs) notices.push(say(lang, 'outputFolder', { path: folder }));
  if (twice) notices.push(say(lang, takesSingular(lang, twice) ? 'twiceOne' : 'twice', counted(twice)));
  return { files, missing, unreadable: out.unreadable, notices, lang };
}

/** Prints what the expansion left out, one line each on stderr; returns how many inputs could not be read. */
export function reportExpansion(inputs: ExpandedInputs, quiet: boolean): number {
  // Paths may hold a newline or an escape sequence: each line stays one line (one-line.ts).
  for (const arg of inputs.missing) console.error(oneLine(say(inputs.lang, 'noInput', { arg })));
  for (const line of inputs.unreadable) console.error(oneLine(line));
  if (!quiet) for (const line of inputs.notices) console.error(`psea: ${oneLine(line)}`);
  return inputs.missing.length + inputs.unreadable.length;
}
