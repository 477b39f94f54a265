/** CSV in every encoding, delimiter and line-ending style: the same records, to the letter. */
import { describe, expect, it, beforeAll } from 'vitest';
import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { KINDS, analyseWorkbook, cellText, type Finding } from '../../templates/index.js';
import { readInput } from '../../pipeline/read/index.js';
import { csvCases, writeCsvCorpus, FR_MATRIX, ES_MAPPING, type CsvCase } from '../fixtures/bad/csv-corpus.js';
import { decodeText } from '../../pipeline/read/text-encoding.js';

let paths: Record<string, string>;
beforeAll(async () => {
  paths = await writeCsvCorpus(await mkdtemp(join(tmpdir(), 'psea-bad-csv-')));
});

async function analyse(c: CsvCase) {
  const grid = await readInput(paths[c.name]);
  const analysis = analyseWorkbook(grid, KINDS, { lang: 'en', asOf: '2026-11-23' });
  const findings: Finding[] = [...analysis.sheets.flatMap((s) => s.findings), ...analysis.findings];
  return { grid, analysis, findings };
}

describe('CSV encodings, delimiters and line endings', () => {
  it(
    'covers UTF-8 with BOM, UTF-16 LE/BE with and without BOM, Windows-1252, semicolons, tabs ' +
      'and mixed line endings',
    () => {
      const names = csvCases().map((c) => c.name);
      expect(names).toEqual(
        expect.arrayContaining([
          'utf8-bom.csv',
          'utf16le-bom.csv',
          'utf16be-bom.csv',
          'utf16le-nobom.csv',
          'windows-1252-semicolon.csv',
          'utf8-semicolon.csv',
          'utf8-tab.tsv',
          'mixed-line-endings.csv',
        ]),
      );
    },
  );

  for (const c of csvCases()) {
    it(`${c.name}: every cell comes through exactly, as records of its template`, async () => {
      const { grid, analysis, findings } = await analyse(c);
      const cells = grid.sheets[0].rows.map((row) => row.map((v) => cellText(v)));
      expect(cells).toEqual(c.rows);
      const text = cells.flat().join(' ');
      const letters = c.rows === FR_MATRIX ? ['é', 'ñ', 'ç', 'œ', '€', '’'] : ['ñ', 'ó', '€', '’'];
      for (const ch of letters) expect(text).toContain(ch);

      const kind = c.rows === ES_MAPPING ? 'mapping' : 'management-response';
      expect(analysis.sheets.map((s) => s.kind)).toEqual([kind]);
      expect(analysis.accounting).toMatchObject({ read: c.rows.length - 1, consolidated: c.rows.length - 1 });
      expect(findings.filter((f) => f.rule.endsWith('unknown-column'))).toEqual([]);
      const notes = findings.filter((f) => f.rule.startsWith('read.'));
      if (c.expectNote) {
        expect(notes).toHaveLength(1);
        expect(notes[0]).toMatchObject({ rule: c.expectNote, severity: 'info', file: paths[c.name] });
        expect(notes[0].message).toMatch(/not valid UTF-8; it was read as Windows-1252/);
      } else {
        expect(notes).toEqual([]);
      }
    });
  }

  it('keeps the text of a record exactly, accents included', async () => {
    const { analysis } = await analyse(csvCases().find((c) => c.name === 'windows-1252-semicolon.csv')!);
    const first = analysis.sheets[0].records[0];
    expect(first.values.recommendation).toBe('Renforcer la coordination PEAS, y compris l’œuvre des points focaux');
    expect(first.values.key_actions).toBe('Former 40 agents ; budget 5 000 €');
    expect(first.source).toMatchObject({ row: 2 });
  });

  it('tells UTF-8 from Windows-1252 and UTF-16 by the bytes alone', async () => {
    expect(decodeText(Buffer.from('Réponse €', 'utf8'))).toMatchObject({
      text: 'Réponse €',
      encoding: 'utf-8',
      guessed: false,
    });
    expect(decodeText(Uint8Array.from([0x52, 0xe9, 0x80]))).toMatchObject({
      text: 'R\u00e9€',
      encoding: 'windows-1252',
      guessed: true,
    });
    expect(decodeText(Buffer.from('N°,Réponse', 'utf16le'))).toMatchObject({
      text: 'N°,Réponse',
      encoding: 'utf-16le',
    });
    // Plain ASCII is valid UTF-8, and an empty file decodes to nothing.
    expect(decodeText(Buffer.from('a,b'))).toMatchObject({ text: 'a,b', encoding: 'utf-8' });
    expect(decodeText(new Uint8Array())).toMatchObject({ text: '', encoding: 'utf-8' });
    // The inputs are never modified by reading.
    const before = await readFile(paths['utf16le-bom.csv']);
    await readInput(paths['utf16le-bom.csv']);
    expect(await readFile(paths['utf16le-bom.csv'])).toEqual(before);
  });
});
