/**
 * psea consolidate: every input read, its records and findings handed to the outputs as they come (spooled in the
 * locked output folder, see write/streamed-outputs.ts), then the whole set of outputs written.
 */
import type { AnalyseOptions } from '../templates/index.js';
import { diffRounds, type RoundDiff } from '../templates/core/diff.js';
import { type parseCli, analyseOptions, UsageError } from './cli-options.js';
import { expandInputs, reportExpansion } from './inputs.js';
import { consolidateStreaming, exitCode } from './consolidate.js';
import { accountingLine, diffSummary, files as filesOf, say, severityCounts } from './messages.js';
import { StreamedOutputs } from './write/streamed-outputs.js';
import { buildDashboardData } from './dashboard/build.js';
import { dashboardHtml } from './dashboard/page.js';
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

const tableOf = (kinds: readonly { kind: string; tables: unknown }[], kind: string) =>
  kinds.find((k) => k.kind === kind)?.tables;

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
  const csv = (values.csv || values.hxl) ?? false;
  const outputs = new StreamedOutputs(out, {
    csv,
    hxl: values.hxl ?? false,
    keepRecords: !!previous,
    lang: options.lang,
    csvFormat: csvFormat(options.lang, values['csv-sep']),
  });
  try {
    const result = await consolidateStreaming(files, options, outputs, {
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
    const { report } = result;
    const tables = result.kinds;
    const diff: RoundDiff | undefined = previous
      ? diffRounds(previous, recordsByKind(outputs.kindRecords('kept')))
      : undefined;
    const dashboard = () =>
      dashboardHtml(
        buildDashboardData(
          {
            kinds: outputs.kindRecords('dashboard').map((k) => ({
              ...k,
              tables: tableOf(tables, k.kind),
              names: tables.find((t) => t.kind === k.kind)?.names,
            })),
            report,
            diff,
          },
          { lang: options.lang, version: meta.version, date: meta.date.slice(0, 10) },
        ),
      );
    const changes = diff ? JSON.stringify(diff, null, 2) + '\n' : undefined;
    const paths = await outputs.finish(report, tables, meta, { dashboard, changes });
    if (!values.quiet) {
      const { lang } = options;
      console.log(`${filesOf(lang, files.length)} · ${accountingLine(report.accounting, lang)}`);
      console.log(say(lang, 'findings', { counts: severityCounts(lang, report.counts) }));
      if (diff) console.log(diffSummary(diff, lang));
      for (const path of paths) console.log(say(lang, 'wrote', { path }));
    }
    return exitCode(report, notRead, values['report-only'] ?? false);
  } finally {
    outputs.discard();
  }
}
