/** psea consolidate: every input read, then the whole set of outputs written into one locked folder. */
import type { AnalyseOptions } from '../templates/index.js';
import { diffRounds, type RoundDiff } from '../templates/core/diff.js';
import { type parseCli, analyseOptions, UsageError } from './cli-options.js';
import { expandInputs, reportExpansion } from './inputs.js';
import { consolidate, accountingLine, exitCode } from './consolidate.js';
import { findingsCsvChunks, reportJsonChunks } from './write/findings.js';
import { outputPath, writeAtomic } from './write/atomic.js';
import { writeConsolidatedXlsx } from './write/consolidated-xlsx.js';
import { buildDashboardData } from './dashboard/build.js';
import { dashboardHtml } from './dashboard/page.js';
import { recordsJson, RECORDS_FILE } from './write/records-json.js';
import { writeCsvExports } from './write/csv-export.js';
import { diffLines, readRound, recordsByKind } from './diff/read.js';
import { openOutDir } from './write/out-dir.js';
import { progressFor } from './progress.js';
import { version } from './version.js';
import { oneLine } from './one-line.js';

type Values = ReturnType<typeof parseCli>['values'];

export async function runConsolidate(positionals: string[], values: Values): Promise<number> {
  if (!positionals.length) throw new UsageError('consolidate needs at least one input');
  if (!values.out) throw new UsageError('consolidate needs --out DIR');
  const options = analyseOptions(values);
  const inputs = await expandInputs(positionals);
  const notRead = reportExpansion(inputs, values.quiet ?? false);
  // Refused when it holds inputs, locked for this run, cleared of stale temporary files: see out-dir.ts.
  const outDir = await openOutDir(values.out, inputs.files);
  let wrote = false;
  const beforeFirstWrite = async () => {
    await outDir.mark();
    wrote = true;
  };
  try {
    return await consolidateInto(values.out, inputs.files, notRead, options, values, beforeFirstWrite);
  } finally {
    await outDir.release(wrote);
  }
}

async function consolidateInto(
  out: string,
  files: string[],
  notRead: number,
  options: AnalyseOptions,
  values: Values,
  beforeFirstWrite: () => Promise<void>,
): Promise<number> {
  const previous = values.previous ? await readRound(values.previous) : undefined;
  const progress = await progressFor(files.length, { quiet: values.quiet ?? false });
  const result = await consolidate(files, options, {
    onFile: (done, total, file) => progress.onFile(done, total, file),
  });
  progress.stop();
  for (const line of result.unreadable) console.error(line);
  // A good earlier round (and the records.json --previous needs) is never replaced by empty outputs.
  if (!result.analyses.length) {
    console.error(oneLine(`psea: nothing could be read; ${out} is left as it was`));
    return 2;
  }
  await beforeFirstWrite();
  const meta = { version: version(), date: new Date().toISOString() };
  const tables = Object.fromEntries(result.kinds.map((k) => [k.kind, k.tables]));
  const diff: RoundDiff | undefined = previous ? diffRounds(previous, recordsByKind(result.kinds)) : undefined;
  const paths: string[] = [];
  const write = async (name: string, data: string | Iterable<string>) => {
    const path = outputPath(out, name);
    await writeAtomic(path, data);
    paths.push(path);
  };
  const { report } = result;
  await write('findings.json', reportJsonChunks(report));
  await write('findings.csv', findingsCsvChunks(report.findings));
  await write('tables.json', JSON.stringify(tables, null, 2) + '\n');
  await write(RECORDS_FILE, recordsJson(result.kinds, meta));
  const xlsx = outputPath(out, 'consolidated.xlsx');
  await writeConsolidatedXlsx(xlsx, result, meta);
  paths.push(xlsx);
  const dashboard = buildDashboardData(
    { kinds: result.kinds, report, diff },
    { lang: options.lang, version: meta.version, date: meta.date.slice(0, 10) },
  );
  await write('dashboard.html', dashboardHtml(dashboard));
  if (diff) await write('changes.json', JSON.stringify(diff, null, 2) + '\n');
  if (values.csv || values.hxl) paths.push(...(await writeCsvExports(out, result.kinds, { hxl: values.hxl ?? false })));
  if (!values.quiet) {
    const c = report.counts;
    console.log(`${files.length} file(s) · ${accountingLine(report.accounting)}`);
    console.log(`findings: ${c.error} error(s), ${c.warning} warning(s), ${c.info} info`);
    if (diff) console.log(diffLines(diff).at(-1));
    for (const path of paths) console.log(`wrote ${path}`);
  }
  return exitCode(report, notRead, values['report-only'] ?? false);
}
