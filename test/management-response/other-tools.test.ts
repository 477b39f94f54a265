/** A matrix written by openpyxl (not exceljs), in French, read through the pipeline's reader. */
import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { KINDS, analyseWorkbook } from '../../templates/index.js';
import { readInput } from '../../pipeline/read/index.js';
import { IOM_PROFILE } from '../helpers.js';

describe('a French matrix written by openpyxl', () => {
  it('is recognised, read with its merges, and validated', async () => {
    const grid = await readInput(join(process.cwd(), 'test/fixtures/matrice-openpyxl-fr.xlsx'), 'matrice.xlsx');
    // The fixture is the 2023 IOM matrix in French: its units are IOM's.
    const result = analyseWorkbook(grid, KINDS, { lang: 'fr', asOf: '2026-11-23', profile: IOM_PROFILE });
    const [sheet] = result.sheets;
    expect(sheet.kind).toBe('management-response');
    expect(sheet.table.header.rows).toEqual([2]);
    expect(result.accounting).toEqual({ read: 6, consolidated: 4, setAside: { blank: 1, note: 1 } });
    const point = sheet.records[2];
    expect(point.values).toMatchObject({
      rec_no: 2,
      point: 'b',
      recommendation: 'Former les partenaires',
      response: 'Not accept',
    });
    expect(point.derived.response_rollup).toBe('Partially accept');
    const findings = sheet.findings.map((f) => `${f.rule}@${f.cell ?? f.row}`);
    expect(findings).toEqual(
      expect.arrayContaining([
        'cell.value-normalised@H5', // "Accepté" is an alias, "Acceptée" the label
        'cell.value-normalised@K5', // "ouvert" → in progress ("en cours", K7, is its French label)
        'management-response.rationale-missing@I7', // Partially accept without a rationale
        'management-response.unit-unknown@F7', // DRH is the French for DHR
        'layout.row-set-aside@9',
      ]),
    );
    expect(sheet.findings.find((f) => f.cell === 'F7')).toMatchObject({
      suggestion: 'DHR',
      message: 'Le code d’unité « DRH » ne figure pas dans la liste des unités.',
    });
    expect(sheet.findings.filter((f) => f.severity === 'error').map((f) => f.rule)).toEqual([
      'management-response.rationale-missing',
    ]);
  });
});
