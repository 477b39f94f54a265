/**
 * Issue 15 (CSV) and issue 11's split row. Before this change: 8,000 rows each with an unclosed quote
 * refused the whole file ("Maximum call stack size exceeded", after memory grew with the square);
 * PSEA_MAX_ROWS did not apply to CSV (a 56 MB CSV ran 300 s); a 540 MB single field aborted Node
 * (FATAL ERROR in DecodeLatin1); a row split by an unquoted ";" lost its last value with no finding.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { createWriteStream } from 'node:fs';
import { readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { once } from 'node:events';
import { KINDS, analyseWorkbook } from '../../templates/index.js';
import { readCsv } from '../../pipeline/read/csv.js';
import { scanCsv } from '../../pipeline/read/csv-scan.js';
import { readLimits } from '../../pipeline/read/limits.js';
import { freshDir, withEnv } from '../bad/xlsx-batch.js';
import { save } from '../fixtures/hostile/files.js';
import { pseaBounded } from './bounded.js';

const HEADER = 'Rec #,Recommendation,Management response,Responsible unit(s),Key actions';

/** Lines that each open a quote in their own way and never close it properly. */
const PATTERNS: Record<string, (i: number) => string> = {
  'quote left open': (i) => `${i},"Recommendation ${i},Accept,PSEAH,Brief staff`,
  'closed then text': (i) => `${i},"Recommendation"${i},Accept,PSEAH,Brief staff`,
  'doubled quotes then open': (i) => `${i},"""Recommendation ${i},Accept,PSEAH,""`,
  'open at the end': (i) => `${i},Recommendation ${i},Accept,PSEAH,"Brief`,
};

const csvOf = (line: (i: number) => string, n: number) =>
  [HEADER, ...Array.from({ length: n }, (_, i) => line(i + 1))].join('\n') + '\n';

let dir: string;
beforeAll(async () => {
  dir = await freshDir('hostile-csv');
});

describe('a quote never closed', () => {
  it.each(Object.keys(PATTERNS))('costs work in proportion to the file (%s): two sizes compared', (name) => {
    const work = [4000, 8000].map((n) => scanCsv(csvOf(PATTERNS[name], n), ',', readLimits(), 's').visited);
    expect(work[1] / work[0], `${work[0]} then ${work[1]} characters searched`).toBeLessThan(2.2);
  });

  it('one quote at the top and its match 8,000 lines down: still linear, one warning', () => {
    const lines = (n: number) =>
      `${HEADER}\n1,"Open,Accept,PSEAH,x\n${'2,Plain,Accept,PSEAH,x\n'.repeat(n)}3,"x"y,Accept,,\n`;
    const work = [4000, 8000].map((n) => scanCsv(lines(n), ',', readLimits(), 's').visited);
    expect(work[1] / work[0]).toBeLessThan(2.2);
    const grid = readCsv(Buffer.from(lines(8000)), 'f.csv', 'f');
    expect(grid.sheets[0].rows).toHaveLength(8003);
    expect(grid.notes?.map((n) => n.row)).toEqual([2, 8003]);
  });

  it('8,000 such rows: every row kept, one warning per row, through the CLI', async () => {
    const path = await save(dir, 'open-quotes.csv', csvOf(PATTERNS['quote left open'], 8000));
    const out = join(dir, 'out-quotes');
    const run = await pseaBounded(45_000, ['consolidate', path, '--out', out, '--quiet']);
    expect(run.timedOut).toBe(false);
    expect(run.stderr).toBe('');
    const { findings } = JSON.parse(await readFile(join(out, 'findings.json'), 'utf8')) as {
      findings: { rule: string; row: number }[];
    };
    const quotes = findings.filter((f) => f.rule === 'read.csv-unclosed-quote');
    expect(quotes).toHaveLength(8000);
    expect(quotes[0].row).toBe(2);
    const records = JSON.parse(await readFile(join(out, 'records.json'), 'utf8')) as {
      kinds: { records: { values: Record<string, unknown> }[] }[];
    };
    expect(records.kinds[0].records).toHaveLength(8000);
    expect(records.kinds[0].records[7999].values.recommendation).toBe('"Recommendation 8000');
  }, 60_000);
});

