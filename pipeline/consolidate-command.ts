/**
 * psea consolidate: every input read, its records and findings handed to the outputs as they come (spooled in the
 * locked output folder, see write/streamed-outputs.ts), then the whole set of outputs written.
 */
import type { AnalyseOptions } from '../templates/index.js';
import { diffRounds, type RoundDiff } from '../templates/core/diff.js';
import { type parseCli, analyseOptions, UsageError } from './cli-options.js';
import { expandInputs, reportExpansion } from './inputs.js';
import { consolidateStreaming, accountingLine, exitCode } from './consolidate.js';
import { StreamedOutputs } from './write/streamed-outputs.js';
import { buildDashboardData } from './dashboard/build.js';
import { dashboardHtml } from './dashboard/page.js';
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
  const outputs = new StreamedOutputs(out, { csv, hxl: values.hxl ?? false, keepRecords: !!previous });
  try {
    const result = await consolidateStreaming(files, options, outputs, {
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
    const { report } = result;
    const tables = result.kinds;
    const diff: RoundDiff | undefined = previous
      ? diffRounds(previous, recordsByKind(outputs.kindRecords('kept')))
      : undefined;
    const dashboard = () =>
      dashboardHtml(
        buildDashboardData(
          {
            kinds: outputs.kindRecords('dashboard').map((k) => ({ ...k, tables: tableOf(tables, k.kind) })),
            report,
            diff,
          },
          { lang: options.lang, version: meta.version, date: meta.date.slice(0, 10) },
        ),
      );
    const changes = diff ? JSON.stringify(diff, null, 2) + '\n' : undefined;
    const paths = await outputs.finish(report, tables, meta, { dashboard, changes });
    if (!values.quiet) {
      const c = report.counts;
      console.log(`${files.length} file(s) · ${accountingLine(report.accounting)}`);
      console.log(`findings: ${c.error} error(s), ${c.warning} warning(s), ${c.info} info`);
      if (diff) console.log(diffLines(diff).at(-1));
      for (const path of paths) console.log(`wrote ${path}`);
    }
    return exitCode(report, notRead, values['report-only'] ?? false);
  } finally {
    outputs.discard();
  }
}
