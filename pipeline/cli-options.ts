/** Parses and checks the CLI's options; every mistake becomes one clear line and exit code 2. */
import { parseArgs } from 'node:util';
import { readFileSync } from 'node:fs';
import { kindById, type AnalyseOptions, type Lang, type TemplateKind } from '../templates/index.js';
import { PROFILES, profileByName } from '../templates/profiles/index.js';

export class UsageError extends Error {}

export const OPTIONS = {
  out: { type: 'string', short: 'o' },
  format: { type: 'string', default: 'text' },
  lang: { type: 'string', default: 'en' },
  settings: { type: 'string' },
  profile: { type: 'string' },
  'as-of': { type: 'string' },
  quiet: { type: 'boolean', short: 'q', default: false },
  csv: { type: 'boolean', default: false },
  hxl: { type: 'boolean', default: false },
  'csv-sep': { type: 'string' },
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

/** Names the kinds had before they took one name each; still accepted wherever the CLI takes a kind. */
export const OLD_KIND_NAMES: Readonly<Record<string, string>> = {
  matrix: 'management-response',
  management_response: 'management-response',
  action_plan: 'action-plan',
};

/** A kind by its id or one of its old names. */
export function kindByName(name: string): TemplateKind | undefined {
  return kindById(OLD_KIND_NAMES[name] ?? name);
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

/**
 * --settings FILE: JSON keyed by kind id ("management-response", "mapping"; old names accepted), or the matrix
 * override itself.
 */
function loadSettings(path: string | undefined): Record<string, unknown> | undefined {
  if (!path) return undefined;
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new UsageError(`${path}: cannot read settings: ${(error as Error).message.split('\n')[0]}`);
  }
  const keyed = typeof json === 'object' && json !== null && Object.keys(json).some((key) => kindByName(key));
  const given = keyed ? (json as Record<string, unknown>) : { 'management-response': json };
  const wrapped = Object.fromEntries(
    Object.entries(given).map(([key, value]) => [kindByName(key)?.def.kind ?? key, value]),
  );
  for (const [kindId, value] of Object.entries(wrapped)) {
    // A kind's settings are checked under their own key (the workplan reads the mapping's).
    const spec = kindById(kindId)?.settings;
    const check = spec?.key === kindId ? spec.schema.safeParse(value) : undefined;
    if (check && !check.success) {
      const issue = check.error.issues[0];
      throw new UsageError(`${path}: settings ${[kindId, ...issue.path].join('.')}: ${issue.message}`);
    }
  }
  return wrapped;
}

/** --profile NAME: one of the bundled profiles (`psea profiles` lists them). */
function loadProfile(name: string | undefined): AnalyseOptions['profile'] {
  if (name === undefined) return undefined;
  const profile = profileByName(name);
  if (!profile)
    throw new UsageError(`--profile must be one of ${PROFILES.map((p) => p.name).join(', ')}, not "${name}"`);
  return profile;
}

export function analyseOptions(values: ReturnType<typeof parseCli>['values']): AnalyseOptions {
  const options: AnalyseOptions = { lang: checkLang(values.lang ?? 'en'), asOf: checkDate(values['as-of']) };
  const profile = loadProfile(values.profile);
  if (profile) options.profile = profile;
  const settings = loadSettings(values.settings);
  if (settings) options.settings = settings;
  return options;
}
