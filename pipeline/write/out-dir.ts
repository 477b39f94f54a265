/**
 * The output folder of `psea consolidate`. It is refused when it holds inputs of the run, created 0700 when
 * missing, locked so that two runs never mix their files, cleared of the temporary files a killed run left, and
 * marked as ours so that the folder walk never reads it back as input.
 */
import { readFileSync, unlinkSync } from 'node:fs';
import { link, mkdir, readdir, readFile, realpath, rm, rmdir, stat, writeFile } from 'node:fs/promises';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { isTemporaryName, temporaryPath, writeAtomic } from './atomic.js';

/** A folder holding this file is a psea output folder: never read as input. */
export const OUTPUT_MARKER = '.psea-output';
export const LOCK_FILE = '.psea-lock';

/** One line for the user, exit 2. */
export class OutDirError extends Error {}

export interface OutDir {
  /** Marks the folder as ours: called before the first output is written. */
  mark(): Promise<void>;
  /** Unlocks; a folder this run made is removed again when nothing was written into it. */
  release(wrote: boolean): Promise<void>;
}

const MARKER_TEXT =
  'This folder holds the outputs of psea consolidate. psea never reads a folder holding this file as input.\n';

/** Inputs at or under --out would be overwritten, or never read again once the folder is marked as ours. */
async function refuseInputsInside(out: string, files: readonly string[]): Promise<void> {
  const root = await realpath(out).catch(() => resolve(out));
  const inside: string[] = [];
  for (const file of files) {
    const real = await realpath(file).catch(() => resolve(file));
    if (real.startsWith(root + sep)) inside.push(relative(root, real));
  }
  if (!inside.length) return;
  const names = inside.sort().slice(0, 5).join(', ') + (inside.length > 5 ? `, … (${inside.length})` : '');
  throw new OutDirError(`--out ${out} holds inputs of this run (${names}); choose a folder of its own`);
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * The lock holds our process id. It is written whole into a temporary file first, then linked to its name: link
 * fails when the name exists, so the lock appears with its id in it, never empty (an empty lock, seen between its
 * creation and its write, was once taken for a dead run's and taken over, and both runs went on). A lock whose
 * process is gone was left by a run that was killed: taken over. (Two runs finding the same stale lock at the
 * same instant could both take it; one run at a time is the case that matters, and each new run sees a live
 * holder.)
 */
async function lock(out: string): Promise<string> {
  const path = join(out, LOCK_FILE);
  for (let attempt = 0; attempt < 3; attempt++) {
    const tmp = temporaryPath(path);
    try {
      await writeFile(tmp, `${process.pid}\n`, { mode: 0o600, flag: 'wx' });
      await link(tmp, path);
      return path;
    } catch (error) {
      // ENOENT: the holder cleaned our temporary file as a stale one (cleanStaleTemporaries); look again.
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'ENOENT') continue;
      if (code !== 'EEXIST') throw error;
      const holder = Number.parseInt(await readFile(path, 'utf8').catch(() => ''), 10);
      if (holder > 0 && alive(holder))
        throw new OutDirError(`${out} is in use by another psea run (process ${holder}); try again when it ends`);
      await rm(path, { force: true });
    } finally {
      await rm(tmp, { force: true });
    }
  }
  throw new OutDirError(`${out} is in use by another psea run; try again when it ends`);
}

/** The lock also goes when the run ends early: a closed pipe, Ctrl-C, a kill that lets us run. */
function releaseOnExit(path: string): () => void {
  const release = () => {
    try {
      if (readFileSync(path, 'utf8') === `${process.pid}\n`) unlinkSync(path);
    } catch {
      // already gone
    }
  };
  const signals = { SIGINT: 130, SIGTERM: 143, SIGHUP: 129 } as const;
  const handlers = Object.entries(signals).map(([signal, code]) => {
    const handler = () => process.exit(code);
    process.once(signal, handler);
    return [signal, handler] as const;
  });
  process.once('exit', release);
  return () => {
    release();
    process.off('exit', release);
    for (const [signal, handler] of handlers) process.off(signal, handler);
  };
}

/** Temporary files of ours (see atomic.ts) can only be left by a killed run while we hold the lock. */
async function cleanStaleTemporaries(out: string): Promise<void> {
  for (const entry of await readdir(out, { withFileTypes: true }))
    if (entry.isFile() && isTemporaryName(entry.name)) await rm(join(out, entry.name), { force: true });
}

export async function openOutDir(out: string, files: readonly string[]): Promise<OutDir> {
  await refuseInputsInside(out, files);
  const existing = await stat(out).catch(() => undefined);
  if (existing && !existing.isDirectory()) throw new OutDirError(`--out ${out} is a file, not a folder`);
  const made = existing ? undefined : await mkdir(out, { recursive: true, mode: 0o700 });
  const path = await lock(out);
  const unlock = releaseOnExit(path);
  await cleanStaleTemporaries(out);
  return {
    mark: () => writeAtomic(join(out, OUTPUT_MARKER), MARKER_TEXT),
    async release(wrote) {
      unlock();
      if (wrote || !made) return;
      // Only the folders this run made, from --out up, and only while they are empty.
      for (let folder = resolve(out); ; folder = dirname(folder)) {
        if (
          !(await rmdir(folder).then(
            () => true,
            () => false,
          )) ||
          folder === resolve(made)
        )
          break;
      }
    },
  };
}
