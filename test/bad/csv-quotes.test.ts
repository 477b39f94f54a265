/** A quote opened and never closed: one precise finding naming the CSV row; no row lost. */
import { describe, expect, it, beforeAll } from 'vitest';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { KINDS, analyseWorkbook } from '../../templates/index.js';
import { readInput } from '../../pipeline/read/index.js';
import { readCsv } from '../../pipeline/read/csv.js';
import { psea } from '../cli-run.js';
import { BROKEN_QUOTE, writeCsvCorpus } from '../fixtures/bad/csv-corpus.js';

let paths: Record<string, string>;
beforeAll(async () => {
  paths = await writeCsvCorpus(await mkdtemp(join(tmpdir(), 'psea-bad-quotes-')));
});

describe('CSV with an unbalanced quote', () => {
  it('keeps every row, reads the broken one with its quote as text, and names the row in a warning', async () => {
    const grid = await readInput(paths[BROKEN_QUOTE.name]);
    const analysis = analyseWorkbook(grid, KINDS, { lang: 'fr', asOf: '2026-11-23' });
    const records = analysis.sheets[0].records;
    expect(analysis.accounting).toMatchObject({ read: 3, consolidated: 3 });
    expect(records.map((r) => r.source.row)).toEqual([2, 3, 4]);
    expect(records[0].values.recommendation).toBe('Renforcer la coordination, l’œuvre commune');
    expect(records[1].values.recommendation).toBe('"Créer un mécanisme de plainte');
    expect(records[1].values.response).toBe('Accept');
    // The row after the broken one is read normally again, doubled quotes included.
    expect(records[2].values.key_actions).toBe('Revue "à mi-parcours"');
    const quote = analysis.findings.filter((f) => f.rule === 'read.csv-unclosed-quote');
    expect(quote).toHaveLength(1);
    expect(quote[0]).toMatchObject({
      severity: 'warning',
      file: paths[BROKEN_QUOTE.name],
      sheet: 'unclosed-quote',
      row: BROKEN_QUOTE.brokenRow,
    });
    expect(quote[0].message).toMatch(/^Ligne CSV 3 : un guillemet/);
  });

  it('a sound file with quoted delimiters, doubled quotes and line breaks in a cell has no such finding', () => {
    const text = 'a,b\r\n"x, y","say ""hi"""\r\n"two\r\nlines",z\r\n';
    const grid = readCsv(Buffer.from(text), 'sound.csv', 'sound');
    expect(grid.sheets[0].rows).toEqual([
      ['a', 'b'],
      ['x, y', 'say "hi"'],
      ['two\nlines', 'z'],
    ]);
    expect(grid.notes).toBeUndefined();
  });

  it('a quote closed then followed by text, and a quote left open on the last line, are each one finding', () => {
    const grid = readCsv(Buffer.from('a;b\n"x"y;1\n2;3\n4;"open\n'), 'f.csv', 'f');
    expect(grid.sheets[0].rows).toEqual([
      ['a', 'b'],
      ['"x"y', '1'],
      ['2', '3'],
      ['4', '"open'],
    ]);
    expect(grid.notes?.map((n) => n.row)).toEqual([2, 4]);
  });

  it('the CLI reads the file, warns on one line per problem, and exits 0 (warnings only)', async () => {
    const result = await psea('validate', paths[BROKEN_QUOTE.name]);
    expect(result.code).toBe(0);
    const lines = result.stdout.trim().split('\n');
    expect(lines).toEqual([
      expect.stringMatching(
        new RegExp(
          String.raw`^WARNING .*unclosed-quote\.csv › unclosed-quote › row 3: ` +
            'CSV row 3: a quote opens a value and is not closed properly',
        ),
      ),
      '1 file: 0 errors, 1 warning, 0 info',
    ]);
    expect(result.stderr).toBe('');
  });
});
