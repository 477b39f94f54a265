/**
 * Issue 7's guarantees over the whole corpus at once, next to the bundled examples: inputs unchanged,
 * nothing written outside --out, and every row read either consolidated or set aside with its reason.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { cp, mkdir, readFile, readdir } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { psea } from '../cli-run.js';
import { isUnreadable } from '../../templates/index.js';
import { freshDir } from './xlsx-batch.js';
import { writeCsvCorpus } from '../fixtures/bad/csv-corpus.js';
import { writeLayoutCorpus } from '../fixtures/bad/layout-corpus.js';
import * as xlsx from '../fixtures/bad/xlsx-corpus.js';

interface FindingOut {
  rule: string;
  file: string;
  params: Record<string, unknown>;
}
interface RecordsOut {
  kinds: { records: unknown[] }[];
}

async function listTree(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((e) => e.isFile())
    .map((e) => relative(dir, join(e.parentPath, e.name)))
    .sort();
}

async function hashTree(dir: string): Promise<Map<string, string>> {
  const hashes = new Map<string, string>();
  for (const file of await listTree(dir))
    hashes.set(
      file,
      createHash('sha256')
        .update(await readFile(join(dir, file)))
        .digest('hex'),
    );
  return hashes;
}

let root: string;
let inputs: string;
let before: Map<string, string>;
let run: Awaited<ReturnType<typeof psea>>;

beforeAll(async () => {
  root = await freshDir('all');
  inputs = join(root, 'in');
  for (const sub of ['csv', 'layout', 'xlsx']) await mkdir(join(inputs, sub), { recursive: true });
  await cp(join(process.cwd(), 'examples'), join(inputs, 'examples'), {
    recursive: true,
    filter: (src) => !src.includes('/source'),
  });
  await writeCsvCorpus(join(inputs, 'csv'));
  await writeLayoutCorpus(join(inputs, 'layout'));
  const dir = join(inputs, 'xlsx');
  await Promise.all([
    xlsx.goodMatrix(dir),
    xlsx.corruptZip(dir),
    xlsx.truncatedXlsx(dir),
    xlsx.emptyXlsx(dir),
    xlsx.textAsXlsx(dir),
    xlsx.csvAsXlsx(dir),
    xlsx.encryptedXlsx(dir),
    xlsx.legacyXls(dir),
    xlsx.macroXlsm(dir),
    xlsx.ratioBomb(dir),
    xlsx.awkwardCells(dir),
    xlsx.datedPlan(dir, false),
    xlsx.datedPlan(dir, true),
    xlsx.hiddenParts(dir),
  ]);
  before = await hashTree(inputs);
  run = await psea('consolidate', inputs, '--out', join(root, 'out'), '--report-only');
}, 120_000);

describe('the whole corpus with the examples, in one batch', () => {
  it('reads every file, reports the unreadable ones one line each, and leaves every input byte-identical', async () => {
    expect(before.size).toBeGreaterThan(40);
    expect(run.code).toBe(2);
    const lines = run.stderr
      .trim()
      .split('\n')
      .filter((l) => !l.startsWith('psea: '));
    expect(lines.length).toBe(8); // corrupt, truncated, empty, text, CSV named .xlsx, encrypted, legacy .xls, zip bomb
    for (const line of lines)
      expect(line).toMatch(new RegExp(`^${inputs.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}/xlsx/[^:]+: .+`));
    expect(run.stderr).not.toMatch(/ {4}at /);
    expect(await hashTree(inputs)).toEqual(before);
  });

  it('writes nothing outside --out and leaves no temporary file behind', async () => {
    expect(
      await listTree(root).then((all) => all.filter((f) => !f.startsWith('in/') && !f.startsWith('out/'))),
    ).toEqual([]);
    expect((await listTree(join(root, 'out'))).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it(
    'accounts for every row: read = consolidated + set aside, and each set-aside row has its ' +
      'reason in the findings',
    async () => {
      const line = run.stdout.split('\n').find((l) => l.includes('rows read'))!;
      const [, read, consolidated, setAside] = line
        .match(/rows read (\d+) = consolidated (\d+) \+ set aside (\d+)/)!
        .map(Number);
      expect(read).toBe(consolidated + setAside);
      expect(setAside).toBeGreaterThan(0);
      const records = JSON.parse(await readFile(join(root, 'out', 'records.json'), 'utf8')) as RecordsOut;
      expect(records.kinds.reduce((s, k) => s + k.records.length, 0)).toBe(consolidated);
      const { findings } = JSON.parse(await readFile(join(root, 'out', 'findings.json'), 'utf8')) as {
        findings: FindingOut[];
      };
      const explained = findings.reduce(
        (s, f) =>
          s + (f.rule === 'layout.row-set-aside' ? 1 : f.rule === 'layout.rows-set-aside' ? Number(f.params.count) : 0),
        0,
      );
      expect(explained).toBe(setAside);
      expect(findings.filter((f) => isUnreadable(f)).length).toBe(8);
    },
  );
});
