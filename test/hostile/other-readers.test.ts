/**
 * The fast reader, cell for cell, against readers we did not write, over files written by tools we did
 * not write: exceljs, openpyxl (Debian's python3-openpyxl) and LibreOffice (soffice --headless
 * --convert-to xlsx, from a flat ODS). Each of those files also goes through again with its SpreadsheetML
 * under a namespace prefix. The independent reading is openpyxl's (cached values, merges, sheet states);
 * exceljs, the reference of the fallback path, must agree with the fast reader on the files it can read.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { execFile } from 'node:child_process';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { normaliseSheet, normaliseWorkbook, type CellValue, type WorkbookGrid } from '../../templates/index.js';
import { readXlsxFast } from '../../pipeline/read/fast-xlsx/index.js';
import { readXlsx } from '../../pipeline/read/xlsx.js';
import { a1 } from '../../templates/core/text.js';
import { exceljsFixtures } from '../read/fixtures.js';
import { buildZip, deflated, unzip } from '../fixtures/bad/xlsx-corpus.js';
import { prefixed } from '../fixtures/hostile/workbook.js';
import { fodsWorkbook } from '../fixtures/hostile/fods.js';
import { freshDir } from '../bad/xlsx-batch.js';

const run = promisify(execFile);
const PY = join(process.cwd(), 'test/fixtures/hostile/other_tools.py');

type Plain = string | number | boolean | { date: string };
interface Dump {
  epoch1904: boolean;
  sheets: { name: string; cells: Record<string, Plain>; merges: string[]; state: string }[];
}

let dir: string;
const files: Record<string, Buffer> = {};

async function libreOffice(out: string): Promise<void> {
  const sources = [false, true].map((d1904) => join(out, `libreoffice-${d1904 ? 1904 : 1900}.fods`));
  for (const [i, path] of sources.entries()) await writeFile(path, fodsWorkbook(i === 1));
  const profile = `file://${join(out, 'lo-profile')}`;
  await run(
    'soffice',
    [`-env:UserInstallation=${profile}`, '--headless', '--convert-to', 'xlsx', '--outdir', out, ...sources],
    {
      timeout: 120_000,
    },
  );
}

/** The same package with every SpreadsheetML part under the prefix x:. */
function withPrefix(xlsx: Buffer): Buffer {
  return buildZip(
    [...unzip(xlsx)].map(([name, data]) =>
      deflated(name, name.endsWith('.xml') ? prefixed(data.toString('utf8')) : data),
    ),
  );
}

beforeAll(async () => {
  dir = await freshDir('hostile-readers');
  for (const [name, bytes] of Object.entries(await exceljsFixtures())) files[`exceljs-${name}`] = bytes;
  await run('/usr/bin/python3', [PY, 'write', dir]);
  await libreOffice(dir);
  for (const name of (await readdir(dir)).filter((n) => n.endsWith('.xlsx')))
    files[name] = await readFile(join(dir, name));
  for (const name of [
    'exceljs-shared-1904.xlsx',
    'openpyxl-iso-dates.xlsx',
    'libreoffice-1900.xlsx',
    'exceljs-inline-stream.xlsx',
  ])
    files[`prefixed-${name}`] = withPrefix(files[name]);
  for (const [name, bytes] of Object.entries(files)) await writeFile(join(dir, name), bytes);
}, 180_000);

async function openpyxl(name: string): Promise<Dump> {
  const { stdout } = await run('/usr/bin/python3', [PY, 'dump', join(dir, name)], { maxBuffer: 1 << 26 });
  return JSON.parse(stdout) as Dump;
}

function plain(v: CellValue): Plain | undefined {
  if (v === null || v === '') return undefined;
  return v instanceof Date ? { date: v.toISOString().slice(0, 23) } : v;
}

/**
 * The fast reader's cells as openpyxl lists them: a merged area's value on its first cell only, a date-formatted
 * number as the date the core reads it as.
 */
function asDump(grid: WorkbookGrid): Dump['sheets'] {
  return grid.sheets.map((raw) => {
    const sheet = { ...raw, rows: normaliseSheet({ ...raw, merges: undefined }, grid.date1904).rows };
    const covered = new Set<string>();
    for (const m of sheet.merges ?? [])
      for (let r = m.top; r <= m.bottom; r++)
        for (let c = m.left; c <= m.right; c++) if (r !== m.top || c !== m.left) covered.add(a1(c, r + 1));
    const cells: Record<string, Plain> = {};
    sheet.rows.forEach((row, r) =>
      row.forEach((v, c) => {
        const value = plain(v);
        const at = a1(c, r + 1);
        if (value !== undefined && !covered.has(at)) cells[at] = value;
      }),
    );
    const merges = (sheet.merges ?? []).map((m) => `${a1(m.left, m.top + 1)}:${a1(m.right, m.bottom + 1)}`).sort();
    return { name: sheet.name, cells, merges, state: sheet.hidden ?? 'visible' };
  });
}

describe('the fast reader and readers we did not write', () => {
  it('the files hold what this test claims to cover', () => {
    const xml = (name: string) => [...unzip(files[name]).values()].map((b) => b.toString('utf8')).join('');
    const all = Object.keys(files).map(xml).join('');
    for (const mark of ['<x:c ', 't="inlineStr"', '<r>', 't="shared"', 't="b"', 't="e"', 't="str"', 't="d"'])
      expect(all, mark).toContain(mark);
    for (const tool of ['exceljs', 'openpyxl', 'libreoffice'])
      expect(
        Object.keys(files).filter((n) => n.startsWith(tool) && /date1904="(1|true)"/.test(xml(n))),
        tool,
      ).not.toEqual([]);
    expect(Object.keys(files).filter((n) => n.startsWith('libreoffice'))).toHaveLength(2);
  });

  it('reads every file cell for cell as openpyxl does', async () => {
    expect(Object.keys(files).length).toBeGreaterThanOrEqual(12);
    for (const [name, bytes] of Object.entries(files)) {
      const reference = await openpyxl(name);
      const grid = await readXlsxFast(bytes, name);
      expect(asDump(grid), name).toEqual(reference.sheets);
    }
  }, 120_000);

  it('agrees with exceljs (the fallback path) on every file exceljs reads: those without a prefix', async () => {
    for (const [name, bytes] of Object.entries(files)) {
      if (name.startsWith('prefixed-')) continue;
      const fast = normaliseWorkbook(await readXlsxFast(bytes, name));
      expect(fast, name).toEqual(normaliseWorkbook(await readXlsx(bytes, name)));
    }
  });
});