describe('limits apply to CSV while it is read', () => {
  it('PSEA_MAX_ROWS and PSEA_MAX_CELLS refuse a CSV in one line, before any row is built', async () => {
    const text = Buffer.from(csvOf((i) => `${i},R${i},Accept,PSEAH,x`, 300));
    await withEnv({ PSEA_MAX_ROWS: '100' }, async () => {
      expect(() => readCsv(text, 'f.csv', 'f')).toThrow(
        /more than 100 rows hold values \(the limit was reached in sheet "f"\).*PSEA_MAX_ROWS=<rows>/,
      );
    });
    await withEnv({ PSEA_MAX_CELLS: '1000' }, async () => {
      expect(() => readCsv(text, 'f.csv', 'f')).toThrow(/more than 1,000 filled cells.*PSEA_MAX_CELLS/);
    });
    expect(readCsv(text, 'f.csv', 'f').sheets[0].rows).toHaveLength(301);
  });

  it('a 1,000,000-row CSV is refused at the default row limit in one line, in a small heap', async () => {
    const path = join(dir, 'million.csv');
    const stream = createWriteStream(path);
    stream.write(`${HEADER}\n`);
    for (let start = 1; start <= 1_000_000; start += 10_000) {
      let chunk = '';
      for (let i = start; i < start + 10_000; i++) chunk += `${i},Recommendation ${i},Accept,PSEAH,Brief staff\n`;
      if (!stream.write(chunk)) await once(stream, 'drain');
    }
    stream.end();
    await once(stream, 'finish');
    const run = await pseaBounded(45_000, ['validate', path], { PSEA_MAX_MEMORY_MB: '256' });
    expect(run.timedOut).toBe(false);
    expect(run.code).toBe(2);
    expect(run.stderr.trim().split('\n')).toEqual([
      expect.stringMatching(/million\.csv: more than 200,000 rows hold values .*PSEA_MAX_ROWS/),
    ]);
  }, 60_000);

  it('a field past PSEA_MAX_FIELD_MB is refused in one line naming its row', async () => {
    const text = Buffer.from(`${HEADER}\n1,${'a'.repeat(3 << 20)},Accept,PSEAH,x\n`);
    await withEnv({ PSEA_MAX_FIELD_MB: '1' }, async () => {
      expect(() => readCsv(text, 'f.csv', 'f')).toThrow(
        new RegExp(
          String.raw`^refused: CSV row 2 has a field of more than 1 MB, the limit that protects memory ` +
            String.raw`\(a damaged file, or raise PSEA_MAX_FIELD_MB=<MB>\)$`,
        ),
      );
    });
    expect(readCsv(text, 'f.csv', 'f').sheets[0].rows[1][1]).toHaveLength(3 << 20);
  });

  it('a 540 MB single field is refused in one line; the batch goes on', async () => {
    const path = join(dir, 'huge-field.csv');
    const stream = createWriteStream(path);
    stream.write(`${HEADER}\n1,`);
    const block = Buffer.alloc(1 << 20, 0x61);
    for (let i = 0; i < 540; i++) if (!stream.write(block)) await once(stream, 'drain');
    stream.end(',Accept,PSEAH,x\n');
    await once(stream, 'finish');
    const good = await save(
      dir,
      'good.csv',
      csvOf((i) => `${i},R${i},Accept,PSEAH,x`, 2),
    );
    try {
      const run = await pseaBounded(60_000, ['validate', path, good]);
      expect(run.timedOut).toBe(false);
      expect(run.code).toBe(2);
      expect(run.stderr.trim().split('\n')).toEqual([
        `${path}: refused: at 541 MB it is too large to read as one CSV text (at most 512 MB); ` +
          'split it into smaller files',
      ]);
      expect(run.stdout).toMatch(/2 files/);
    } finally {
      await rm(path);
    }
  }, 90_000);
});

describe('a row with more fields than the header', () => {
  const CSV = [
    'Task;Area;Responsible Org.;Due;Status',
    'Draft the plan;Prevention;UNFPA;2027-03-01;Not started',
    'Draft; then share the plan;Prevention;UNFPA;2027-03-01;Not started',
  ].join('\n');

  it('is an error on that row, and every value is kept', () => {
    const grid = readCsv(Buffer.from(CSV), 'plan.csv', 'plan');
    const analysis = analyseWorkbook(grid, KINDS, { lang: 'en', asOf: '2026-11-23' });
    const findings = [...analysis.sheets.flatMap((s) => s.findings), ...analysis.findings];
    const split = findings.filter((f) => f.rule === 'layout.values-past-header');
    expect(split).toHaveLength(1);
    expect(split[0]).toMatchObject({ severity: 'error', row: 3, cell: 'F3' });
    expect(split[0].message).toMatch(/^Row 3 has 1 value right of the header's last column \(from column F\)/);
    const [sound, shifted] = analysis.sheets[0].records;
    expect(sound.extra).toBeUndefined();
    expect(shifted.values.task).toBe('Draft');
    expect(shifted.extra).toEqual({ 'column F': 'Not started' });
    expect(analysis.accounting).toMatchObject({ read: 2, consolidated: 2 });
  });

  it('keeps the value in the consolidated outputs', async () => {
    const path = await save(dir, 'plan.csv', CSV);
    const out = join(dir, 'out-split');
    const run = await pseaBounded(30_000, ['consolidate', path, '--out', out, '--quiet']);
    expect(run.code).toBe(1);
    const records = JSON.parse(await readFile(join(out, 'records.json'), 'utf8')) as {
      kinds: { records: { extra?: Record<string, unknown> }[] }[];
    };
    expect(records.kinds[0].records.map((r) => r.extra)).toEqual([undefined, { 'column F': 'Not started' }]);
  });
});
