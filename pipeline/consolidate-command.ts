/** psea consolidate: every input read, then the whole set of outputs written into one locked folder. */
import type { AnalyseOptions } from '../templates/index.js';
import { diffRounds, type RoundDiff } from '../templates/core/diff.js';
import { type parseCli, analyseOptions, UsageError } from './cli-options.js';
import { expandInputs, reportExpansion } from './inputs.js';
import { consolidate, exitCode } from './consolidate.js';
import { accountingLine, diffSummary, files as filesOf, say, severityCounts } from './messages.js';
import { findingsCsvChunks, reportJsonChunks } from './write/findings.js';
import { outputPath, writeAtomic } from './write/atomic.js';
import { writeConsolidatedXlsx } from './write/consolidated-xlsx.js';
import { buildDashboardData } from './dashboard/build.js';
import { dashboardHtml } from './dashboard/page.js';
import { recordsJson, RECORDS_FILE } from './write/records-json.js';
import { writeCsvExports } from './write/csv-export.js';
import { CSV_SEPARATORS, csvFormat } from './write/csv-cell.js';
import { readRound, recordsByKind } from './diff/read.js';
import { openOutDir } from './write/out-dir.js';
import { progressFor } from './progress.js';
import { version } from './version.js';
import { oneLine } from './one-line.js';

type Values = ReturnType<typeof parseCli>['values'];

export async function runConsolidate(positionals: string[], values: Values): Promise<number> {
  if (!positionals.length) throw new UsageError('consolidate needs at least one input');
  if (!values.out) throw new UsageError('consolidate needs --out DIR');
  const sep = values['csv-sep'];
  if (sep !== undefined && !CSV_SEPARATORS.includes(sep))
    throw new UsageError(`--csv-sep must be one of ${CSV_SEPARATORS.join(' ')}, not "${sep}"`);
  const options = analyseOptions(values);
  const inputs = await expandInputs(positionals, options.lang);
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
  const progress = progressFor(files.length, { quiet: values.quiet ?? false });
  const result = await consolidate(files, options, {
    onFile: (done, total, file) => progress.onFile(done, total, file),
  });
  progress.stop();
  for (const line of result.unreadable) console.error(line);
  // A good earlier round (and the records.json --previous needs) is never replaced by empty outputs.
  if (!result.analyses.length) {
    console.error(oneLine(say(options.lang, 'nothingRead', { out })));
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
  const csv = csvFormat(options.lang, values['csv-sep']);
  await write('findings.csv', findingsCsvChunks(report.findings, csv));
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
  if (values.csv || values.hxl)
    paths.push(...(await writeCsvExports(out, result.kinds, { hxl: values.hxl ?? false, format: csv })));
  if (!values.quiet) {
    const { lang } = options;
    console.log(`${filesOf(lang, files.length)} · ${accountingLine(report.accounting, lang)}`);
    console.log(say(lang, 'findings', { counts: severityCounts(lang, report.counts) }));
    if (diff) console.log(diffSummary(diff, lang));
    for (const path of paths) console.log(say(lang, 'wrote', { path }));
  }
  return exitCode(report, notRead, values['report-only'] ?? false);
}
