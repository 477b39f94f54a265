/**
 * A rule's test cases as data, run by test/rules/rules.test.ts through the real analysis: `invalid` cases must
 * raise the rule exactly as listed, `valid` cases must keep it silent on input the rule really looked at (a
 * sheet some template recognised, or a file that was read). Each rule's cases are test/rules/GROUP/NAME.ts.
 */
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  KINDS,
  analyseWorkbook,
  type AnalyseOptions,
  type Finding,
  type SheetAnalysis,
  type WorkbookGrid,
} from '../../templates/index.js';
import { consolidate } from '../../pipeline/consolidate.js';

export const CASE_OPTIONS: AnalyseOptions = { lang: 'en', asOf: '2026-11-23' };

/** What a case hands the analysis. */
export type CaseInput =
  /** Workbooks as grids, analysed together as one batch (cross-file rules see them all). */
  | { workbooks: WorkbookGrid[] }
  /** Files written into a fresh folder, read by the pipeline's readers and consolidated. */
  | { files: ((dir: string) => Promise<string>)[] }
  /**
   * Real pipeline code fed with what cannot be planted as a file (a file-system error code as root,
   * a bug of the core): it returns the findings the pipeline made and whether the input was looked at.
   */
  | { run: () => Promise<{ findings: Finding[]; lookedAt: boolean }> };

export interface RuleCase {
  name: string;
  input: CaseInput;
  options?: Partial<AnalyseOptions>;
  /** Environment variables set while the case runs (the readers' PSEA_MAX_* limits, PSEA_READER). */
  env?: Record<string, string>;
  /** Invalid cases only: the rule's findings, in order, each matched as a subset (at least one). */
  findings?: Partial<Finding>[];
}

export interface RuleCases {
  valid: RuleCase[];
  invalid: RuleCase[];
}

/** Types a cases file: `export default cases({ valid: [...], invalid: [...] })`. */
export function cases(c: RuleCases): RuleCases {
  return c;
}

export interface CaseResult {
  findings: Finding[];
  /** The input reached the rules: a sheet some template recognised, or every file read. */
  lookedAt: boolean;
}

function batchFindings(sheets: readonly SheetAnalysis[], options: AnalyseOptions): Finding[] {
  return KINDS.flatMap((kind) => {
    const own = sheets.filter((s) => s.kind === kind.def.kind);
    return own.length ? kind.consolidate(own, options).findings : [];
  });
}

export async function runCase(c: RuleCase): Promise<CaseResult> {
  const saved = Object.fromEntries(Object.keys(c.env ?? {}).map((k) => [k, process.env[k]]));
  Object.assign(process.env, c.env);
  try {
    return await runInput(c);
  } finally {
    for (const [k, v] of Object.entries(saved)) {
      if (v === undefined) delete process.env[k];
      else process.env[k] = v;
    }
  }
}

async function runInput(c: RuleCase): Promise<CaseResult> {
  const options = { ...CASE_OPTIONS, ...c.options };
  if ('workbooks' in c.input) {
    const analyses = c.input.workbooks.map((wb) => analyseWorkbook(wb, KINDS, options));
    const sheets = analyses.flatMap((a) => a.sheets);
    const findings = [
      ...analyses.flatMap((a) => [...a.sheets.flatMap((s) => s.findings), ...a.findings]),
      ...batchFindings(sheets, options),
    ];
    return { findings, lookedAt: sheets.length > 0 };
  }
  if ('files' in c.input) {
    const dir = await mkdtemp(join(tmpdir(), 'psea-rule-case-'));
    const paths: string[] = [];
    for (const write of c.input.files) paths.push(await write(dir));
    const { report } = await consolidate(paths, options, { workers: 0 });
    return { findings: report.findings, lookedAt: report.inputs.every((i) => i.read) };
  }
  return c.input.run();
}
