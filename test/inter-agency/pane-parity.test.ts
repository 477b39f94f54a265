/**
 * Two paths: the pane's compute (addin/src/compute.ts) on the corpus as Office.js hands it over (a merged area's
 * value in its top-left cell alone, fills as "#RRGGBB") against the CLI's analysis of the same files. They agree on
 * every error and warning, Gantt periods marked only by their colour included.
 */
import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { readInput } from '../../pipeline/read/index.js';
import { KINDS, analyseWorkbook, type Finding, type SheetGrid } from '../../templates/index.js';
import { analyseGrids } from '../../addin/src/compute.js';
import { CORPUS, EXPECTED } from './corpus-expected.js';

/**
 * What Office.js reads of a sheet: values, a merged area's value only in its first cell, which cells are
 * date-formatted and the merged areas (the pane reads both since issue 11), the solid fills as getCellProperties
 * reports their colours (since issue 11's last item).
 */
function asOffice(grid: SheetGrid): SheetGrid {
  const rows = grid.rows.map((r) => [...r]);
  for (const m of grid.merges ?? [])
    for (let r = m.top; r <= m.bottom; r++)
      for (let c = m.left; c <= m.right; c++) if ((r !== m.top || c !== m.left) && rows[r]) rows[r][c] = null;
  const fills = Object.fromEntries(
    Object.entries(grid.fills ?? {}).map(([r, byColumn]) => [
      r,
      Object.fromEntries(Object.entries(byColumn).map(([c, argb]) => [c, `#${argb.slice(2)}`])),
    ]),
  );
  return {
    name: grid.name,
    rows,
    ...(grid.dateCells ? { dateCells: grid.dateCells } : {}),
    merges: grid.merges ?? [],
    ...(grid.fills ? { fills } : {}),
  };
}

const key = (f: Finding) => `${f.rule} ${f.sheet} ${f.cell ?? ''}`;
const serious = (fs: readonly Finding[]) =>
  fs
    .filter((f) => f.severity !== 'info')
    .map(key)
    .sort();

describe('the pane and the CLI on the inter-agency corpus', () => {
  for (const [name, spec] of Object.entries(EXPECTED.files)) {
    it(name, async () => {
      const grid = await readInput(join(CORPUS, 'files', name), name);
      const options = { lang: 'en' as const, asOf: spec.as_of ?? EXPECTED.as_of };
      const cli = analyseWorkbook(grid, KINDS, options);
      const pane = analyseGrids(name, grid.sheets.map(asOffice), options);
      const cliFindings = serious([...cli.findings, ...cli.sheets.flatMap((s) => s.findings)]);
      expect(serious(pane.findings)).toEqual(cliFindings);
      expect(pane.analysis.sheets.map((s) => s.records.length)).toEqual(cli.sheets.map((s) => s.records.length));
    });
  }
});
