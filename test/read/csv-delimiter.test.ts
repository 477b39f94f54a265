/**
 * Short CSVs as French and Spanish Excel save them (`;`, a final line end, blank lines between blocks), written
 * by Python's csv module, not by us. Our reader must split them into the same cells as Python's own reader.
 * Fault found: papaparse's guess counted the empty row after the final line end, so any `;` file of fewer
 * than ten lines was read as one column, and every row turned into one cell "Agency;Standard".
 */
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { readCsv } from '../../pipeline/read/csv.js';

const PYTHON = '/usr/bin/python3';
const hasPython = spawnSync(PYTHON, ['-c', 'import csv']).status === 0;

/** Writes rows with Python's csv module and reads them back with it: the text and the cells it sees. */
function python(rows: string[][], delimiter: string, blankAfter: number[] = []): { text: string; cells: string[][] } {
  const script = `
import csv, io, json, sys
rows, delimiter, blank = json.loads(sys.stdin.read())
out = io.StringIO()
w = csv.writer(out, delimiter=delimiter, lineterminator='\\r\\n')
for i, r in enumerate(rows):
    w.writerow(r)
    if i in blank: out.write('\\r\\n')
text = out.getvalue()
cells = [r for r in csv.reader(io.StringIO(text, newline=''), delimiter=delimiter) if r]
print(json.dumps({'text': text, 'cells': cells}))`;
  const run = spawnSync(PYTHON, ['-c', script], {
    input: JSON.stringify([rows, delimiter, blankAfter]),
    encoding: 'utf8',
  });
  if (run.status !== 0) throw new Error(run.stderr);
  return JSON.parse(run.stdout) as { text: string; cells: string[][] };
}

const ours = (text: string) =>
  readCsv(Buffer.from(text, 'utf8'), 'f.csv', 'f')
    .sheets[0].rows.filter((r) => r.some((v) => v !== null))
    .map((r) => r.map((v) => (v === null ? '' : String(v))));

const CASES: Array<[string, string[][], string, number[]?]> = [
  [
    'a header and one row',
    [
      ['Agency', 'Standard'],
      ['UNICEF', 'MOS-1'],
    ],
    ';',
  ],
  [
    'three rows',
    [
      ['Agence', 'Norme', 'Statut'],
      ['PAM', 'MOS-2', 'En cours'],
      ['HCR', 'MOS-3', 'Terminé'],
    ],
    ';',
  ],
  [
    'a blank line between two blocks',
    [
      ['Agencia', 'Norma'],
      ['ACNUR', 'MOS-4'],
      ['PMA', 'MOS-5'],
    ],
    ';',
    [0],
  ],
  [
    'commas inside a `;` file',
    [
      ['Recommandation', 'Réponse'],
      ['Former, puis suivre', 'Acceptée'],
    ],
    ';',
  ],
  [
    'tabs',
    [
      ['Agency', 'Standard'],
      ['WFP', 'MOS-6'],
    ],
    '\t',
  ],
  [
    'commas',
    [
      ['Agency', 'Standard'],
      ['UNHCR', 'MOS-7'],
    ],
    ',',
  ],
];

describe.skipIf(!hasPython)('short CSVs written by Python, with a final line end', () => {
  it.each(CASES)('%s: the same cells as Python reads', (_name, rows, delimiter, blank) => {
    const { text, cells } = python(rows, delimiter, blank);
    expect(ours(text)).toEqual(cells);
  });
});
