/**
 * Issue 15, "nothing dropped in silence" and "values read as the source tool wrote them", at the reader:
 * each file here is generated in a few kilobytes (test/fixtures/hostile/files.ts).
 * On the code before this change: prefixed SpreadsheetML, a worksheet outside xl/worksheets/ and a
 * user's sheet named Lists gave 0 rows and exit 0; 100 sheet entries on one part gave 20,000 rows from
 * 200; a shared-string index past the table read as blank with no finding; NaN and Infinity reached
 * consolidated.xlsx as numbers; t="d" read one day early east of UTC and as 2027 through exceljs;
 * <v>false</v> read as TRUE.
 */
import { describe, expect, it } from 'vitest';
import { KINDS, analyseWorkbook, normaliseWorkbook, type Finding, type WorkbookGrid } from '../../templates/index.js';
import { detectSheet } from '../../templates/core/workbook.js';
import { LISTS_MARKER } from '../../templates/core/blank.js';
import { buildTemplateWorkbook } from '../../pipeline/write/template.js';
import { parseInput } from '../../pipeline/read/index.js';
import { withEnv } from '../bad/xlsx-batch.js';
import * as hostile from '../fixtures/hostile/files.js';
import { packageBytes, sheetXml } from '../fixtures/hostile/workbook.js';

const READERS = [undefined, 'exceljs'] as const;

function read(bytes: Buffer, reader?: string, env: Record<string, string> = {}): Promise<WorkbookGrid> {
  return withEnv({ PSEA_READER: reader, ...env }, () => parseInput(bytes, 'x.xlsx', 'x.xlsx'));
}

function analyse(grid: WorkbookGrid) {
  const result = analyseWorkbook(grid, KINDS, { lang: 'en', asOf: '2026-11-23' });
  const findings: Finding[] = [...result.sheets.flatMap((s) => s.findings), ...result.findings];
  return { result, findings };
}

const recNos = (grid: WorkbookGrid) =>
  analyse(grid).result.sheets.flatMap((s) => s.records.map((r) => `${s.table.sheet}:${String(r.values.rec_no)}`));

