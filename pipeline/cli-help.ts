/** The CLI's help: one overview and, per command, its usage, what it does and a few examples that run as written. */
import { KINDS } from '../templates/index.js';

const KIND_IDS = KINDS.map((k) => k.def.kind).join(', ');

export interface CommandHelp {
  usage: string;
  about: string;
  examples: string[];
}

export const COMMAND_HELP: Record<string, CommandHelp> = {
  validate: {
    usage:
      'psea validate FILES… [--format text|json] [--lang en|fr|es] [--profile NAME] [--settings F.json]\n' +
      '              [--as-of yyyy-mm-dd] [--report-only] [--quiet]',
    about:
      'Checks each sheet against its template and prints one finding per line (file › sheet › cell), then a count.\n' +
      'FILES are files, folders or globs of .xlsx and .csv. Nothing is written.',
    examples: [
      'psea validate matrix.xlsx',
      'psea validate submissions/ --lang fr',
      'psea validate "exports/*.csv" --format json --profile iom-2023',
    ],
  },
  consolidate: {
    usage:
      'psea consolidate INPUTS… --out DIR [--lang en|fr|es] [--profile NAME] [--settings F.json]\n' +
      '                 [--as-of yyyy-mm-dd] [--quiet] [--csv] [--hxl] [--csv-sep , ; tab |]\n' +
      '                 [--previous PREV_OUT_DIR] [--report-only]',
    about:
      'Reads every input and writes into DIR: findings.json/.csv, tables.json, records.json, consolidated.xlsx and\n' +
      'dashboard.html (with --csv/--hxl the CSV exports, with --previous changes.json). DIR may not hold the\n' +
      'inputs. With --lang fr or es the CSV files use ";" and a decimal comma, as French and Spanish Excel read them.',
    examples: [
      'psea consolidate submissions/ --out round-2026-03',
      'psea consolidate mapping/*.xlsx --out out --lang es --csv --hxl',
      'psea consolidate submissions/ --out round-2026-09 --previous round-2026-03',
    ],
  },
  diff: {
    usage: 'psea diff OLD_OUT_DIR NEW_OUT_DIR [--format text|json]',
    about:
      'Compares the records.json of two consolidate output folders: new, updated, removed records, status changes.',
    examples: ['psea diff round-2026-03 round-2026-09', 'psea diff round-2026-03 round-2026-09 --format json'],
  },
  template: {
    usage: `psea template KIND --out F.xlsx [--lang en|fr|es] [--force]`,
    about:
      `Writes a blank template with its dropdowns and instructions. KIND: ${KIND_IDS}.\n` +
      'An existing F.xlsx is kept unless --force is given.',
    examples: [
      'psea template management-response --out matrix.xlsx',
      'psea template mapping --out cartographie.xlsx --lang fr',
      'psea template action-plan --out workplan.xlsx --force',
    ],
  },
  rules: {
    usage: 'psea rules [--lang en|fr|es] [--format md]',
    about:
      'Lists every rule: its id, severity, title, what it checks, why it matters, how to fix it and an example.\n' +
      'The id is the file of its module: GROUP.NAME is templates/GROUP/rules/NAME.ts or ' +
      'templates/core/rules/GROUP/NAME.ts.',
    examples: ['psea rules', 'psea rules --lang fr', 'psea rules --format md > docs/rules.md'],
  },
  profiles: {
    usage: 'psea profiles [--lang en|fr|es]',
    about:
      "Lists the bundled profiles: one evaluation's or organisation's settings (pillars, criteria, units, words),\n" +
      'picked with --profile NAME or a "profile | NAME" row of a Settings sheet. Without one, nothing\n' +
      'organisation-specific is assumed: each evaluation is read from its own sheets.',
    examples: ['psea profiles', 'psea consolidate examples --out out --profile iom-2023'],
  },
  aliases: {
    usage: 'psea aliases [KIND] [--format md]',
    about: 'Lists the header spellings each field accepts (EN/FR/ES, ignoring case and accents).',
    examples: ['psea aliases', 'psea aliases mapping', 'psea aliases --format md'],
  },
};

export const OVERVIEW = `psea — validate and consolidate PSEA sheets

Usage:
${Object.values(COMMAND_HELP)
  .map((h) => `  ${h.usage.split('\n')[0]}`)
  .join('\n')}
  psea COMMAND --help                                    that command's options and examples
  psea --version                                         the version

INPUTS are files, folders or globs of .xlsx and .csv.
Exit codes: 0 no errors, 1 errors found, 2 an input could not be read or the usage is wrong.
--report-only exits 0 when errors are found (2 still means unreadable input).
--debug prints the stack of an unexpected error (otherwise each error is one line).`;

export function commandHelp(command: string): string | undefined {
  const help = COMMAND_HELP[command];
  if (!help) return undefined;
  return `Usage: ${help.usage}\n\n${help.about}\n\nExamples:\n${help.examples.map((e) => `  ${e}`).join('\n')}`;
}
