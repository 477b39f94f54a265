/** The pane's read on the fake Excel, at a given ExcelApi level: what an older Excel can and cannot tell it. */
import { analyseGrids } from '../../../addin/src/compute.js';
import { readWorkbook } from '../../../addin/src/excel/read.js';
import { FakeWorkbook, fakeHost } from '../../addin/fake-excel.js';
import { CASE_OPTIONS, type CaseInput } from '../tester.js';
import { matrixRows } from '../../addin/fixtures.js';

/** A two-recommendation matrix whose title row is merged across, read by an Excel at ExcelApi 1.`minor`. */
export function paneRead(minor: number): CaseInput {
  return {
    run: async () => {
      const wb = new FakeWorkbook({ Matrix: matrixRows(2) });
      wb.sheet('Matrix')!.merge('A1:D1');
      wb.apiMinor = minor;
      const read = await readWorkbook(fakeHost(wb));
      const result = analyseGrids('pane.xlsx', read.grids, {
        ...CASE_OPTIONS,
        date1904: read.date1904,
        notes: read.notes,
      });
      return { findings: result.findings, lookedAt: result.analysis.sheets.length > 0 };
    },
  };
}
