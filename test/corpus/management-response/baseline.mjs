// Prints how the product, as built now, reads the corpus: a Markdown table per file (columns recognised, records,
// planted defects found, errors and warnings on correct files, exit code). A measurement, not a test.
//   npm run build && npx vitest run test/corpus/management-response
//   node test/corpus/management-response/baseline.mjs
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const ROOT = process.cwd();
const DIR = process.argv[2] ?? join(ROOT, 'test-output', 'corpus-mr');
const { KINDS, analyseWorkbook } = await import(join(ROOT, 'build/templates/index.js'));
const { readInput } = await import(join(ROOT, 'build/pipeline/read/index.js'));
const { MATRIX_FIELDS } = await import(join(ROOT, 'build/templates/management-response/fields.js'));
const CANONICAL = new Set(MATRIX_FIELDS.map((f) => f.key));
const manifest = JSON.parse(readFileSync(join(DIR, 'expected.json'), 'utf8'));
const colIndex = (letters) => [...letters].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;

function columnsOf(expected, analysis) {
  let canonical = 0;
  let found = 0;
  let wrong = 0;
  let proposed = 0;
  for (const sheet of expected.sheets.filter((s) => s.role === 'matrix')) {
    const got = analysis.sheets.find((s) => s.table.sheet === sheet.name);
    const fieldAt = new Map(
      (got?.table.header.columns ?? []).map((c) => [got.table.firstColumn - 1 + c.index, c.field]),
    );
    for (const col of sheet.tables.flatMap((t) => t.columns)) {
      const field = fieldAt.get(colIndex(col.col));
      if (col.field && CANONICAL.has(col.field)) {
        canonical++;
        if (field === col.field) found++;
      } else if (col.field) proposed++;
      if (field && field !== col.field) wrong++;
    }
  }
  return { canonical, found, wrong, proposed };
}

const rows = [];
for (const m of manifest) {
  const path = join(DIR, m.file);
  const analysis = analyseWorkbook(await readInput(path, m.file), KINDS, { lang: m.language, asOf: m.as_of });
  const findings = [...analysis.sheets.flatMap((s) => s.findings), ...analysis.findings];
  const errors = findings.filter((f) => f.severity === 'error').length;
  const warnings = findings.filter((f) => f.severity === 'warning').length;
  const planted = m.defects.filter((d) =>
    findings.some((f) => f.rule === d.rule && f.sheet === d.sheet && f.row === d.row),
  );
  const records = analysis.sheets.reduce((n, s) => n + s.records.length, 0);
  const c = columnsOf(m, analysis);
  const exit = spawnSync(
    process.execPath,
    [join(ROOT, 'build/pipeline/cli.js'), 'validate', path, '--format', 'json'],
    {
      encoding: 'utf8',
    },
  ).status;
  rows.push(
    `| ${m.file} | ${m.organisation} | ${m.language} | ${m.tool} ` +
      `| ${c.found}/${c.canonical} | ${c.wrong} | ${c.proposed} ` +
      `| ${records}/${m.summary.records} | ${m.clean ? '–' : `${planted.length}/${m.defects.length}`} ` +
      `| ${m.clean ? errors + warnings : '–'} | ${errors}/${warnings} | ${exit} |`,
  );
}
console.log(
  '| file | org | lang | tool | canonical columns recognised | false matches | proposed-field columns ' +
    '| records read/expected | planted found | false errors+warnings (clean) | errors/warnings | exit |',
);
console.log('|---|---|---|---|---|---|---|---|---|---|---|---|');
for (const row of rows) console.log(row);
