/**
 * Issue 17: the gap and good-practice registers of tables.json list their first REGISTER_ROWS input rows and count
 * the rest (rows_shown), so a 100,000-row sheet no longer carries 100,000 entries twice into every output; every row
 * stays in the records. The batch's cut state (no register text past the cap) gives the same tables as whole sheets.
 */
import { describe, expect, it } from 'vitest';
import { KINDS, analyseWorkbook, batchSheet, type SheetAnalysis } from '../../templates/index.js';
import { REGISTER_ROWS } from '../../templates/mapping/pairs.js';
import type { MappingTables } from '../../templates/mapping/tables.js';
import { header, records } from '../../bench/generate.js';

const OPTIONS = { lang: 'en' as const, asOf: '2026-06-30' };
const mapping = KINDS.find((k) => k.def.kind === 'mapping')!;

function analysed(rows: number, files: number) {
  const shape = { def: mapping.def, columns: 16, rows: rows + 1, minText: 10, maxText: 40 };
  const cells = [...records(shape, 11)];
  const head = header(shape);
  const per = Math.ceil(cells.length / files);
  const sheets: SheetAnalysis[] = [];
  for (let f = 0; f < files; f++) {
    const grid = { name: 'Mapping', rows: [head, ...cells.slice(f * per, (f + 1) * per)] };
    sheets.push(...analyseWorkbook({ file: `f${f}.xlsx`, sheets: [grid] }, [mapping], OPTIONS).sheets);
  }
  const column = (key: string) => head.indexOf(mapping.def.fields.find((d) => d.key === key)!.label.en);
  const filled = (key: string) => (row: unknown[]) => row[column(key)] !== null && row[column(key)] !== '';
  const gapRows = cells.filter((r) => filled('gaps')(r) || filled('planned_action')(r)).length;
  const practiceRows = cells.filter(filled('good_practice')).length;
  return { sheets, gapRows, practiceRows };
}

describe('per-row registers of the mapping tables', () => {
  it('list the first rows and count every one when there are more than the cap', () => {
    const { sheets, gapRows, practiceRows } = analysed(REGISTER_ROWS * 2 + 300, 2);
    expect(gapRows).toBeGreaterThan(REGISTER_ROWS);
    const tables = mapping.consolidate(sheets, OPTIONS).tables as MappingTables;
    expect(tables.gap_register).toHaveLength(REGISTER_ROWS);
    expect(tables.rows_shown?.gap_register).toEqual({ shown: REGISTER_ROWS, total: gapRows, every_row_in: 'records' });
    expect(tables.rows_shown?.good_practice?.total).toBe(practiceRows);
    // The first rows in input order, and every register row's text in the records.
    const rows = tables.gap_register.map((g) => `${g.source_file}:${g.source_row}`);
    const sorted = [...rows].sort((a, b) => a.localeCompare(b, 'en', { numeric: true }));
    expect(rows).toEqual(sorted);
    expect(rows[0]).toBe('f0.xlsx:2');
    const withGap = sheets.flatMap((s) => s.records).filter((r) => r.values.gaps || r.values.planned_action);
    expect(withGap).toHaveLength(gapRows);
  });

  it('cut for the batch, give the same findings and tables as the whole sheets', () => {
    const { sheets } = analysed(REGISTER_ROWS * 3, 2);
    const whole = mapping.consolidate(sheets, OPTIONS);
    const cut = structuredClone(sheets.map((s) => batchSheet(s, KINDS, OPTIONS)));
    const kept = mapping.consolidate(cut, OPTIONS);
    expect(kept.tables).toEqual(whole.tables);
    expect(kept.findings).toEqual(whole.findings);
    expect(cut.map((s) => batchSheet(s, KINDS, OPTIONS).state)).toEqual(cut.map((s) => s.state));
  });

  it('are whole, with no rows_shown, at or under the cap', () => {
    const { sheets, gapRows } = analysed(REGISTER_ROWS / 2, 1);
    const tables = mapping.consolidate(sheets, OPTIONS).tables as MappingTables;
    expect(tables.gap_register).toHaveLength(gapRows);
    expect(tables.rows_shown).toBeUndefined();
  });
});
