/**
 * Every xlsx fixture of the repository, as bytes: the files committed under examples/ and test/ (the corpora, the
 * openpyxl and LibreOffice files), and the workbooks the fixture generators write at test time (the bad-input and
 * hostile corpora's readable files, the readers' cell shapes, the layout corpus, the management-response corpus,
 * the oracle's batch, the inter-agency corpus's exceljs files). CSV files are left out: the pane reads no CSV.
 */
import { mkdtemp, readdir, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import * as bad from '../fixtures/bad/xlsx-corpus.js';
import * as hostile from '../fixtures/hostile/files.js';
import { writeLayoutCorpus } from '../fixtures/bad/layout-corpus.js';
import { exceljsFixtures } from '../read/fixtures.js';
import { buildCorpus } from '../corpus/management-response/generate/index.js';
import { writeOracleBatch } from '../oracle/batch.js';
import { writeExceljsFiles } from '../corpus/inter-agency/generate.js';

export interface Fixture {
  name: string;
  bytes: Buffer;
}

const ROOT = join(import.meta.dirname, '..', '..');
const WORKBOOK = /\.xls[xm]$/i;
/** The CLI also reads CSV: header search's oracle (test/headers/pruned-search.test.ts) takes those too. */
const WORKBOOK_OR_CSV = /\.(xls[xm]|csv)$/i;

/** Every .xlsx/.xlsm file (or `pattern`) under a folder, by its path from the repository's root. */
async function filesUnder(dir: string, pattern = WORKBOOK): Promise<Fixture[]> {
  const out: Fixture[] = [];
  for (const entry of await readdir(dir, { withFileTypes: true, recursive: true })) {
    const path = join(entry.parentPath, entry.name);
    if (entry.isFile() && pattern.test(entry.name))
      out.push({ name: relative(ROOT, path), bytes: await readFile(path) });
  }
  return out;
}

/**
 * The hostile corpus's workbooks that Excel would open (damaged or oversized ones, and two sheets sharing one part,
 * are the readers' own tests).
 */
const HOSTILE: Record<string, () => Buffer> = {
  'prefixed-matrix.xlsx': hostile.prefixedMatrix,
  'sheet-elsewhere.xlsx': hostile.sheetElsewhere,
  'workbook-elsewhere.xlsx': hostile.workbookElsewhere,
  'user-lists.xlsx': hostile.userLists,
  'iso-date-plan.xlsx': hostile.isoDatePlan,
};

/** The bad-input corpus's readable workbooks. */
const BAD = [
  bad.hiddenParts,
  bad.macroXlsm,
  bad.awkwardCells,
  (d: string) => bad.datedPlan(d, false),
  (d: string) => bad.datedPlan(d, true),
  (d: string) => bad.goodMatrix(d),
  (d: string) => bad.longMatrix(d, 'long.xlsx', 300),
];

/** `csv`: the CSV files beside the workbooks as well (the pane reads none; the CLI does). */
export async function everyFixture(opts: { csv?: boolean } = {}): Promise<Fixture[]> {
  const pattern = opts.csv ? WORKBOOK_OR_CSV : WORKBOOK;
  const dir = await mkdtemp(join(tmpdir(), 'psea-two-paths-'));
  const generated = async (sub: string, write: (d: string) => Promise<unknown>) => {
    const at = join(dir, sub);
    await import('node:fs/promises').then((fs) => fs.mkdir(at, { recursive: true }));
    await write(at);
    return (await filesUnder(at, pattern)).map((f) => ({ ...f, name: `${sub}/${f.name.split('/').pop()}` }));
  };
  const committed = [
    ...(await filesUnder(join(ROOT, 'examples'), pattern)),
    ...(await filesUnder(join(ROOT, 'test'), pattern)),
  ];
  const shapes = Object.entries(await exceljsFixtures()).map(([name, bytes]) => ({ name: `cells/${name}`, bytes }));
  return [
    ...committed,
    ...shapes,
    ...Object.entries(HOSTILE).map(([name, make]) => ({ name: `hostile/${name}`, bytes: make() })),
    ...(await generated('bad', async (d) => {
      for (const make of BAD) await make(d);
    })),
    ...(await generated('layout', writeLayoutCorpus)),
    ...(await generated('management-response', (d) => buildCorpus(d, { resaved: false }))),
    ...(await generated('oracle', writeOracleBatch)),
    ...(await generated('inter-agency', writeExceljsFiles)),
  ];
}
