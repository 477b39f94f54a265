#!/usr/bin/env node
/**
 * psea: validate, consolidate and make templates. Exit 0 no errors, 1 errors found, 2 unreadable input or bad usage.
 * Each command loads its own modules when it runs (`await import`): a process that only prints its version or the
 * rules list never loads exceljs, the worker pool or the writers (the start-up figures are in npm run bench).
 */
import { realpathSync } from 'node:fs';
import { lstat } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { KINDS, isUnreadable } from '../templates/index.js';
import { parseCli, analyseOptions, checkLang, kindByName, UsageError } from './cli-options.js';
import { RoundError } from './diff/read.js';
import { OVERVIEW, commandHelp } from './cli-help.js';
import { OutDirError } from './write/out-dir.js';
import { version } from './version.js';
import { oneLine } from './one-line.js';
import { files as filesOf, say, severityCounts } from './messages.js';
import { takesSingular } from '../templates/core/message.js';

async function runValidate(positionals: string[], values: ReturnType<typeof parseCli>['values']): Promise<number> {
  if (!positionals.length) throw new UsageError('validate needs at least one file');
  const options = analyseOptions(values);
  if (values.format !== 'text' && values.format !== 'json')
    throw new UsageError(`--format must be text or json, not "${values.format}"`);
  const { expandInputs, reportExpansion } = await import('./inputs.js');
  const { exitCode, validateFiles } = await import('./consolidate.js');
  const { findingLine, reportJsonChunks } = await import('./write/findings.js');
  const inputs = await expandInputs(positionals, options.lang);
  const { files } = inputs;
  const notListed = reportExpansion(inputs, values.quiet ?? false);
  const { report, unreadable } = await validateFiles(files, options);
  for (const line of unreadable) console.error(line);
  if (values.format === 'json') for (const chunk of reportJsonChunks(report)) process.stdout.write(chunk);
  else {
    // Files not read are on stderr already; the summary counts what the files that were read hold.
    const { lang } = options;
    for (const f of report.findings) if (!isUnreadable(f)) console.log(findingLine(f, lang));
    const c = report.counts;
    const notRead = report.inputs.filter((i) => !i.read).length;
    const counts = severityCounts(lang, { ...c, error: c.error - notRead });
    const summary = say(lang, 'summary', { files: filesOf(lang, files.length), counts });
    const missed = say(lang, takesSingular(lang, notRead) ? 'notReadOne' : 'notRead', {
      files: filesOf(lang, notRead),
    });
    console.log(notRead ? say(lang, 'summaryNotRead', { summary, notRead: missed }) : summary);
  }
  return exitCode(report, notListed, values['report-only'] ?? false);
}

async function runDiff(positionals: string[], values: ReturnType<typeof parseCli>['values']): Promise<number> {
  if (positionals.length !== 2) throw new UsageError('diff needs two output folders: psea diff OLD NEW');
  const { diffDirs, diffLines } = await import('./diff/read.js');
  const diff = await diffDirs(positionals[0], positionals[1]);
  if (values.format === 'json') process.stdout.write(JSON.stringify(diff, null, 2) + '\n');
  else for (const line of diffLines(diff)) console.log(line);
  return 0;
}

async function runTemplate(positionals: string[], values: ReturnType<typeof parseCli>['values']): Promise<number> {
  const kind = kindByName(positionals[0] ?? '');
  if (!kind) throw new UsageError(`template needs a kind: ${KINDS.map((k) => k.def.kind).join(', ')}`);
  if (!values.out) throw new UsageError('template needs --out F.xlsx');
  if (!values.force && (await lstat(values.out).catch(() => undefined)))
    throw new UsageError(`${values.out} already exists; add --force to replace it`);
  const { buildTemplateWorkbook } = await import('./write/template.js'); // loads exceljs only for this command
  const { writeAtomicWith } = await import('./write/atomic.js');
  const lang = checkLang(values.lang ?? 'en');
  const workbook = buildTemplateWorkbook(kind.def, lang, {}, kind.settingsTemplate?.(lang));
  await writeAtomicWith(values.out, (tmp) => workbook.xlsx.writeFile(tmp));
  if (!values.quiet) console.log(say(lang, 'wrote', { path: values.out }));
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
    if (!command) {
      console.log(OVERVIEW);
      return values.help ? 0 : 2;
    }
    if (values.help) {
      const help = commandHelp(command);
      if (!help) throw new UsageError(`unknown command "${command}"; try psea --help`);
      console.log(help);
      return 0;
    }
    switch (command) {
      case 'validate':
        return await runValidate(rest, values);
      case 'consolidate':
        return await (await import('./consolidate-command.js')).runConsolidate(rest, values);
      case 'template':
        return await runTemplate(rest, values);
      case 'diff':
        return await runDiff(rest, values);
      case 'aliases': {
        const { aliasTableMarkdown, aliasTableText } = await import('./aliases.js');
        console.log(
          values.format === 'md'
            ? aliasTableMarkdown()
            : aliasTableText(rest[0] && (kindByName(rest[0])?.def.kind ?? rest[0])),
        );
        return 0;
      }
      case 'rules':
        console.log(
          (await import('./rules.js')).rulesListing(
            checkLang(values.lang ?? 'en'),
            values.format === 'md' ? 'md' : 'text',
          ),
        );
        return 0;
      case 'profiles':
        console.log((await import('./profiles.js')).profilesListing(checkLang(values.lang ?? 'en')));
        return 0;
      default:
        throw new UsageError(`unknown command "${command}"; try psea --help`);
    }
  } catch (error) {
    if (error instanceof UsageError) {
      console.error(`psea: ${oneLine(error.message)}`);
      return 2;
    }
    if (error instanceof OutDirError) {
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

/** npm link, npm install -g, node_modules/.bin and npx reach this file through a symbolic link: compare real paths. */
function runAsProgram(): boolean {
  if (!process.argv[1]) return false;
  try {
    return realpathSync(process.argv[1]) === realpathSync(fileURLToPath(import.meta.url));
  } catch {
    return false;
  }
}

/** A reader that stops early (`psea diff A B --format json | head`) closes the pipe: end quietly, as cat does. */
function endQuietlyOnClosedPipe(stream: NodeJS.WriteStream): void {
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') throw error;
    process.exit(0);
  });
}

if (runAsProgram()) {
  endQuietlyOnClosedPipe(process.stdout);
  endQuietlyOnClosedPipe(process.stderr);
  main(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      process.exitCode = unexpected(error, process.argv.includes('--debug'));
    },
  );
}
