/**
 * Outputs appear whole or not at all: written beside the target, then renamed over it. The data is confidential:
 * files are created readable by their owner only (0600), and so are the folders made for them (0700).
 */
import { chmod, mkdir, open, rename, rm, writeFile } from 'node:fs/promises';
import { dirname, join, basename, resolve, sep } from 'node:path';
import { randomBytes } from 'node:crypto';

/** Output names come from kinds, tables and (one day) inputs: none may lead outside the output folder. */
export class OutsideOutputError extends Error {}

/** out/name, refused unless it resolves strictly inside out ("../x", "/etc/x", "a/../../x" all fail). */
export function outputPath(out: string, name: string): string {
  const root = resolve(out);
  const path = resolve(root, name);
  if (!path.startsWith(root + sep))
    throw new OutsideOutputError(`refusing to write "${name}": it would land outside ${out}`);
  return path;
}

export function temporaryPath(target: string): string {
  return join(dirname(target), `.${basename(target)}.${randomBytes(4).toString('hex')}.tmp`);
}

/** The names temporaryPath makes, so a later run can clean what a killed one left. */
export function isTemporaryName(name: string): boolean {
  return /^\..+\.[0-9a-f]{8}\.tmp$/.test(name);
}

const WRITE_CHUNK = 1 << 20;

/** Text pieces are written as they come, so a large output is never one string in memory. */
export async function writeAtomic(target: string, data: string | Uint8Array | Iterable<string>): Promise<void> {
  await writeAtomicWith(target, async (tmp) => {
    if (typeof data === 'string' || data instanceof Uint8Array) {
      await writeFile(tmp, data, { mode: 0o600 });
      return;
    }
    const file = await open(tmp, 'w', 0o600);
    try {
      // Pieces gathered to about 1 MB per write: one awaited write per record cost 10 s on 100,000 records.
      let pending: string[] = [];
      let length = 0;
      for (const piece of data) {
        pending.push(piece);
        length += piece.length;
        if (length < WRITE_CHUNK) continue;
        await file.write(pending.join(''));
        pending = [];
        length = 0;
      }
      if (length) await file.write(pending.join(''));
    } finally {
      await file.close();
    }
  });
}

/** For writers that need a path (exceljs streaming): they write to the temporary path we give them. */
export async function writeAtomicWith(target: string, write: (tmp: string) => Promise<void>): Promise<void> {
  await mkdir(dirname(target), { recursive: true, mode: 0o700 });
  const tmp = temporaryPath(target);
  try {
    // Made empty and private first: a writer that opens the path itself (exceljs) keeps the mode.
    await (await open(tmp, 'wx', 0o600)).close();
    await write(tmp);
    await chmod(tmp, 0o600);
    await rename(tmp, target);
  } catch (error) {
    await rm(tmp, { force: true });
    throw error;
  }
}
