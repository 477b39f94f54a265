/** Awkward but valid header layouts, in both template families: data kept, every oddity a finding on its cell. */
import { describe, expect, it, beforeAll } from 'vitest';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { KINDS, analyseWorkbook, type Finding } from '../../templates/index.js';
import { readInput } from '../../pipeline/read/index.js';
import { layoutCases, writeLayoutCorpus, type LayoutCase } from '../fixtures/bad/layout-corpus.js';

let paths: Record<string, string>;
beforeAll(async () => {
  paths = await writeLayoutCorpus(await mkdtemp(join(tmpdir(), 'psea-bad-layout-')));
});

const byName = (name: string) => layoutCases().find((c) => c.name === name)!;

async function analyse(c: LayoutCase, lang: 'en' | 'fr' | 'es' = 'en') {
  const analysis = analyseWorkbook(await readInput(paths[c.name]), KINDS, { lang, asOf: '2026-11-23' });
  const findings: Finding[] = [...analysis.sheets.flatMap((s) => s.findings), ...analysis.findings];
  return { analysis, findings, records: analysis.sheets.flatMap((s) => s.records) };
}

describe('layouts: every record read, in every case', () => {
  for (const c of layoutCases()) {
    it(`${c.name}: read as ${c.kind}, ${c.records.length} record(s), values as expected`, async () => {
      const { analysis, records } = await analyse(c);
      expect(analysis.sheets.map((s) => s.kind)).toEqual([c.kind]);
      expect(analysis.accounting).toMatchObject({ read: c.records.length, consolidated: c.records.length });
      expect(records.map((r) => r.values)).toEqual(
        c.records.map((expected) =>
          expect.objectContaining(
            Object.fromEntries(
              Object.entries(expected).map(([k, v]) => [
                k,
                typeof v === 'string' ? expect.stringMatching(new RegExp(`^${v}$`, 'i')) : v,
              ]),
            ),
          ),
        ),
      );
    });
  }
});

describe('merged header cells', () => {
  it(
    'a title merged across, header cells merged down two rows and a group merged over two ' +
      'sub-headers are read as one header',
    async () => {
      const { findings, records } = await analyse(byName('merged-header.xlsx'));
      expect(findings.filter((f) => f.severity !== 'info')).toEqual([]);
      expect(records.map((r) => r.source.row)).toEqual([4, 5]);
      expect(records[0].values.comment_t2).toBe('Done in March');
    },
  );
});

describe('French and Spanish headers', () => {
  for (const name of ['matrix-fr.xlsx', 'matrix-es.xlsx', 'mapping-fr.xlsx', 'mapping-es.xlsx']) {
    it(`${name}: every column known, no column finding`, async () => {
      const c = byName(name);
      const { findings, analysis } = await analyse(c);
      expect(findings.filter((f) => /-column$/.test(f.rule))).toEqual([]);
      const header = c.sheets[0].rows[0];
      expect(analysis.sheets[0].table.header.columns.map((col) => col.field)).toHaveLength(header.length);
      expect(analysis.sheets[0].table.unknownColumns).toEqual([]);
    });
  }
});

describe('duplicate headers', () => {
  for (const name of ['duplicate-header.xlsx', 'mapping-duplicate-header.xlsx']) {
    const title =
      `${name}: one finding on the ignored cell naming both columns and which is read; ` + 'its values kept as extra';
    it(title, async () => {
      const c = byName(name);
      const { findings, records } = await analyse(c);
      const dup = findings.filter((f) => f.rule === 'layout.duplicate-column');
      expect(dup).toHaveLength(1);
      const [used, ignored] = c.kind === 'mapping' ? ['C', 'E'] : ['C', 'F'];
      expect(dup[0]).toMatchObject({
        severity: 'warning',
        cell: `${ignored}1`,
        row: 1,
        params: { used, column: ignored },
      });
      expect(dup[0].message).toContain(
        `in column ${used} "${c.sheets[0].rows[0][2]}" and in column ${ignored} ` +
          `"${c.sheets[0].rows[0][c.kind === 'mapping' ? 4 : 5]}"; ` +
          `column ${used} is read`,
      );
      const ignoredValue = c.sheets[0].rows[1][c.kind === 'mapping' ? 4 : 5];
      expect(Object.values(records[0].extra ?? {})).toEqual([ignoredValue]);
    });
  }

  it('the message comes in French and Spanish too', async () => {
    const fr = (await analyse(byName('duplicate-header.xlsx'), 'fr')).findings.find(
      (f) => f.rule === 'layout.duplicate-column',
    )!;
    const es = (await analyse(byName('duplicate-header.xlsx'), 'es')).findings.find(
      (f) => f.rule === 'layout.duplicate-column',
    )!;
    expect(fr.message).toMatch(
      /^Le champ « response » figure dans la colonne C « Management response » et dans la colonne F « Response »/,
    );
    expect(es.message).toMatch(
      /^El campo «response» aparece en la columna C «Management response» y en la columna F «Response»/,
    );
  });
});

describe('extra columns', () => {
  it(
    'each column of its own is a finding on its header cell, and its non-blank values travel with ' + 'the record',
    async () => {
      const { findings, records } = await analyse(byName('extra-columns.xlsx'));
      const unknown = findings.filter((f) => f.rule === 'layout.extra-column');
      expect(unknown.map((f) => [f.cell, f.value])).toEqual([
        ['F1', 'Budget (€)'],
        ['G1', 'Notes internes'],
      ]);
      expect(unknown[0].message).toBe(
        'Column F "Budget (€)" is none of the template\'s fields; its values are kept as an extra column of the ' +
          'outputs, unchecked.',
      );
      expect(records[0].extra).toEqual({ 'Budget (€)': 12000, 'Notes internes': 'à revoir' });
      expect(records[1].extra).toBeUndefined();
    },
  );

  it('the mapping keeps its extra column too', async () => {
    const { findings, records } = await analyse(byName('mapping-extra-columns.xlsx'));
    expect(findings.filter((f) => f.rule === 'layout.extra-column').map((f) => f.cell)).toEqual(['E1']);
    expect(records[0].extra).toEqual({ Donor: 'ECHO' });
  });
});
