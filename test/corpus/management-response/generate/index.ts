/**
 * Builds the management-response corpus into a folder: every layout written by its tool (exceljs, openpyxl, CSV),
 * the committed LibreOffice re-saves copied beside them, and expected.json, the manifest of what each file holds.
 *   import { buildCorpus } from './test/corpus/management-response/generate/index.js';
 *   const { manifest } = await buildCorpus('/tmp/corpus');
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ExpectedFile, WorkbookSpec } from './model.js';
import { LAYOUTS, RESAVED } from './layouts/index.js';
import { CORPUS_DIR } from './paths.js';
import { writeCsv } from './write-csv.js';
import { writeWithExceljs } from './write-exceljs.js';

export { CORPUS_DIR } from './paths.js';
export const PYTHON = process.env.PSEA_PYTHON ?? '/usr/bin/python3';

export interface Corpus {
  specs: WorkbookSpec[];
  manifest: ExpectedFile[];
}

/** The layouts as specs (no files written). */
export const corpusSpecs = (): WorkbookSpec[] => LAYOUTS.map((layout) => layout());

/** The expectation of a LibreOffice re-save: the source's, with the file and tool it now has. */
function resavedExpectation(source: ExpectedFile, file: string): ExpectedFile {
  return { ...source, file, tool: 'libreoffice', derived_from: source.file };
}

const jsonCell = (v: unknown) => (v instanceof Date ? { $date: v.toISOString().slice(0, 10) } : v);

/** `resaved: false` leaves out the LibreOffice copies (libreoffice/resave.sh builds them from this output). */
export async function buildCorpus(outDir: string, opts: { resaved?: boolean } = {}): Promise<Corpus> {
  mkdirSync(outDir, { recursive: true });
  const specs = corpusSpecs();
  for (const spec of specs) {
    if (spec.tool === 'exceljs') await writeWithExceljs(spec, join(outDir, spec.file));
    if (spec.tool === 'csv') writeCsv(spec, join(outDir, spec.file));
  }
  const py = specs.filter((s) => s.tool === 'openpyxl');
  const specPath = join(outDir, '.openpyxl-specs.json');
  const plain = py.map((s) => ({
    file: s.file,
    sheets: s.sheets.map((sh) => ({ ...sh, rows: sh.rows.map((r) => r.map(jsonCell)) })),
  }));
  if (plain.length > 0) {
    writeFileSync(specPath, JSON.stringify(plain));
    execFileSync(PYTHON, [join(CORPUS_DIR, 'generate', 'write_openpyxl.py'), specPath, outDir]);
    rmSync(specPath);
  }
  const manifest = specs.map((s) => s.expected);
  for (const [source, file] of opts.resaved === false ? [] : RESAVED) {
    copyFileSync(join(CORPUS_DIR, 'libreoffice', file), join(outDir, file));
    manifest.push(resavedExpectation(specs.find((s) => s.file === source)!.expected, file));
  }
  writeFileSync(join(outDir, 'expected.json'), JSON.stringify(manifest, null, 1) + '\n');
  return { specs, manifest };
}
