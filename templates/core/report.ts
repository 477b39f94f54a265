/**
 * The one report of a run, built by the core: findings, their counts by severity and by rule, the row
 * accounting and every input with its reason when it could not be read. The CLI, the pane, the dashboard
 * and the writers only present it; grouping and counting findings happens here and nowhere else.
 */
import type { Finding, Lang, MessageParams, RowAccounting, Severity } from './types.js';

/** Bumped when a field of the report changes meaning or goes away. */
export const REPORT_FORMAT_VERSION = 1;

export const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info'];
const RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

export interface InputReport {
  /** The path as given (findings carry the same name). */
  file: string;
  name?: string;
  size?: number;
  sha256?: string;
  /** False when the file could not be read at all; `reason` then says why. */
  read: boolean;
  /** Sheets a template claimed; 0 when the file was read but nothing in it was (layout.sheet-unclaimed). */
  templateSheets?: number;
  reason?: { rule: string; params: MessageParams; message: string };
}

export interface RuleCount {
  rule: string;
  /** The rule's title in the report's language. */
  title: string;
  /** The most severe of its findings. */
  severity: Severity;
  count: number;
}

export interface Report {
  formatVersion: typeof REPORT_FORMAT_VERSION;
  lang: Lang;
  /** No finding is an error and every input was read. */
  valid: boolean;
  counts: Record<Severity, number> & { findings: number };
  /** One entry per rule that found something: most severe first, then most frequent, then by title. */
  byRule: RuleCount[];
  accounting: RowAccounting;
  inputs: InputReport[];
  findings: Finding[];
}

/** Findings of one rule, for lists grouped by rule. */
export interface FindingGroup extends RuleCount {
  findings: Finding[];
}

/** Read, and something in it was read as a template: a file of only unclaimed sheets contributes nothing. */
export function readable(input: InputReport): boolean {
  return input.read && input.templateSheets !== 0;
}

export function countBySeverity(findings: readonly Finding[]): Record<Severity, number> {
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const f of findings) counts[f.severity]++;
  return counts;
}

/** Findings grouped by rule: most severe first, then most frequent, then by title. */
export function groupByRule(findings: readonly Finding[], title: (rule: string) => string): FindingGroup[] {
  const groups = new Map<string, FindingGroup>();
  for (const f of findings) {
    let group = groups.get(f.rule);
    if (!group)
      groups.set(
        f.rule,
        (group = { rule: f.rule, title: title(f.rule), severity: f.severity, count: 0, findings: [] }),
      );
    group.count++;
    group.findings.push(f);
    if (RANK[f.severity] < RANK[group.severity]) group.severity = f.severity;
  }
  return [...groups.values()].sort(
    (a, b) =>
      RANK[a.severity] - RANK[b.severity] ||
      b.count - a.count ||
      a.title.localeCompare(b.title) ||
      a.rule.localeCompare(b.rule),
  );
}

export interface ReportParts {
  lang: Lang;
  inputs: readonly InputReport[];
  /** Taken as is (not copied: a batch may hold 100,000 findings). */
  findings: Finding[];
  accounting: RowAccounting;
  /** The rule's title in `lang`; the registry's ruleTitle. */
  title: (rule: string) => string;
}

export function buildReport(parts: ReportParts): Report {
  const bySeverity = countBySeverity(parts.findings);
  return {
    formatVersion: REPORT_FORMAT_VERSION,
    lang: parts.lang,
    valid: bySeverity.error === 0 && parts.inputs.every(readable),
    counts: { ...bySeverity, findings: parts.findings.length },
    byRule: groupByRule(parts.findings, parts.title).map(({ findings: _, ...count }) => count),
    accounting: parts.accounting,
    inputs: [...parts.inputs],
    findings: parts.findings,
  };
}

/** Rows set aside, all reasons together. */
export function setAsideTotal(accounting: RowAccounting): number {
  return Object.values(accounting.setAside).reduce((s, n) => s + (n ?? 0), 0);
}
