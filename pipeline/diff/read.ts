/**
 * Reads a previous output folder's records.json and compares it with the current records (logic in
 * templates/core/diff.ts).
 */
import { diffSummary } from '../messages.js';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { diffRounds, type DiffInputRecord, type RoundDiff } from '../../templates/core/diff.js';
import { RECORDS_FILE, type RecordsFile } from '../write/records-json.js';
import { oneLine } from '../one-line.js';

export class RoundError extends Error {}

export type RecordsByKind = Record<string, DiffInputRecord[]>;

export async function readRound(dir: string): Promise<RecordsByKind> {
  const path = join(dir, RECORDS_FILE);
  let parsed: RecordsFile;
  try {
    parsed = JSON.parse(await readFile(path, 'utf8')) as RecordsFile;
  } catch (error) {
    throw new RoundError(
      `${path}: cannot read the records of that round (${(error as Error).message.split('\n')[0]}); run ` +
        `psea consolidate on it first`,
    );
  }
  if (parsed.format !== 'psea-records/1' || !Array.isArray(parsed.kinds))
    throw new RoundError(`${path}: not a psea records file`);
  return Object.fromEntries(parsed.kinds.map((k) => [k.kind, k.records]));
}

export function recordsByKind(kinds: readonly { kind: string; records: DiffInputRecord[] }[]): RecordsByKind {
  return Object.fromEntries(kinds.map((k) => [k.kind, k.records]));
}

export async function diffDirs(oldDir: string, newDir: string): Promise<RoundDiff> {
  return diffRounds(await readRound(oldDir), await readRound(newDir));
}

/** One line per change that matters (new, updated, removed) and per status transition, for the terminal. */
export function diffLines(diff: RoundDiff): string[] {
  return changeLines(diff).map(oneLine);
}

function changeLines(diff: RoundDiff): string[] {
  const lines = diff.changes
    .filter((c) => c.change !== 'unchanged')
    .map((c) => {
      const where = c.source ?? c.previousSource;
      const at = where ? ` (${where.file} › ${where.sheet} › ${where.row})` : '';
      const fields = c.fields.length ? `: ${c.fields.join(', ')}` : '';
      return `${c.change.toUpperCase().padEnd(9)} ${c.kind} ${c.label}${fields}${at}`;
    });
  for (const t of diff.transitions)
    lines.push(`STATUS    ${t.kind} ${t.label} ${t.field}: ${t.from || '∅'} → ${t.to || '∅'} (${t.direction})`);
  for (const d of diff.duplicates)
    lines.push(
      `DUPLICATE ${d.kind} ${d.label || '(no key)'}: ${d.count.toLocaleString('en-US')} records of the ` +
        `${d.round} round share this key; they are matched in order`,
    );
  lines.push(diffSummary(diff));
  return lines;
}
