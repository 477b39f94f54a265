/** Seed 002's workplan table as an xlsx, from seed-002-workplan.json (seed-002.ts extracts it from the seed). */
import type ExcelJS from 'exceljs';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DIR } from './files-mapping.js';
import type { SeedWorkplan } from './seed-002.js';
import { header, widths, workbook } from './sheet.js';

/** Seed 002's table from the committed extraction: superscripts as rich-text runs, line breaks wrapped. */
export function seedWorkplan(): ExcelJS.Workbook {
  const seed = JSON.parse(readFileSync(join(DIR, 'seed-002-workplan.json'), 'utf8')) as SeedWorkplan;
  const wb = workbook('PSEA Task Team');
  const ws = wb.addWorksheet('Workplan');
  seed.title.forEach((t, i) => {
    ws.getCell(1 + i, 1).value = t;
    ws.getCell(1 + i, 1).font = { bold: true };
  });
  const top = seed.title.length + 2;
  header(ws, top, seed.header);
  seed.rows.forEach((cells, r) => {
    cells.forEach((c, col) => {
      const cell = ws.getCell(top + 1 + r, col + 1);
      if (!c.text) return;
      cell.value = c.runs.some((run) => run.superscript)
        ? {
            richText: c.runs.map((run) =>
              run.superscript ? { text: run.text, font: { vertAlign: 'superscript' } } : { text: run.text },
            ),
          }
        : c.text;
      cell.alignment = { wrapText: true, vertical: 'top' };
    });
  });
  widths(ws, [60, 30, 36, 50]);
  return wb;
}
