/** A shared-drive folder: link loops, broken links, locked files, names in four scripts, other documents. */
import { describe, expect, it, beforeAll } from 'vitest';
import { chmod, mkdir, mkdtemp, readFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { execFile } from 'node:child_process';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import ExcelJS from 'exceljs';
import { expandInputs } from '../../pipeline/inputs.js';
import { psea, CLI } from '../cli-run.js';
import { HEADER, matrixRow } from '../helpers.js';
import { writeXlsx } from '../fixtures/bad/layout-corpus.js';
import { writeFilesCorpus, NAMES, type FilesCorpus } from '../fixtures/bad/files-corpus.js';

let dir: string;
let corpus: FilesCorpus;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'psea-bad-files-'));
  corpus = await writeFilesCorpus(dir);
});

describe('expanding a folder', () => {
  it('finds each workbook once, stops at link loops, and says what it left out', async () => {
    const inputs = await expandInputs([corpus.root]);
    expect(inputs.files).toEqual([...corpus.good].sort());
    expect(inputs.missing).toEqual([]);
    expect(inputs.unreadable).toEqual([`${corpus.root}/y.xlsx: broken symbolic link (its target does not exist)`]);
    expect(inputs.notices).toEqual([
      'skipped 3 files that are not .xlsx, .xlsm, .csv or .tsv',
      ...[...corpus.loops].sort().map((l) => `${l}: symbolic link back to a folder above it (a loop); not followed`),
      '1 file reached by more than one path (symbolic links, hard links or overlapping arguments) was read once',
    ]);
  });

  it('a folder and a glob over it give each file once', async () => {
    const inputs = await expandInputs([corpus.root, `${corpus.root}/*.xlsx`]);
    expect(inputs.files).toEqual([...corpus.good].sort());
  });
});

describe('psea consolidate on the folder', () => {
  it('consolidates every readable file, names the unreadable ones on one line each, and exits 2', async () => {
    const out = join(dir, 'out');
    const result = await psea('consolidate', corpus.root, '--out', out);
    expect(result.code).toBe(2);
    const lines = result.stderr.trim().split('\n');
    expect(lines.filter((l) => !l.startsWith('psea: '))).toEqual(
      corpus.unreadable.map((u) => expect.stringContaining(basename(u))),
    );
    expect(lines.filter((l) => l.startsWith('psea: '))).toHaveLength(4);
    if (corpus.permissionCase) expect(result.stderr).toMatch(/locked\.xlsx: permission denied/);
    expect(result.stdout).toMatch(/^5 files · rows read 5 = consolidated 5 \+ set aside 0$/m);

    // The names come through whole in every output.
    const arabic = corpus.good[1];
    const findings = await readFile(join(out, 'findings.csv'), 'utf8');
    expect(findings).toContain(arabic);
    expect(findings).toContain('Peut-être');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(join(out, 'consolidated.xlsx'));
    const sheet = workbook.getWorksheet('management-response')!;
    const sources = sheet.getColumn(1).values.slice(2);
    expect([...sources].sort()).toEqual([...corpus.good].sort());
    const about = workbook.getWorksheet('About')!.getColumn(2).values;
    for (const name of [NAMES.arabic, NAMES.cyrillic, NAMES.chinese]) expect(about).toContain(name);
    const html = await readFile(join(out, 'dashboard.html'), 'utf8');
    for (const name of [NAMES.arabic, NAMES.cyrillic, NAMES.chinese, NAMES.folder]) expect(html).toContain(name);
  });

  it('--quiet drops the notices but never the unreadable files', async () => {
    const result = await psea('consolidate', corpus.root, '--out', join(dir, 'quiet'), '--quiet');
    expect(result.code).toBe(2);
    expect(result.stderr).not.toMatch(/skipped|loop/);
    expect(result.stderr).toMatch(/y\.xlsx: broken symbolic link/);
  });

  it('skipped documents alone do not change the exit code', async () => {
    const result = await psea('validate', join(corpus.root, NAMES.folder));
    expect(result.code).toBe(1); // the invalid response in the Arabic-named file
    expect(result.stderr.trim()).toBe('psea: skipped 1 file that is not .xlsx, .xlsm, .csv or .tsv');
    expect(result.stdout).toContain(`${corpus.good[1]} › Matrix › J2:`);
    expect(result.stdout).toMatch(/^2 files: 1 error,/m);
  });

  it('a broken link named on the command line is one line, and the other file is still read', async () => {
    const result = await psea('validate', join(corpus.root, 'y.xlsx'), corpus.good[0]);
    expect(result.code).toBe(2);
    expect(result.stderr.trim()).toBe(`${corpus.root}/y.xlsx: broken symbolic link (its target does not exist)`);
    expect(result.stdout).toMatch(/^1 file: 0 errors/m);
  });
});

describe('permission denied', () => {
  // As root nothing is unreadable, so the case runs as root without the two capabilities that bypass file modes
  // (setpriv drops CAP_DAC_OVERRIDE and CAP_DAC_READ_SEARCH from the bounding set). It used to run as "nobody",
  // which failed with exit 1 (node could not load the CLI) whenever the clone sat in a folder only root may enter,
  // such as one made by mktemp -d.
  const asRoot = process.getuid?.() === 0;
  const setpriv = ['/usr/bin/setpriv', '/bin/setpriv'].find((p) => existsSync(p));
  const withoutBypass = ['--bounding-set=-dac_override,-dac_read_search', '--'];
  it.skipIf(asRoot && !setpriv)(
    'a locked file and a folder that cannot be listed are one line each; the rest is read; exit 2',
    async () => {
      const base = await mkdtemp(join(tmpdir(), 'psea-bad-perm-'));
      const root = join(base, 'in');
      await mkdir(join(root, 'closed'), { recursive: true });
      await writeXlsx(join(root, 'ok.xlsx'), [HEADER, matrixRow({ 'Support from': 'PSEAH' })]);
      await writeXlsx(join(root, 'locked.xlsx'), [HEADER, matrixRow({ 'Rec #': 2 })]);
      await chmod(join(root, 'locked.xlsx'), 0o000);
      await chmod(join(root, 'closed'), 0o000);
      const args = [CLI, 'validate', root];
      const { code, stdout, stderr } = await new Promise<{ code: number; stdout: string; stderr: string }>((done) => {
        execFile(asRoot ? setpriv! : 'node', asRoot ? [...withoutBypass, 'node', ...args] : args, (error, out, err) =>
          done({ code: error ? Number(error.code) : 0, stdout: out, stderr: err }),
        );
      });
      expect(code).toBe(2);
      expect(stderr.trim().split('\n').sort()).toEqual([
        `${root}/closed: folder cannot be listed (permission denied)`,
        `${root}/locked.xlsx: permission denied`,
      ]);
      expect(stdout).toMatch(/^2 files: 0 errors/m);
    },
  );
});
