/**
 * How the pane groups findings: by severity (errors first), then by rule title, each group with its count and
 * the fixes "Apply to all" writes. Pure, so the browser test and the unit tests see the same groups.
 */
import type { Finding, Lang, Severity } from '../../templates/index.js';
import { SEVERITIES, fixAll, type CellFix } from './compute.js';

/**
 * The one place the pane turns a rule id into the title people read. Titles belong to the core's rule registry
 * (issue 16); until it is exported this falls back to the id, and the pane never invents a title of its own.
 */
export function ruleTitle(rule: string, _lang: Lang): string {
  return rule;
}

export interface FindingGroup {
  severity: Severity;
  title: string;
  /** The rule ids under this title (one, unless two kinds share a title). */
  rules: string[];
  findings: Finding[];
  /** One write per fixable finding of the group: what its "Apply to all" does. Empty: no button. */
  fixes: CellFix[];
}

export interface SeveritySection {
  severity: Severity;
  count: number;
  groups: FindingGroup[];
  /** Info groups start collapsed: they are about values read, not problems. */
  collapsed: boolean;
}

/** Sections in severity order (empty ones left out), groups by title in the language's alphabetical order. */
export function groupFindings(findings: readonly Finding[], lang: Lang): SeveritySection[] {
  const collator = new Intl.Collator(lang, { sensitivity: 'base', numeric: true });
  return SEVERITIES.map((severity) => {
    const groups = new Map<string, FindingGroup>();
    for (const f of findings) {
      if (f.severity !== severity) continue;
      const title = ruleTitle(f.rule, lang);
      const group = groups.get(title) ?? { severity, title, rules: [], findings: [], fixes: [] };
      if (!group.rules.includes(f.rule)) group.rules.push(f.rule);
      group.findings.push(f);
      groups.set(title, group);
    }
    const sorted = [...groups.values()]
      .map((g) => ({ ...g, fixes: fixAll(g.findings) }))
      .sort((a, b) => collator.compare(a.title, b.title));
    const count = sorted.reduce((n, g) => n + g.findings.length, 0);
    return { severity, count, groups: sorted, collapsed: severity === 'info' };
  }).filter((s) => s.count > 0);
}