describe('nothing dropped in silence', () => {
  it('reads SpreadsheetML written under a namespace prefix (<x:worksheet>, <x:c>, shared strings too)', async () => {
    const grid = await read(hostile.prefixedMatrix());
    expect(recNos(grid)).toEqual(['Matrix:1', 'Matrix:2']);
    expect(grid.sheets[0].rows[0][0]).toBe('Rec #');
  });

  it('finds a worksheet (and the workbook) where the relationships say, outside xl/worksheets/', async () => {
    expect(recNos(await read(hostile.sheetElsewhere()))).toEqual(['Matrix:1', 'Matrix:2']);
    expect(recNos(await read(hostile.workbookElsewhere()))).toEqual(['Matrix:1', 'Matrix:2']);
  });

  it('reads a part listed by 100 sheets once, says so, and counts the limits on what is read', async () => {
    const bytes = hostile.sharedPart(100);
    expect(bytes.length).toBeLessThan(12_000);
    const grid = await read(bytes, undefined, { PSEA_MAX_ROWS: '300' });
    expect(grid.sheets.map((s) => s.name)).toEqual(['Copy 1']);
    expect(analyse(grid).result.accounting.read).toBe(200);
    const notes = grid.notes!.filter((n) => n.rule === 'read.sheet-shared-part');
    expect(notes).toHaveLength(99);
    const { findings } = analyse(grid);
    expect(findings.find((f) => f.rule === 'read.sheet-shared-part')?.message).toBe(
      'Sheet "Copy 2" points at the same data as sheet "Copy 1" (the file was not saved by Excel); ' +
        'that data was read once, as "Copy 1".',
    );
  });

  it('counts rows and cells per workbook, over all its sheets', async () => {
    const xml = sheetXml(hostile.matrixRows(150));
    const two = packageBytes({
      sheets: [
        { name: 'A', xml },
        { name: 'B', xml: xml + ' ' },
      ],
    });
    await expect(read(two, undefined, { PSEA_MAX_ROWS: '300' })).rejects.toThrow(
      /more than 300 rows hold values \(the limit was reached in sheet "B"\)/,
    );
    await expect(read(two, 'exceljs', { PSEA_MAX_ROWS: '300' })).rejects.toThrow(/more than 300 rows hold values/);
    expect((await read(two, undefined, { PSEA_MAX_ROWS: '302' })).sheets).toHaveLength(2);
    // Rows a merged area fills count too: A3:A400 brings rows 4 to 400 into being.
    const merged = hostile.matrixPackage(hostile.matrixRows(), '<mergeCells><mergeCell ref="A3:A400"/></mergeCells>');
    await expect(read(merged, undefined, { PSEA_MAX_ROWS: '300' })).rejects.toThrow(/more than 300 rows hold values/);
    const spread = normaliseWorkbook(await read(merged, undefined, { PSEA_MAX_ROWS: '400' }));
    expect(spread.sheets[0].rows).toHaveLength(400);
  });

  it("reads a user's own sheet named Lists; skips the Lists sheets we write, by their mark", async () => {
    expect(recNos(await read(hostile.userLists()))).toEqual(['Lists:1', 'Lists:2']);
    for (const kind of KINDS) {
      const template = buildTemplateWorkbook(kind.def, 'en');
      const grid = await read(Buffer.from(await template.xlsx.writeBuffer()));
      const lists = grid.sheets.find((g) => g.name === 'Lists')!;
      expect(lists.rows[0].at(-1), kind.def.kind).toBe(LISTS_MARKER);
      expect(detectSheet(lists, KINDS), kind.def.kind).toBeUndefined();
      // The mark is what tells it: the mapping's lists, headed by field keys, read as a mapping without it.
      const unmarked = { ...lists, rows: [lists.rows[0].slice(0, -1), ...lists.rows.slice(1)] };
      if (kind.def.kind === 'mapping') expect(detectSheet(unmarked, KINDS)?.kind.def.kind).toBe('mapping');
    }
  });

  it('reports a shared-string index past the end of the table as a damaged file, naming the cell', async () => {
    const grid = await read(hostile.sharedStringPastEnd());
    const { findings } = analyse(grid);
    const damaged = findings.filter((f) => f.rule === 'read.shared-string-missing');
    expect(damaged).toHaveLength(1);
    expect(damaged[0]).toMatchObject({ severity: 'error', sheet: 'Matrix', cell: 'F4' });
    expect(damaged[0].message).toMatch(/^1 cell \(F4\) refers to a shared string the file does not hold/);
    expect(grid.sheets[0].rows[3][5]).toBeNull();
  });

  it('reports NaN and ±Infinity cells and reads them as empty, through either reader', async () => {
    for (const reader of READERS) {
      const { result, findings } = analyse(await read(hostile.nonFiniteNumbers(), reader));
      const odd = findings.filter((f) => f.rule === 'cell.not-a-number').map((f) => `${f.cell}=${f.value}`);
      expect(odd, reader).toEqual(['A4=NaN', 'F5=Infinity', 'G5=-Infinity', 'H5=Infinity']);
      const values = result.sheets[0].records.flatMap((r) => Object.values(r.values));
      expect(values.some((v) => typeof v === 'number' && !Number.isFinite(v))).toBe(false);
    }
  });
});

describe('values read as the source tool wrote them', () => {
  it('reads t="d" ISO cells as calendar dates and false/0 as FALSE, through either reader', async () => {
    for (const reader of READERS) {
      const rows = (await read(hostile.isoDatePlan(), reader)).sheets[0].rows;
      const days = rows.slice(1).map((r) => [r[3], r[4]].map((d) => (d instanceof Date ? d.toISOString() : d)));
      expect(days, reader).toEqual([
        ['2027-03-01T00:00:00.000Z', '2027-03-31T00:00:00.000Z'],
        ['2027-01-01T00:00:00.000Z', '2027-12-31T23:30:00.000Z'],
        ['2027-06-15T00:00:00.000Z', '2027-06-30T00:00:00.000Z'],
        ['2027-06-15T00:00:00.000Z', '2027-07-01T00:00:00.000Z'],
      ]);
      expect(
        rows.slice(1).map((r) => r[7]),
        reader,
      ).toEqual([false, true, false, true]);
    }
  });

  it('keeps a t="d" or t="b" cell that is neither as the text it is', async () => {
    const odd = hostile.matrixPackage(
      hostile.matrixRows() +
        '<row r="4"><c r="A4"><v>3</v></c><c r="N4" t="d"><v>next spring</v></c><c r="P4" t="b"><v>maybe</v></c></row>',
    );
    for (const reader of READERS) {
      const row = (await read(odd, reader)).sheets[0].rows[3];
      expect([row[13], row[15]], reader).toEqual(['next spring', 'maybe']);
    }
  });
});
