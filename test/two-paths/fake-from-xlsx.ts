/**
 * The fake Excel opened on xlsx files as Excel opens them, through openpyxl (test/two-paths/excel_view.py: the file
 * as stored, read by a reader we did not write): `values` as Excel gives them (numbers stay numbers: a date is its
 * serial in the workbook's date system), each cell's number format and fill (pattern and #RRGGBB colour, as
 * getCellProperties reports them), merged areas with their value in the top-left cell only, hidden rows and
 * sheets, the date system.
 */
import { execFile } from 'node:child_process';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { FakeWorkbook, letters } from '../addin/fake-excel.js';

interface View {
  error?: string;
  date1904: boolean;
  sheets: {
    name: string;
    state: 'visible' | 'hidden' | 'veryHidden';
    cells: [number, number, string | number | boolean | null, string, [string, string] | null][];
    merges: [number, number, number, number][];
    hidden: number[];
  }[];
}

const STATES = { visible: 'Visible', hidden: 'Hidden', veryHidden: 'VeryHidden' } as const;
const SCRIPT = join(import.meta.dirname, 'excel_view.py');

function fakeOf(view: View): FakeWorkbook {
  const wb = new FakeWorkbook();
  wb.date1904 = view.date1904;
  for (const s of view.sheets) {
    const sheet = wb.addSheet(s.name);
    sheet.visibility = STATES[s.state] ?? 'Visible';
    for (const [r, c, value, format, fill] of s.cells) {
      if (value !== null && value !== '') sheet.set(r, c, value);
      if (format !== 'General') sheet.format(r, c).numberFormat = format;
      if (fill) Object.assign(sheet.format(r, c), { fillPattern: fill[0], fill: fill[1] });
    }
    for (const [top, left, bottom, right] of s.merges)
      sheet.merge(`${letters(left)}${top + 1}:${letters(right)}${bottom + 1}`);
    for (const r of s.hidden) sheet.hiddenRows.add(r);
  }
  return wb;
}

/** One fake workbook per file (by name), or the reason openpyxl gave for not opening it. */
export async function fakesFromXlsx(
  files: readonly { name: string; bytes: Buffer }[],
): Promise<Map<string, FakeWorkbook | string>> {
  const dir = await mkdtemp(join(tmpdir(), 'psea-fake-'));
  const paths = await Promise.all(
    files.map(async (f, i) => {
      const path = join(dir, `${i}.xlsx`);
      await writeFile(path, f.bytes);
      return path;
    }),
  );
  const { stdout } = await promisify(execFile)('/usr/bin/python3', ['-B', SCRIPT, ...paths], { maxBuffer: 1 << 28 });
  const views = JSON.parse(stdout) as Record<string, View>;
  return new Map(
    files.map((f, i) => {
      const view = views[paths[i]];
      return [f.name, view.error ? view.error : fakeOf(view)];
    }),
  );
}
