/**
 * The bundled mapping examples, read through the pipeline: the expected coverage is computed
 * here from examples/source/mapping-2026.json (the facts the files were built from), not from output.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { consolidate, type Consolidation } from '../../pipeline/consolidate.js';
import { expandInputs } from '../../pipeline/inputs.js';
import type { MappingTables } from '../../templates/mapping/tables.js';
import { only } from './fixtures.js';

interface SourceFile {
  file: string;
  agency: string;
  agency_typed: string;
  statuses: string;
  slips: { agency_typed?: Record<string, string>; status_typed?: Record<string, string>; no_timeline?: string[] };
  extra_rows?: { agency: string; standard: string; status: string }[];
}
const source = JSON.parse(readFileSync(join(process.cwd(), 'examples/source/mapping-2026.json'), 'utf8')) as {
  standards: string[];
  files: SourceFile[];
};
const STATUS: Record<string, string> = { P: 'In place', I: 'In progress', N: 'Not in place', A: 'Not applicable' };

/**
 * Unicef, PAM, ACNUR and PNUD are spellings of their agency; UNFAP is the one misspelling: it is reported and counted
 * under the agency it suggests (UNFPA), never as an agency of its own.
 */
function key(_typed: string, agency: string): string {
  return agency;
}

/** Every (agency, standard, status, file) the sources say, in the order the pipeline reads files (sorted paths). */
function sourceRows() {
  const rows: { agency: string; standard: string; status: string; file: string }[] = [];
  for (const f of [...source.files].sort((a, b) => a.file.localeCompare(b.file))) {
    source.standards.forEach((standard, i) => {
      const letter = f.statuses[i];
      if (letter !== '-')
        rows.push({
          agency: key(f.slips.agency_typed?.[standard] ?? f.agency_typed, f.agency),
          standard,
          status: STATUS[letter],
          file: f.file,
        });
    });
    for (const extra of f.extra_rows ?? [])
      rows.push({ agency: extra.agency, standard: extra.standard, status: STATUS[extra.status], file: f.file });
  }
  return rows;
}

let result: Consolidation;
let tables: MappingTables;
beforeAll(async () => {
  const { files } = await expandInputs(['examples/mapping']);
  result = await consolidate(files, { lang: 'en', asOf: '2026-11-23' });
  tables = result.kinds.find((k) => k.kind === 'mapping')!.tables as MappingTables;
});

describe('mapping examples', () => {
  it('reads every file as a mapping and consolidates every row', () => {
    expect(result.analyses).toHaveLength(source.files.length);
    expect(result.analyses.every((a) => a.sheets.length === 1 && a.sheets[0].kind === 'mapping')).toBe(true);
    expect(result.accounting.consolidated).toBe(sourceRows().length);
  });

  it('coverage is exactly the first status reported for each agency and standard', () => {
    const expected: Record<string, Record<string, string>> = {};
    for (const row of sourceRows()) {
      const agency = (expected[row.agency] ??= {});
      if (!(row.standard in agency)) agency[row.standard] = row.status;
    }
    expect(tables.coverage).toEqual(expected);
  });

  it('share in place by area leaves out Not applicable', () => {
    const seen = new Set<string>();
    let inPlace = 0,
      total = 0;
    for (const row of sourceRows()) {
      const pair = `${row.agency}|${row.standard}`;
      if (seen.has(pair)) continue;
      seen.add(pair);
      if (!['MOS-6', 'MOS-7', 'KPA-5', 'KPA-7'].includes(row.standard) || row.status === 'Not applicable') continue;
      total++;
      if (row.status === 'In place') inPlace++;
    }
    expect(tables.in_place_by_area.Prevention).toEqual({
      in_place: inPlace,
      total,
      share: Math.round((inPlace / total) * 10000) / 10000,
    });
  });

  it('the cross-file duplicate is a conflict naming both files and both values', () => {
    const conflicts = only(result.findings, 'mapping.conflict');
    expect(conflicts).toHaveLength(1);
    expect(conflicts[0].params).toMatchObject({
      agency: 'IOM',
      standard: 'MOS-5',
      value1: 'In place',
      value2: 'In progress',
      file1: 'examples/mapping/iom.xlsx',
      file2: 'examples/mapping/ohchr.xlsx',
    });
  });

  it('completeness lists the standards each agency leaves out, and nothing for complete agencies', () => {
    const incomplete = Object.fromEntries(
      only(result.findings, 'mapping.incomplete').map((f) => [f.params.agency, f.params.missing]),
    );
    const expected: Record<string, string> = {};
    for (const f of source.files) {
      const covered = new Set(
        sourceRows()
          .filter((r) => r.agency === f.agency)
          .map((r) => r.standard),
      );
      // Each agency is asked for the sets its file uses: MOS-PSEA alone, or with the key actions.
      const sets = ['MOS-', ...(f.statuses.slice(8).replace(/-/g, '') ? ['KPA-'] : [])];
      const missing = source.standards.filter((s) => sets.some((p) => s.startsWith(p)) && !covered.has(s));
      if (missing.length) expected[f.agency] = missing.join(', ');
    }
    expect(incomplete).toEqual(expected);
    expect(Object.keys(expected).sort()).toEqual(['WFP']);
  });

  it('the slips are found: misspelt agency, hand-typed statuses, missing timeline', () => {
    expect(only(result.findings, 'mapping.agency-unknown').map((f) => [f.value, f.suggestion])).toEqual([
      ['UNFAP', 'UNFPA'],
    ]);
    const typed = only(result.findings, 'cell.value-normalised')
      .filter((f) => f.field === 'status')
      .map((f) => f.value)
      .sort();
    // "en cours" is the French label in lower case: the label itself, not a slip (issue 18).
    expect(typed).toEqual(['ongoing']);
    const noTimeline = only(result.findings, 'mapping.timeline-missing');
    expect(noTimeline).toHaveLength(1);
    expect(noTimeline[0].file).toBe('examples/mapping/unfpa.xlsx');
  });

  it('gap and good-practice registers carry provenance', () => {
    const open = sourceRows().filter((r) => r.status === 'In progress' || r.status === 'Not in place');
    expect(tables.gap_register).toHaveLength(open.length);
    for (const entry of tables.gap_register) expect(entry.source_file).toMatch(/^examples\/mapping\/.+\.xlsx$/);
    expect(tables.good_practice.every((g) => g.standard === 'MOS-3' || g.standard === 'KPA-5')).toBe(true);
  });
});
