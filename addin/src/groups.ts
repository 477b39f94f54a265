/**
 * How the pane groups findings: by severity (errors first), then by rule title, each group with its count and
 * the fixes "Apply to all" writes. Pure, so the browser test and the unit tests see the same groups.
 */
import {
  SEVERITIES,
  appendAll,
  groupByRule,
  ruleTitle as registryTitle,
  type Finding,
  type Lang,
  type Severity,
} from '../../templates/index.js';
import { fixAll, type CellFix } from './compute.js';

/**
 * The one place the pane turns a rule id into the title people read: the core's rule registry (the id itself
 * only for an id no rule module declares). The pane never invents a title of its own.
 */
export function ruleTitle(rule: string, lang: Lang): string {
  return registryTitle(rule, lang);
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

/**
 * Sections in severity order (empty ones left out), groups by title in the language's alphabetical order. The
 * findings are grouped by rule by the core (groupByRule); the pane only lays those groups out by severity and title.
 */
export function groupFindings(findings: readonly Finding[], lang: Lang): SeveritySection[] {
  const collator = new Intl.Collator(lang, { sensitivity: 'base', numeric: true });
  const byRule = groupByRule(findings, (rule) => ruleTitle(rule, lang));
  return SEVERITIES.map((severity) => {
    const groups = new Map<string, FindingGroup>();
    for (const rule of byRule) {
      // A rule has one severity; findings made elsewhere may not, and each goes under its own.
      const own = rule.findings.filter((f) => f.severity === severity);
      if (!own.length) continue;
      const group = groups.get(rule.title) ?? { severity, title: rule.title, rules: [], findings: [], fixes: [] };
      group.rules.push(rule.rule);
      appendAll(group.findings, own);
      groups.set(rule.title, group);
    }
    const sorted = [...groups.values()]
      .map((g) => ({ ...g, fixes: fixAll(g.findings) }))
      .sort((a, b) => collator.compare(a.title, b.title));
    const count = sorted.reduce((n, g) => n + g.findings.length, 0);
    return { severity, count, groups: sorted, collapsed: severity === 'info' };
  }).filter((s) => s.count > 0);
}
