#!/usr/bin/env node
/** psea: validate, consolidate and make templates. Exit 0 no errors, 1 errors found, 2 unreadable input or bad usage. */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { KINDS, kindById, analyseWorkbook, type Finding } from '../templates/index.js';
import { parseCli, analyseOptions, checkLang, UsageError } from './cli-options.js';
import { expandInputs } from './inputs.js';
import { readInput, InputError } from './read/index.js';
import { consolidate, countBySeverity, accountingLine } from './consolidate.js';
import { findingLine, findingsCsvChunks, findingsJson, findingsJsonChunks } from './write/findings.js';
import { writeAtomic, writeAtomicWith } from './write/atomic.js';
import { writeConsolidatedXlsx } from './write/consolidated-xlsx.js';
import { aliasTableText } from './aliases.js';

const HELP = `psea — validate and consolidate PSEA sheets

Usage:
  psea validate FILES… [--format text|json] [--lang en|fr|es] [--settings F.json]
  psea consolidate INPUTS… --out DIR [--lang en|fr|es] [--settings F.json] [--as-of yyyy-mm-dd] [--quiet]
  psea template KIND --out F.xlsx [--lang en|fr|es]     KIND: ${KINDS.map((k) => k.def.kind).join(', ')}
  psea aliases [KIND]                                    the header spellings each field accepts

INPUTS are files, folders or globs of .xlsx and .csv.
Exit codes: 0 no errors, 1 errors found, 2 an input could not be read or the usage is wrong.
--report-only exits 0 when errors are found (2 still means unreadable input).`;

export function version(): string {
  const root = resolve(fileURLToPath(import.meta.url), '../../..');
  return (JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string }).version;
}

function exitCode(findings: readonly Finding[], unreadable: number, reportOnly: boolean): number {
  if (unreadable) return 2;
  return findings.some((f) => f.severity === 'error') && !reportOnly ? 1 : 0;
}

async function runValidate(positionals: string[], values: ReturnType<typeof parseCli>['values']): Promise<number> {
  if (!positionals.length) throw new UsageError('validate needs at least one file');
  const options = analyseOptions(values);
  if (values.format !== 'text' && values.format !== 'json') throw new UsageError(`--format must be text or json, not "${values.format}"`);
  const { files, missing } = await expandInputs(positionals);
  const findings: Finding[] = [];
  let unreadable = missing.length;
  for (const arg of missing) console.error(`${arg}: no .xlsx or .csv file found`);
  for (const file of files) {
    try {
      const analysis = analyseWorkbook(await readInput(file), KINDS, options);
      findings.push(...analysis.sheets.flatMap((s) => s.findings), ...analysis.findings);
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
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
  const { files, missing } = await expandInputs(positionals);
  for (const arg of missing) console.error(`${arg}: no .xlsx or .csv file found`);
  const result = await consolidate(files, options);
  for (const line of result.unreadable) console.error(line);
  const out = values.out;
  const tables = Object.fromEntries(result.kinds.map((k) => [k.tablesKey, k.tables]));
  const paths = {
    findingsJson: join(out, 'findings.json'),
    findingsCsv: join(out, 'findings.csv'),
    tables: join(out, 'tables.json'),
    xlsx: join(out, 'consolidated.xlsx'),
  };
  await writeAtomic(paths.findingsJson, findingsJsonChunks(result.findings));
  await writeAtomic(paths.findingsCsv, findingsCsvChunks(result.findings));
  await writeAtomic(paths.tables, JSON.stringify(tables, null, 2) + '\n');
  await writeConsolidatedXlsx(paths.xlsx, result, { version: version(), date: new Date().toISOString() });
  if (!values.quiet) {
    const c = countBySeverity(result.findings);
    console.log(`${files.length} file(s) · ${accountingLine(result.accounting)}`);
    console.log(`findings: ${c.error} error(s), ${c.warning} warning(s), ${c.info} info`);
    for (const path of Object.values(paths)) console.log(`wrote ${path}`);
  }
  return exitCode(result.findings, result.unreadable.length + missing.length, values['report-only'] ?? false);
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

export async function main(argv: string[]): Promise<number> {
  try {
    const { values, positionals } = parseCli(argv);
    if (values.version) { console.log(version()); return 0; }
    const [command, ...rest] = positionals;
    if (values.help || !command) { console.log(HELP); return command || values.help ? 0 : 2; }
    switch (command) {
      case 'validate': return await runValidate(rest, values);
      case 'consolidate': return await runConsolidate(rest, values);
      case 'template': return await runTemplate(rest, values);
      case 'aliases': console.log(aliasTableText(rest[0])); return 0;
      default: throw new UsageError(`unknown command "${command}"; try psea --help`);
    }
  } catch (error) {
    if (error instanceof UsageError) { console.error(`psea: ${error.message}`); return 2; }
    throw error;
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main(process.argv.slice(2)).then((code) => { process.exitCode = code; });
}
