#!/usr/bin/env node
/** psea: validate, consolidate and make templates. Exit 0 no errors, 1 errors found, 2 unreadable input or bad usage. */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { KINDS, kindById, appendAll, type Finding } from '../templates/index.js';
import { parseCli, analyseOptions, checkLang, UsageError } from './cli-options.js';
import { expandInputs, reportExpansion } from './inputs.js';
import { consolidate, countBySeverity, accountingLine } from './consolidate.js';
import { findingLine, findingsCsvChunks, findingsJson, findingsJsonChunks } from './write/findings.js';
import { outputPath, writeAtomic, writeAtomicWith } from './write/atomic.js';
import { processFiles } from './parallel/pool.js';
import { writeConsolidatedXlsx } from './write/consolidated-xlsx.js';
import { aliasTableMarkdown, aliasTableText } from './aliases.js';
import { buildDashboardData } from './dashboard/build.js';
import { dashboardHtml } from './dashboard/page.js';
import { recordsJson, RECORDS_FILE } from './write/records-json.js';
import { writeCsvExports } from './write/csv-export.js';
import { diffDirs, diffLines, readRound, recordsByKind, RoundError } from './diff/read.js';
import { diffRounds, type RoundDiff } from '../templates/core/diff.js';
import { progressFor } from './progress.js';
import { oneLine } from './one-line.js';

const HELP = `psea — validate and consolidate PSEA sheets

Usage:
  psea validate FILES… [--format text|json] [--lang en|fr|es] [--settings F.json]
  psea consolidate INPUTS… --out DIR [--lang en|fr|es] [--settings F.json] [--as-of yyyy-mm-dd] [--quiet]
                   [--csv] [--hxl] [--previous PREV_OUT_DIR]
  psea diff OLD_OUT_DIR NEW_OUT_DIR                      changes between two rounds (records.json of each)
  psea template KIND --out F.xlsx [--lang en|fr|es]     KIND: ${KINDS.map((k) => k.def.kind).join(', ')}
  psea aliases [KIND] [--format md]                      the header spellings each field accepts

INPUTS are files, folders or globs of .xlsx and .csv.
Exit codes: 0 no errors, 1 errors found, 2 an input could not be read or the usage is wrong.
--report-only exits 0 when errors are found (2 still means unreadable input).
--debug prints the stack of an unexpected error (otherwise each error is one line).`;

/** package.json sits two folders above build/pipeline/cli.js, one above pipeline/cli.ts (tests run the sources). */
export function version(): string {
  const here = fileURLToPath(import.meta.url);
  const root = resolve(here, here.endsWith('.ts') ? '../..' : '../../..');
  return (JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string }).version;
}

function exitCode(findings: readonly Finding[], unreadable: number, reportOnly: boolean): number {
  if (unreadable) return 2;
  return findings.some((f) => f.severity === 'error') && !reportOnly ? 1 : 0;
}

async function runValidate(positionals: string[], values: ReturnType<typeof parseCli>['values']): Promise<number> {
  if (!positionals.length) throw new UsageError('validate needs at least one file');
  const options = analyseOptions(values);
  if (values.format !== 'text' && values.format !== 'json')
    throw new UsageError(`--format must be text or json, not "${values.format}"`);
  const inputs = await expandInputs(positionals);
  const { files } = inputs;
  const findings: Finding[] = [];
  let unreadable = reportExpansion(inputs, values.quiet ?? false);
  // Each file on a worker under its own time and memory budget, as in consolidate.
  for (const { analysis, error } of await processFiles(files, options)) {
    if (analysis) appendAll(findings, ...analysis.sheets.map((s) => s.findings), analysis.findings);
    if (error) {
      console.error(error.message);
      unreadable++;
    }
  }
  if (values.format === 'json') process.stdout.write(findingsJson(findings));
  else {
    for (const f of findings) console.log(findingLine(f));
    const c = countBySeverity(findings);
    console.log(`${files.length} file(s): ${c.error} error(s), ${c.warning} warning(s), ${c.info} info`);
  }
  return exitCode(findings, unreadable, values['report-only'] ?? false);
}

