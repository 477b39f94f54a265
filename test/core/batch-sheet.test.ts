/**
 * Two paths agree: the rules across files and the tables give the same findings and tables from the sheets as a
 * streamed consolidation keeps them (batchSheet: no rows, state cut by its kind, cloned across threads as a worker
 * sends it) as from the whole sheets, on the examples and both corpora consolidated together.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { mkdtemp, readdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { serialize } from 'node:v8';
import { join } from 'node:path';
import { KINDS, analyseWorkbook, batchSheet, type SheetAnalysis } from '../../templates/index.js';
import { readInput } from '../../pipeline/read/index.js';
import { buildCorpus } from '../corpus/management-response/generate/index.js';

const OPTIONS = { lang: 'en' as const, asOf: '2026-06-30' };

async function filesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries
    .filter((e) => e.isFile() && /\.(xlsx|csv)$/.test(e.name))
    .map((e) => join(e.parentPath, e.name))
    .sort();
}

const sheets: SheetAnalysis[] = [];
beforeAll(async () => {
  const corpus = await mkdtemp(join(tmpdir(), 'psea-batch-sheet-'));
  await buildCorpus(corpus);
  const files = [
    ...(await filesUnder('examples')),
    ...(await filesUnder('test/corpus/inter-agency/files')),
    ...(await filesUnder(corpus)),
  ];
  for (const file of files) sheets.push(...analyseWorkbook(await readInput(file, file), KINDS, OPTIONS).sheets);
}, 120_000);

describe('what a streamed consolidation keeps of a sheet', () => {
  it('reads sheets of every kind', () => {
    expect(new Set(sheets.map((s) => s.kind))).toEqual(new Set(KINDS.map((k) => k.def.kind)));
  });

  for (const kind of KINDS)
    it(`gives ${kind.def.kind} the same findings and tables as the whole sheets`, () => {
      const own = sheets.filter((s) => s.kind === kind.def.kind);
      const whole = kind.consolidate(own, OPTIONS);
      const kept = kind.consolidate(structuredClone(own.map((s) => batchSheet(s, KINDS, OPTIONS))), OPTIONS);
      expect(kept.findings).toEqual(whole.findings);
      expect(kept.tables).toEqual(whole.tables);
    });

  it('keeps less than the whole state where a kind cuts it, and cutting twice changes nothing', () => {
    for (const kind of KINDS.filter((k) => k.batchState)) {
      const own = sheets.filter((s) => s.kind === kind.def.kind);
      // What crosses the threads: shared objects once, as structured clone sends them.
      const size = (x: unknown) => serialize(x).length;
      const cut = own.map((s) => batchSheet(s, KINDS, OPTIONS));
      expect(size(cut.map((s) => s.state)), kind.def.kind).toBeLessThan(size(own.map((s) => s.state)) * 0.8);
      expect(cut.map((s) => batchSheet(s, KINDS, OPTIONS).state)).toEqual(cut.map((s) => s.state));
    }
  });
});
