/** Parses and checks the CLI's options; every mistake becomes one clear line and exit code 2. */
import { parseArgs } from 'node:util';
import { readFileSync } from 'node:fs';
import { KINDS, kindById, type AnalyseOptions, type Lang } from '../templates/index.js';

export class UsageError extends Error {}

export const OPTIONS = {
  out: { type: 'string', short: 'o' },
  format: { type: 'string', default: 'text' },
  lang: { type: 'string', default: 'en' },
  settings: { type: 'string' },
  'as-of': { type: 'string' },
  quiet: { type: 'boolean', short: 'q', default: false },
  csv: { type: 'boolean', default: false },
  hxl: { type: 'boolean', default: false },
  previous: { type: 'string' },
  'report-only': { type: 'boolean', default: false },
  force: { type: 'boolean', default: false },
  debug: { type: 'boolean', default: false },
  help: { type: 'boolean', short: 'h', default: false },
  version: { type: 'boolean', short: 'v', default: false },
} as const;

export function parseCli(argv: string[]) {
  try {
    return parseArgs({ args: argv, options: OPTIONS, allowPositionals: true, strict: true });
  } catch (error) {
    throw new UsageError((error as Error).message.split('\n')[0]);
  }
}

export function checkLang(value: string): Lang {
  if (value === 'en' || value === 'fr' || value === 'es') return value;
  throw new UsageError(`--lang must be en, fr or es, not "${value}"`);
}

function checkDate(value: string | undefined): string {
  if (value === undefined) return new Date().toISOString().slice(0, 10);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value) || Number.isNaN(Date.parse(value)))
    throw new UsageError(`--as-of must be a date yyyy-mm-dd, not "${value}"`);
  return value;
}

/** --settings FILE: JSON keyed by kind id ("management-response", "mapping"), or the matrix override itself. */
function loadSettings(path: string | undefined): Record<string, unknown> | undefined {
  if (!path) return undefined;
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new UsageError(`${path}: cannot read settings: ${(error as Error).message.split('\n')[0]}`);
  }
  const keyed = typeof json === 'object' && json !== null && KINDS.some((k) => k.def.kind in json);
  const wrapped = keyed ? (json as Record<string, unknown>) : { 'management-response': json };
  for (const [kindId, value] of Object.entries(wrapped)) {
    const check = kindById(kindId)?.settingsSchema?.safeParse(value);
    if (check && !check.success) {
      const issue = check.error.issues[0];
      throw new UsageError(`${path}: settings ${[kindId, ...issue.path].join('.')}: ${issue.message}`);
    }
  }
  return wrapped;
}

export function analyseOptions(values: ReturnType<typeof parseCli>['values']): AnalyseOptions {
  const options: AnalyseOptions = { lang: checkLang(values.lang ?? 'en'), asOf: checkDate(values['as-of']) };
  const settings = loadSettings(values.settings);
  if (settings) options.settings = settings;
  return options;
}
