/**
 * Issue 15: no parse of ours is worse than linear. Each file repeats an unterminated opening 400,000 times
 * in one part (a few kilobytes zipped): a backtracking regular expression or a rescan from each opening
 * takes time n² there (100,000 <mergeCell took 34 s before this change; 400,000 would take nine minutes).
 * They are read in one batch under a per-file budget of 20 s, itself killed after 60 s: a quadratic
 * regression fails, it cannot hang the suite.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import * as hostile from '../fixtures/hostile/files.js';
import { packageBytes, sheetXml, type PackageSpec } from '../fixtures/hostile/workbook.js';
import { freshDir, recordSources } from '../bad/xlsx-batch.js';
import { pseaBounded } from './bounded.js';

const N = 400_000;

/** A matrix whose part `part` gets `text` spliced in before its closing tag `close`. */
function spliced(part: string, close: string, text: string, more: Partial<PackageSpec> = {}) {
  return packageBytes({
    sheets: [{ name: 'Matrix', xml: sheetXml(hostile.matrixRows()) }],
    ...more,
    transform: (xml, path) => (path === part ? xml.replace(close, text + close) : xml),
  });
}

const STYLES =
  '<?xml version="1.0"?><styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">' +
  '<numFmts count="1"><numFmt numFmtId="164" formatCode="FORMAT"/></numFmts>' +
  '<cellXfs count="2"><xf numFmtId="0"/><xf numFmtId="164"/></cellXfs></styleSheet>';

const CASES: Record<string, () => Buffer> = {
  'merge-cells.xlsx': () => hostile.unterminatedMerges(N),
  'merge-cells-closed-far.xlsx': () =>
    hostile.matrixPackage(hostile.matrixRows(), '<mergeCells>' + '<mergeCell '.repeat(N) + '/>'),
  'sheet-entries.xlsx': () => spliced('xl/workbook.xml', '</sheets>', '<sheet '.repeat(N)),
  'relationships.xlsx': () => spliced('xl/_rels/workbook.xml.rels', '</Relationships>', '<Relationship '.repeat(N)),
  'dimension.xlsx': () =>
    packageBytes({ sheets: [{ name: 'Matrix', xml: sheetXml(hostile.matrixRows(), '', '<dimension '.repeat(N)) }] }),
  'shared-strings.xlsx': () =>
    spliced('xl/sharedStrings.xml', '</sst>', '<si><t>a'.repeat(N), {
      sharedStrings:
        '<?xml version="1.0"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">' +
        '<si><t>x</t></si></sst>',
    }),
  'cell-styles.xlsx': () =>
    spliced('xl/styles.xml', '</cellXfs>', '<xf '.repeat(N), { styles: STYLES.replace('FORMAT', '0') }),
  'format-code.xlsx': () =>
    packageBytes({
      sheets: [
        { name: 'Matrix', xml: sheetXml(hostile.matrixRows() + '<row r="4"><c r="A4" s="1"><v>3</v></c></row>') },
      ],
      styles: STYLES.replace('FORMAT', '['.repeat(N)),
    }),
  'entities.xlsx': () =>
    hostile.matrixPackage(
      hostile.matrixRows() + `<row r="4"><c r="F4" t="inlineStr"><is><t>${'&#x1'.repeat(N)}</t></is></c></row>`,
    ),
  'attribute-name.xlsx': () => spliced('xl/workbook.xml', '</sheets>', `<sheet ${'a'.repeat(4 * N)}/>`),
};

let files: string[];

beforeAll(async () => {
  const dir = await freshDir('hostile-linear');
  files = [];
  for (const [name, make] of Object.entries(CASES)) {
    const bytes = make();
    expect(bytes.length, name).toBeLessThan(64_000);
    files.push(await hostile.save(dir, name, bytes));
  }
});

describe('no parse worse than linear', () => {
  it('reads every part with 400,000 unterminated openings well inside its budget', async () => {
    const out = `${files[0]}-out`;
    const args = ['consolidate', ...files, '--out', out, '--quiet'];
    const run = await pseaBounded(60_000, args, { PSEA_MAX_SECONDS: '20' });
    expect(run.timedOut, `killed after ${run.ms} ms`).toBe(false);
    expect(run.stderr).toBe('');
    // Every file is read, its matrix consolidated: none is stopped for its time.
    expect((await recordSources(out)).sort()).toEqual([...files].sort());
  }, 90_000);
});
