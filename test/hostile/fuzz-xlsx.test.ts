/**
 * Fuzzing the readers with damaged workbooks (fast-check): valid xlsx files mutated in their zip bytes
 * (bytes overwritten, cut, inserted) or in the XML of one part (ranges cut or repeated, tokens that make
 * references leave Excel's grid, quotes and brackets that break tags, entities, prefixes), then rebuilt.
 * One batch of them goes through the CLI, each file under its budget, the batch under a hard bound:
 * every file must be read or refused in one line, none may need its budget to be stopped, and the rows
 * add up, for the batch and for each file. Set FUZZ_SEED to replay a run; the seed is in the test name.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { KINDS, analyseWorkbook } from '../../templates/index.js';
import { parseInput } from '../../pipeline/read/index.js';
import { buildZip, deflated, matrixBytes, unzip } from '../fixtures/bad/xlsx-corpus.js';
import * as hostile from '../fixtures/hostile/files.js';
import { freshDir } from '../bad/xlsx-batch.js';
import { pseaBounded } from './bounded.js';

const SEED = Number(process.env.FUZZ_SEED ?? 20261123);
const RUNS = 300;

/** Tokens that make XML odd in the ways a reader can trip on. */
const TOKENS = [
  '<',
  '>',
  '"',
  "'",
  '=',
  '/>',
  '</row>',
  '</sheetData>',
  '<row r="0">',
  '<row r="1048577">',
  '<c r="XFE1">',
  '<c r="ZZZZZZ2"><v>1</v></c>',
  ' r=~A1',
  ' s=7 t=s',
  '<dimension ref="A1:ZZZZ9"/>',
  '<c r="A1" t="s"><v>999999</v></c>',
  '<c r="B1" t="d"><v>2027-02-30</v></c>',
  '<c r="C1" t="b"><v>false</v></c>',
  '<c r="D1"><v>NaN</v></c>',
  '<mergeCell ref="A1:XFD1048576"/>',
  '<mergeCell ref="B2:A1"/>',
  '<mergeCell ',
  '&#x110000;',
  '&#0;',
  '&amp',
  '<x:',
  'xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"',
  '<sheet name="Lists" sheetId="9" r:id="rId1"/>',
  '\u0000',
  '😀',
];

type Mutation =
  | { kind: 'bytes'; at: number; bytes: number[] }
  | { kind: 'cut'; at: number }
  | { kind: 'insert'; at: number; bytes: number[] }
  | {
      kind: 'xml';
      part: number;
      at: number;
      length: number;
      op: 'delete' | 'repeat' | 'token' | 'in-tag';
      token: string;
    };

/** A position anywhere in the file or part, uniformly (taken modulo its length). */
const position = fc.nat();
const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({
    kind: fc.constant('bytes' as const),
    at: position,
    bytes: fc.array(fc.integer({ min: 0, max: 255 }), { minLength: 1, maxLength: 8 }),
  }),
  fc.record({ kind: fc.constant('cut' as const), at: position }),
  fc.record({
    kind: fc.constant('insert' as const),
    at: position,
    bytes: fc.array(fc.integer({ min: 0, max: 255 }), { minLength: 1, maxLength: 16 }),
  }),
  {
    weight: 4,
    arbitrary: fc.record({
      kind: fc.constant('xml' as const),
      part: fc.nat(),
      at: position,
      length: fc.integer({ min: 1, max: 400 }),
      op: fc.constantFrom('delete' as const, 'repeat' as const, 'token' as const, 'in-tag' as const),
      token: fc.constantFrom(...TOKENS),
    }),
  },
);

