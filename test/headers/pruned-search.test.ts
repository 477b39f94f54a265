/**
 * Issue 17: the header search skips windows that cannot be chosen (too few countable columns, or fewer than the best
 * so far or than another kind). It must choose exactly what the exhaustive search chooses
 * (test/headers/exhaustive-search.ts): the same header rows and column maps for every kind, the same kind per sheet,
 * and the same answers to the narrower searches of repeated headers, headers above and unclaimed sheets. Run over
 * every fixture (both corpora, the examples, the oracle's batch, the bad and hostile files, the CSV files) and over
 * generated sheets of each kind with the bench's shapes.
 */
import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { KINDS, detectSheet, locateHeader, type CellValue, type SheetGrid } from '../../templates/index.js';
import { HEADER_SEARCH_ROWS, headerWindows } from '../../templates/core/header.js';
import { bestWindow } from '../../templates/core/headers/locate.js';
import { headerWork } from '../../templates/core/headers/matcher.js';
import { applyMerges } from '../../templates/core/merges.js';
import { normaliseWorkbook } from '../../templates/core/raw-cells.js';
import { parseInput } from '../../pipeline/read/index.js';
import { header, records, type Shape } from '../../bench/generate.js';
import { seeded } from '../../bench/prng.js';
import { everyFixture } from '../two-paths/fixtures.js';
import { writeCsvCorpus } from '../fixtures/bad/csv-corpus.js';
import { exhaustiveBestWindow, exhaustiveDetectSheet, exhaustiveLocateHeader } from './exhaustive-search.js';

interface Named {
  name: string;
  grid: SheetGrid;
}

const fixtures: Named[] = [];
beforeAll(async () => {
  const files = await everyFixture({ csv: true });
  const dir = await mkdtemp(join(tmpdir(), 'psea-pruned-'));
  for (const [name, path] of Object.entries(await writeCsvCorpus(dir)))
    files.push({ name: `csv/${name}`, bytes: await readFile(path) });
  for (const { name, bytes } of files) {
    let sheets: SheetGrid[];
    try {
      sheets = normaliseWorkbook(await parseInput(bytes, name, name)).sheets;
    } catch {
      continue; // A file no reader opens has no header to find (the hostile corpus's damaged files).
    }
    for (const grid of sheets) fixtures.push({ name: `${name} › ${grid.name}`, grid });
  }
}, 300_000);

/** Title rows above a header, prose under it: the bench's shapes for every kind, at several heights and widths. */
function generated(): Named[] {
  const out: Named[] = [];
  const rand = seeded(1717);
  for (const kind of KINDS)
    for (const columns of [3, 6, 16, 40])
      for (const [minText, maxText] of [
        [5, 30],
        [300, 800],
      ])
        for (const above of [0, 2, 12, 28]) {
          const shape: Shape = { def: kind.def, columns, rows: 40, minText, maxText };
          const titles: CellValue[][] = Array.from({ length: above }, (_, i) =>
            i % 3 === 2 ? [] : [`Title line ${i}`, ...(i % 2 ? [`Office ${Math.floor(rand() * 9)}`] : [])],
          );
          const labels = header(shape);
          // Every other sheet splits its header over two rows: first word above, the rest below.
          const split = above % 4 === 2;
          const head: CellValue[][] = split
            ? [labels.map((l) => l.split(' ')[0]), labels.map((l) => l.split(' ').slice(1).join(' '))]
            : [labels];
          const rows = [...titles, ...head, ...records(shape, out.length)];
          out.push({ name: `${kind.def.kind} ${columns}×${maxText} below ${above}`, grid: { name: 'S', rows } });
        }
  // Headers two kinds compete for: one kind's first n labels beside another's first n + 1 (or n + 2).
  for (const a of KINDS)
    for (const b of KINDS)
      for (let n = 2; n <= 6 && a !== b; n++)
        for (const more of [1, 2]) {
          const labels = [
            ...header({ def: a.def, columns: n, rows: 0, minText: 0, maxText: 0 }),
            ...header({ def: b.def, columns: n + more, rows: 0, minText: 0, maxText: 0 }),
          ];
          const rows = [['Mixed'], labels, ...Array.from({ length: 8 }, (_, i) => labels.map((_, c) => i * c))];
          out.push({ name: `${a.def.kind} ${n} + ${b.def.kind} ${n + more}`, grid: { name: 'S', rows } });
        }
  return out;
}

/** What one search chose, in a form two searches can be compared by. */
const chosen = (d: ReturnType<typeof detectSheet>) => d && { kind: d.kind.def.kind, header: d.header };

function compare({ name, grid }: Named): { found: number } {
  let found = 0;
  const windows = headerWindows(grid);
  for (const kind of KINDS) {
    const oracle = exhaustiveLocateHeader(grid, kind.def);
    expect(locateHeader(grid, kind.def), `${name}: ${kind.def.kind}`).toEqual(oracle);
    expect(locateHeader(grid, kind.def, windows), `${name}: ${kind.def.kind}, shared windows`).toEqual(oracle);
    if (oracle) found++;
  }
  expect(chosen(detectSheet(grid, KINDS)), `${name}: kind`).toEqual(chosen(exhaustiveDetectSheet(grid, KINDS)));
  // The narrower searches: a header starting at one row (blocks.ts), the windows above a row (headerAbove), any
  // header at all (an unclaimed sheet's closest template).
  const rows = applyMerges(grid);
  for (const kind of KINDS) {
    const def = kind.def;
    for (let r = 0; r < Math.min(rows.length, 2 * HEADER_SEARCH_ROWS); r++)
      expect(bestWindow(def, rows, r, r + 1, def.minColumns), `${name}: ${def.kind} at row ${r}`).toEqual(
        exhaustiveBestWindow(def, rows, r, r + 1, def.minColumns),
      );
    const top = rows.slice(0, HEADER_SEARCH_ROWS);
    for (const min of [1, def.minColumns + 2])
      expect(bestWindow(def, top, 0, top.length, min), `${name}: ${def.kind}, at least ${min}`).toEqual(
        exhaustiveBestWindow(def, top, 0, top.length, min),
      );
  }
  return { found };
}

/** Header look-ups a search makes: the pruned one must make fewer, or it is not exercised. */
function lookups(run: () => void): number {
  const before = headerWork().lookups;
  run();
  return headerWork().lookups - before;
}

describe('the pruned header search', () => {
  it('chooses what the exhaustive search chooses on every fixture', () => {
    expect(fixtures.length).toBeGreaterThan(100);
    let found = 0;
    for (const f of fixtures) found += compare(f).found;
    // Both outcomes are exercised: sheets with a header for some kind, and many (kind, sheet) pairs without one.
    expect(found).toBeGreaterThan(100);
    expect(found).toBeLessThan(fixtures.length * KINDS.length);
  }, 600_000);

  it('chooses what the exhaustive search chooses on generated sheets of every kind', () => {
    const sheets = generated();
    let found = 0;
    for (const f of sheets) found += compare(f).found;
    expect(found).toBeGreaterThan(sheets.length);
  }, 300_000);

  it('looks up far fewer headers than the exhaustive search', () => {
    const sheets = generated().filter((s) => !s.name.includes(' + '));
    const fast = lookups(() => sheets.forEach((s) => detectSheet(s.grid, KINDS)));
    const slow = lookups(() => sheets.forEach((s) => exhaustiveDetectSheet(s.grid, KINDS)));
    console.log(`header look-ups over ${sheets.length} bench-shaped sheets: ${fast} pruned, ${slow} exhaustive`);
    expect(fast * 2).toBeLessThan(slow);
  });
});
