/**
 * Every output of `psea consolidate`, reduced to what must not change when only the way it is written changes:
 * JSON parsed and written again with the run's date and the inputs' sizes and hashes (generated inputs carry their
 * own creation date) set aside, CSV as its text, the dashboard with the day's date set aside, consolidated.xlsx as
 * openpyxl reads it (dump_xlsx.py) and as exceljs reads it, sheet by sheet. Each piece is kept as its SHA-256.
 */
import { execFile, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import ExcelJS from 'exceljs';
import { mkdir } from 'node:fs/promises';
import { HEADER, matrixRow } from '../helpers.js';

/** Two matrices with dated rounds (see consolidateRuns), written into `dir`. */
export async function writeRounds(dir: string): Promise<void> {
  await mkdir(dir, { recursive: true });
  const files: [string, string[], (n: number) => (string | null)[]][] = [
    ['a.xlsx', ['Status Dec 2025', 'Status Jun 2026'], (n) => ['completed', n % 2 ? 'in progress' : null]],
    ['b.xlsx', ['Status Mar 2027', 'Notes'], (n) => ['not started', `note ${n}`]],
  ];
  for (const [name, extra, values] of files) {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Matrix');
    ws.addRow([...HEADER, ...extra]);
    for (let n = 1; n <= 3; n++) ws.addRow([...matrixRow({ 'Rec #': n }), ...values(n)]);
    await wb.xlsx.writeFile(join(dir, name));
  }
}

const run = promisify(execFile);
const sha = (text: string) => createHash('sha256').update(text).digest('hex');
const DUMP = join(import.meta.dirname, 'dump_xlsx.py');

/**
 * The runs compared: the examples (with --csv --hxl), a generated batch against them as --previous, and matrices
 * with dated rounds (a column per round, a later file bringing a round and an extra column of its own: the columns
 * of every record output are known only at the end), and the committed corpora of other tools' files (the
 * management responses LibreOffice saved, the inter-agency files).
 */
export async function consolidateRuns(cli: string, cwd: string): Promise<Record<string, string>> {
  const fixed = ['--as-of', '2026-11-23', '--report-only', '--quiet'];
  const node = async (args: string[]) => run('node', [cli, 'consolidate', ...args, ...fixed], { cwd });
  await node(['examples', '--out', 'out-examples', '--csv', '--hxl']);
  await node(['batch', 'big', '--out', 'out-batch', '--csv', '--previous', 'out-examples']);
  await node(['rounds', '--out', 'out-rounds', '--csv']);
  await node(['corpus', '--out', 'out-corpus', '--csv']);
  const runs = ['examples', 'batch', 'rounds', 'corpus'];
  return Object.fromEntries(runs.map((r) => [r, join(cwd, `out-${r}`)]));
}

function jsonDigest(text: string): string {
  return JSON.stringify(JSON.parse(text), (key, value: unknown) =>
    key === 'sha256' || key === 'size' || (key === 'date' && typeof value === 'string') ? '<set aside>' : value,
  );
}

/** A cell as exceljs gives it: formulas as formula and result, dates as ISO text. */
function exceljsCell(v: ExcelJS.CellValue): unknown {
  if (v instanceof Date) return v.toISOString();
  return v;
}

async function exceljsSheets(path: string): Promise<Record<string, string>> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path);
  const sheets: Record<string, string> = {};
  for (const ws of wb.worksheets) {
    const cells: unknown[] = [];
    ws.eachRow((row, r) =>
      row.eachCell((cell, c) => {
        if (ws.name === 'About' && c === 2 && row.getCell(1).value === 'date') return;
        if (ws.name === 'About' && c >= 3 && r > 1) return; // the inputs' sizes and SHA-256, as in findings.json
        cells.push([r, c, exceljsCell(cell.value), cell.numFmt ?? null]);
      }),
    );
    sheets[`exceljs ${ws.name} (${ws.state})`] = sha(JSON.stringify(cells));
  }
  return sheets;
}

function openpyxlSheets(path: string): Record<string, string> {
  const dump = spawnSync('/usr/bin/python3', ['-B', DUMP, '--no-hashes', path], {
    encoding: 'utf8',
    maxBuffer: 1 << 30,
  });
  if (dump.status !== 0) throw new Error(`dump_xlsx.py failed: ${dump.stderr}`);
  const sheets = JSON.parse(dump.stdout) as Record<string, { cells: unknown; [k: string]: unknown }>;
  const out: Record<string, string> = {};
  for (const [name, sheet] of Object.entries(sheets)) {
    const { cells, ...layout } = sheet;
    out[`openpyxl ${name} layout`] = sha(JSON.stringify(layout));
    out[`openpyxl ${name} cells`] = sha(JSON.stringify(cells));
  }
  return out;
}

/** File (and sheet) → SHA-256 of what it holds, for one output folder. */
export async function outputDigests(dir: string): Promise<Record<string, string>> {
  const today = new Date().toISOString().slice(0, 10);
  const digests: Record<string, string> = {};
  for (const name of (await readdir(dir)).filter((n) => !n.startsWith('.')).sort()) {
    const path = join(dir, name);
    if (name.endsWith('.xlsx')) {
      for (const [sheet, digest] of Object.entries({ ...openpyxlSheets(path), ...(await exceljsSheets(path)) }))
        digests[`${name} › ${sheet}`] = digest;
      continue;
    }
    const text = await readFile(path, 'utf8');
    if (name.endsWith('.json')) digests[name] = sha(jsonDigest(text));
    else if (name.endsWith('.html')) digests[name] = sha(text.replaceAll(today, '<today>'));
    else digests[name] = sha(text);
  }
  return digests;
}
