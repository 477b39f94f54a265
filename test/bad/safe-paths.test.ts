/**
 * Nothing is written outside --out whatever the names (inputs, sheets, kinds, tables), and every output is
 * atomic: a failed write leaves neither a partial file nor a temporary file behind.
 */
import { describe, expect, it } from 'vitest';
import { mkdir, mkdtemp, readFile, readdir, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative, sep } from 'node:path';
import ExcelJS from 'exceljs';
import { psea } from '../cli-run.js';
import { outputPath, OutsideOutputError, writeAtomic, writeAtomicWith } from '../../pipeline/write/atomic.js';
import { csvFileName } from '../../pipeline/write/csv-export.js';
import { StreamedOutputs } from '../../pipeline/write/streamed-outputs.js';
import { HEADER, matrixRow } from '../helpers.js';

const HOSTILE_NAMES = [
  '../x',
  '../../evil',
  '..%2F..%2Fevil',
  '/etc/passwd',
  'a/../../b',
  '..',
  '.',
  '',
  'C:\\Windows\\x',
  'a\0b',
  'ok/../..',
  '~/x',
  'x'.repeat(400),
];

/** Every file under a folder, as paths relative to it. */
async function tree(root: string): Promise<string[]> {
  const entries = await readdir(root, { recursive: true, withFileTypes: true });
  return entries
    .filter((e) => e.isFile())
    .map((e) => relative(root, join(e.parentPath, e.name)))
    .sort();
}

describe('outputPath', () => {
  it('keeps plain names inside the output folder and refuses any that would leave it', () => {
    expect(outputPath('/tmp/out', 'findings.csv')).toBe(join('/tmp/out', 'findings.csv'));
    for (const name of ['../x', '/etc/passwd', 'a/../../b', '..', '', '.', 'ok/../..']) {
      expect(() => outputPath('/tmp/out', name), name).toThrow(OutsideOutputError);
    }
    // a sibling sharing the prefix is outside too
    expect(() => outputPath('/tmp/out', '../out-sibling/x')).toThrow(/outside/);
  });

  it('names CSV exports with letters, digits, _ and - only, short and unique', () => {
    const taken = new Set<string>();
    const names = HOSTILE_NAMES.map((n) => csvFileName('table', n, taken));
    for (const name of names) {
      expect(name).toMatch(/^table-[A-Za-z0-9_~-]*\.csv$/);
      expect(name.length).toBeLessThan(130);
      expect(() => outputPath('/tmp/out', name)).not.toThrow();
    }
    expect(new Set(names).size).toBe(names.length);
  });
});

describe('writers stay inside --out', () => {
  it('writes kinds and tables with hostile names as files directly inside the folder', async () => {
    const root = await mkdtemp(join(tmpdir(), 'psea-safe-paths-'));
    const out = join(root, 'a', 'out');
    const tables = Object.fromEntries(HOSTILE_NAMES.map((n, i) => [n, { [`../${i}`]: { '/etc': { x: i } } }]));
    const outputs = new StreamedOutputs(out, { csv: true, hxl: true, keepRecords: false });
    outputs.addRecords({ kind: '../../evil', fields: ['f'], derived: [] }, []);
    const written = await outputs.writeCsvExports([{ kind: '../../evil', tables }]);
    outputs.discard();
    expect(written.length).toBeGreaterThan(HOSTILE_NAMES.length);
    const files = await tree(root);
    expect(files.length).toBe(written.length);
    for (const f of files) expect(f.startsWith(join('a', 'out') + sep) && !f.slice(6).includes(sep), f).toBe(true);
  });

  it(
    'consolidates inputs named like paths, with ".." and "/" in sheet names, without writing ' + 'outside --out',
    async () => {
      const root = await mkdtemp(join(tmpdir(), 'psea-safe-paths-'));
      const inputs = join(root, 'in', 'deep');
      await mkdir(inputs, { recursive: true });
      const names = ['..%2F..%2Fevil.xlsx', '..evil.xlsx', '.. ..xlsx.xlsx', 'x ..%5C..%5Cevil.xlsx'];
      for (const name of names) {
        const wb = new ExcelJS.Workbook();
        const ws = wb.addWorksheet('..');
        ws.addRow(HEADER);
        ws.addRow(matrixRow({ Recommendation: '../../../etc/passwd', 'Responsible unit(s)': '../x' }));
        wb.addWorksheet('..%2F').addRow(['/', '..']);
        await wb.xlsx.writeFile(join(inputs, name));
      }
      const before = await tree(root);
      const out = join(root, 'out');
      // Named one by one: a folder scan skips hidden files (names starting with a dot).
      const run = await psea(
        'consolidate',
        ...names.map((n) => join(inputs, n)),
        '--out',
        out,
        '--csv',
        '--hxl',
        '--report-only',
        '--quiet',
      );
      expect(run.code).toBe(0);
      const after = await tree(root);
      const added = after.filter((f) => !before.includes(f));
      expect(added.length).toBeGreaterThan(8);
      for (const f of added) expect(f.startsWith(`out${sep}`) && !f.slice(4).includes(sep), f).toBe(true);
      expect(after.filter((f) => f.endsWith('.tmp'))).toEqual([]);
    },
  );
});

describe('atomic writes', () => {
  const leftovers = async (dir: string) => (await readdir(dir)).filter((f) => f.endsWith('.tmp'));

  it('leaves no temporary file when the target is a directory, and the directory as it was', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'psea-safe-atomic-'));
    await mkdir(join(dir, 'findings.csv'));
    await expect(writeAtomic(join(dir, 'findings.csv'), 'a,b\r\n')).rejects.toThrow();
    expect((await stat(join(dir, 'findings.csv'))).isDirectory()).toBe(true);
    expect(await leftovers(dir)).toEqual([]);
  });

  it('leaves neither a partial file nor a temporary file when a streamed writer fails half-way', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'psea-safe-atomic-'));
    function* pieces() {
      yield 'first half,';
      throw new Error('disk full (simulated)');
    }
    await expect(writeAtomic(join(dir, 'findings.json'), pieces())).rejects.toThrow('disk full');
    await expect(
      writeAtomicWith(join(dir, 'consolidated.xlsx'), async (tmp) => {
        await writeFile(tmp, 'PK partial');
        throw new Error('exceljs failed');
      }),
    ).rejects.toThrow('exceljs failed');
    expect(await readdir(dir)).toEqual([]);
  });

  it('keeps the previous output whole when rewriting it fails', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'psea-safe-atomic-'));
    const target = join(dir, 'tables.json');
    await writeAtomic(target, '{"round":1}\n');
    function* pieces() {
      yield '{"round":';
      throw new Error('interrupted');
    }
    await expect(writeAtomic(target, pieces())).rejects.toThrow('interrupted');
    expect(await readFile(target, 'utf8')).toBe('{"round":1}\n');
    expect(await leftovers(dir)).toEqual([]);
  });

  it('the CLI reports a write it cannot make in one line, exits 2 and leaves no temporary file', async () => {
    const root = await mkdtemp(join(tmpdir(), 'psea-safe-atomic-'));
    const out = join(root, 'out');
    await mkdir(join(out, 'consolidated.xlsx'), { recursive: true });
    const run = await psea(
      'consolidate',
      join(process.cwd(), 'examples/management-response/iom-pseah-2023.xlsx'),
      '--out',
      out,
      '--quiet',
    );
    expect(run.code).toBe(2);
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
    expect(run.stderr).toMatch(/^psea: .*consolidated\.xlsx.*run with --debug/);
    expect(await leftovers(out)).toEqual([]);
  });
});