function mutate(base: Buffer, m: Mutation): Buffer {
  const at = m.at % (base.length + 1);
  if (m.kind === 'bytes') {
    const out = Buffer.from(base);
    m.bytes.forEach((b, i) => (out[(at + i) % out.length] = b));
    return out;
  }
  if (m.kind === 'cut') return base.subarray(0, at);
  if (m.kind === 'insert') return Buffer.concat([base.subarray(0, at), Buffer.from(m.bytes), base.subarray(at)]);
  let parts: [string, Buffer][];
  try {
    parts = [...unzip(base)];
  } catch {
    return base; // an earlier mutation broke the zip: nothing left to edit as XML
  }
  const xml = parts.filter(([name]) => name.endsWith('.xml') || name.endsWith('.rels'));
  // The worksheets hold the cells: they are mutated three times as often as the other parts.
  xml.push(...[1, 2].flatMap(() => xml.filter(([name]) => /worksheets\//.test(name))));
  const [name, data] = xml[m.part % xml.length];
  const text = data.toString('utf8');
  let i = m.at % (text.length + 1);
  if (m.op === 'in-tag') {
    // Right after the name of the next tag, where attributes go.
    const lt = text.indexOf('<', i);
    for (i = lt < 0 ? i : lt + 1; i < text.length && /[\w:]/.test(text[i]);) i++;
  }
  const changed =
    m.op === 'delete'
      ? text.slice(0, i) + text.slice(i + m.length)
      : m.op === 'repeat'
        ? text.slice(0, i + m.length) + text.slice(i, i + m.length).repeat(50) + text.slice(i + m.length)
        : text.slice(0, i) + m.token + text.slice(i);
  return buildZip(parts.map(([n, d]) => deflated(n, n === name ? changed : d)));
}

let dir: string;
let files: string[];

beforeAll(async () => {
  dir = await freshDir('hostile-fuzz');
  const bases = [await matrixBytes(4), hostile.prefixedMatrix(), hostile.isoDatePlan(), hostile.matrixPackage()];
  const cases = fc.sample(
    fc.tuple(fc.nat({ max: bases.length - 1 }), fc.array(mutation, { minLength: 1, maxLength: 3 })),
    {
      numRuns: RUNS,
      seed: SEED,
    },
  );
  files = [];
  for (const [index, [base, mutations]] of cases.entries()) {
    const bytes = mutations.reduce((b, m) => mutate(b, m), bases[base]);
    files.push(await hostile.save(dir, `case-${String(index).padStart(3, '0')}.xlsx`, bytes));
  }
});

interface Records {
  kinds: { records: { source: { file: string } }[] }[];
}

describe(`mutated workbooks (FUZZ_SEED=${SEED})`, () => {
  it('are each read or refused in one line, within budget, and every row is accounted for', async () => {
    const out = `${dir}-out`;
    const run = await pseaBounded(120_000, ['consolidate', dir, '--out', out], { PSEA_MAX_SECONDS: '20' });
    expect(run.timedOut, `killed after ${run.ms} ms`).toBe(false);
    expect([0, 1, 2], run.stderr).toContain(run.code);
    const lines = run.stderr.split('\n').filter(Boolean);
    const refused = new Set<string>();
    for (const line of lines) {
      const file = files.find((f) => line.startsWith(`${f}: `));
      expect(file, `a line that names no input: ${line}`).toBeDefined();
      expect(refused.has(file!), `two lines for ${file}`).toBe(false);
      expect(line, 'stopped by its budget: a hang or a blow-up').not.toMatch(/took more than|of memory|worker stopped/);
      expect(line).not.toMatch(/internal error/);
      refused.add(file!);
    }
    // The batch's own sums, as printed.
    const m = /rows read (\d+) = consolidated (\d+) \+ set aside (\d+)/.exec(run.stdout);
    expect(m, run.stdout).not.toBeNull();
    const [read, consolidated, aside] = m!.slice(1).map(Number);
    expect(read).toBe(consolidated + aside);
    const records = JSON.parse(await readFile(join(out, 'records.json'), 'utf8')) as Records;
    expect(records.kinds.reduce((n, k) => n + k.records.length, 0)).toBe(consolidated);
    // Each file read: its rows add up, sheet by sheet, through the same reader in this process.
    let total = 0;
    for (const file of files.filter((f) => !refused.has(f))) {
      const grid = await parseInput(await readFile(file), file, file);
      const analysis = analyseWorkbook(grid, KINDS, { lang: 'en', asOf: '2026-11-23' });
      for (const sheet of analysis.sheets) {
        const a = sheet.table.accounting;
        const setAside = Object.values(a.setAside).reduce((s, n) => s + (n ?? 0), 0);
        expect(a.read, `${file} › ${sheet.table.sheet}`).toBe(a.consolidated + setAside);
        expect(sheet.records).toHaveLength(a.consolidated);
      }
      total += analysis.accounting.read;
    }
    expect(total).toBe(read);
    // The mutations reach both outcomes.
    expect(refused.size).toBeGreaterThan(10);
    expect(files.length - refused.size).toBeGreaterThan(10);
  }, 180_000);
});