async function runConsolidate(positionals: string[], values: ReturnType<typeof parseCli>['values']): Promise<number> {
  if (!positionals.length) throw new UsageError('consolidate needs at least one input');
  if (!values.out) throw new UsageError('consolidate needs --out DIR');
  const options = analyseOptions(values);
  const inputs = await expandInputs(positionals);
  const { files } = inputs;
  const notRead = reportExpansion(inputs, values.quiet ?? false);
  const previous = values.previous ? await readRound(values.previous) : undefined;
  const progress = progressFor(files.length, { quiet: values.quiet ?? false });
  const result = await consolidate(files, options, {
    onFile: (done, total, file) => progress.onFile(done, total, file),
  });
  progress.stop();
  for (const line of result.unreadable) console.error(line);
  const out = values.out;
  const meta = { version: version(), date: new Date().toISOString() };
  const tables = Object.fromEntries(result.kinds.map((k) => [k.tablesKey, k.tables]));
  const diff: RoundDiff | undefined = previous ? diffRounds(previous, recordsByKind(result.kinds)) : undefined;
  const paths: string[] = [];
  const write = async (name: string, data: string | Iterable<string>) => {
    const path = outputPath(out, name);
    await writeAtomic(path, data);
    paths.push(path);
  };
  await write('findings.json', findingsJsonChunks(result.findings));
  await write('findings.csv', findingsCsvChunks(result.findings));
  await write('tables.json', JSON.stringify(tables, null, 2) + '\n');
  await write(RECORDS_FILE, recordsJson(result.kinds, meta));
  const xlsx = outputPath(out, 'consolidated.xlsx');
  await writeConsolidatedXlsx(xlsx, result, meta);
  paths.push(xlsx);
  const dashboard = buildDashboardData(
    { kinds: result.kinds, findings: result.findings, accounting: result.accounting, files: files.length, diff },
    { lang: options.lang, version: meta.version, date: meta.date.slice(0, 10) },
  );
  await write('dashboard.html', dashboardHtml(dashboard));
  if (diff) await write('changes.json', JSON.stringify(diff, null, 2) + '\n');
  if (values.csv || values.hxl) paths.push(...(await writeCsvExports(out, result.kinds, { hxl: values.hxl ?? false })));
  if (!values.quiet) {
    const c = countBySeverity(result.findings);
    console.log(`${files.length} file(s) · ${accountingLine(result.accounting)}`);
    console.log(`findings: ${c.error} error(s), ${c.warning} warning(s), ${c.info} info`);
    if (diff) console.log(diffLines(diff).at(-1));
    for (const path of paths) console.log(`wrote ${path}`);
  }
  return exitCode(result.findings, result.unreadable.length + notRead, values['report-only'] ?? false);
}

async function runDiff(positionals: string[], values: ReturnType<typeof parseCli>['values']): Promise<number> {
  if (positionals.length !== 2) throw new UsageError('diff needs two output folders: psea diff OLD NEW');
  const diff = await diffDirs(positionals[0], positionals[1]);
  if (values.format === 'json') process.stdout.write(JSON.stringify(diff, null, 2) + '\n');
  else for (const line of diffLines(diff)) console.log(line);
  return 0;
}

async function runTemplate(positionals: string[], values: ReturnType<typeof parseCli>['values']): Promise<number> {
  const kind = kindById(positionals[0] ?? '');
  if (!kind) throw new UsageError(`template needs a kind: ${KINDS.map((k) => k.def.kind).join(', ')}`);
  if (!values.out) throw new UsageError('template needs --out F.xlsx');
  const { buildTemplateWorkbook } = await import('./write/template.js'); // loads exceljs only for this command
  const workbook = buildTemplateWorkbook(kind.def, checkLang(values.lang ?? 'en'));
  await writeAtomicWith(values.out, (tmp) => workbook.xlsx.writeFile(tmp));
  if (!values.quiet) console.log(`wrote ${values.out}`);
  return 0;
}

/** Anything not foreseen: one line and exit 2; the stack only with --debug. */
function unexpected(error: unknown, debug: boolean): number {
  const message = error instanceof Error ? error.message : String(error);
  console.error(`psea: ${oneLine(message)}${debug ? '' : ' (run with --debug for details)'}`);
  if (debug) console.error(error instanceof Error ? error.stack : error);
  return 2;
}

export async function main(argv: string[]): Promise<number> {
  const debug = argv.includes('--debug');
  if (debug) process.env.PSEA_DEBUG = '1'; // file-task.ts (and the worker threads) print stacks too
  try {
    const { values, positionals } = parseCli(argv);
    if (values.version) {
      console.log(version());
      return 0;
    }
    const [command, ...rest] = positionals;
    if (values.help || !command) {
      console.log(HELP);
      return command || values.help ? 0 : 2;
    }
    switch (command) {
      case 'validate':
        return await runValidate(rest, values);
      case 'consolidate':
        return await runConsolidate(rest, values);
      case 'template':
        return await runTemplate(rest, values);
      case 'diff':
        return await runDiff(rest, values);
      case 'aliases':
        console.log(values.format === 'md' ? aliasTableMarkdown() : aliasTableText(rest[0]));
        return 0;
      default:
        throw new UsageError(`unknown command "${command}"; try psea --help`);
    }
  } catch (error) {
    if (error instanceof UsageError) {
      console.error(`psea: ${oneLine(error.message)}`);
      return 2;
    }
    if (error instanceof RoundError) {
      console.error(oneLine(error.message));
      return 2;
    }
    return unexpected(error, debug);
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      process.exitCode = unexpected(error, process.argv.includes('--debug'));
    },
  );
}
