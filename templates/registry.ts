/**
 * Every rule, by group: the rules every workbook shares, then each kind's. The pane's group titles,
 * `psea rules`, docs/rules.md and the rule tests all read this list; a rule module listed in its kind's
 * rules/index.ts is picked up everywhere.
 */
import type { Finding, Lang } from './core/types.js';
import type { Localised } from './core/schema.js';
import { renderRule, type RuleMeta } from './core/rule.js';
import { kindLabels } from './core/labels.js';
import { buildReport as build, type Report, type ReportParts } from './core/report.js';
import { CORE_RULES, UNREADABLE_RULES } from './core/rules/index.js';
import type * as Core from './core/rules/index.js';
import type * as ManagementResponse from './management-response/rules/index.js';
import type * as Mapping from './mapping/rules/index.js';
import type * as ActionPlan from './action-plan/rules/index.js';
import type * as FocalPoints from './focal-points/rules/index.js';
import type * as PartnerAssessment from './partner-assessment/rules/index.js';
import { KINDS } from './kinds.js';

export interface RuleGroup {
  /** `workbook` for the shared rules, else the kind id. */
  id: string;
  title: Localised;
  rules: readonly RuleMeta[];
}

export const RULE_GROUPS: readonly RuleGroup[] = [
  { id: 'workbook', title: { en: 'Every workbook', fr: 'Tout classeur', es: 'Todo libro' }, rules: CORE_RULES },
  ...KINDS.map((k) => ({
    id: k.def.kind,
    title: k.rules.title,
    rules: [...k.rules.sheet, ...k.rules.workbook, ...k.rules.batch],
  })),
];

export const ALL_RULES: readonly RuleMeta[] = RULE_GROUPS.flatMap((g) => g.rules);

type Ids<L extends readonly RuleMeta[]> = L[number]['id'];
/** Every rule id, as a type: `'management-response.pillar-range' satisfies RuleId` fails to compile on a typo. */
export type RuleId =
  | Ids<typeof Core.HEADER_RULES>
  | Ids<typeof Core.SHEET_RULES>
  | Ids<typeof Core.WORKBOOK_RULES>
  | Ids<typeof Core.SETTINGS_RULES>
  | Ids<typeof Core.READ_NOTE_RULES>
  | Ids<typeof Core.UNREADABLE_RULES>
  | Ids<typeof ManagementResponse.SHEET_RULES>
  | Ids<typeof ManagementResponse.WORKBOOK_RULES>
  | Ids<typeof Mapping.SHEET_RULES>
  | Ids<typeof Mapping.WORKBOOK_RULES>
  | Ids<typeof Mapping.BATCH_RULES>
  | Ids<typeof ActionPlan.SHEET_RULES>
  | Ids<typeof FocalPoints.SHEET_RULES>
  | Ids<typeof PartnerAssessment.SHEET_RULES>
  | Ids<typeof PartnerAssessment.BATCH_RULES>;

const BY_ID: ReadonlyMap<string, RuleMeta> = new Map(ALL_RULES.map((r) => [r.id, r]));
const UNREADABLE: ReadonlySet<string> = new Set(UNREADABLE_RULES.map((r) => r.id));

/** A finding that says a whole file could not be read (one of the read.* rules the readers raise for that). */
export function isUnreadable(finding: Pick<Finding, 'rule'>): boolean {
  return UNREADABLE.has(finding.rule);
}

/** The labels of every kind and field, for messages that name a column. */
export const LABELS = kindLabels(KINDS);

export function ruleById(id: string): RuleMeta | undefined {
  return BY_ID.get(id);
}

/** A rule's title in a language; the id itself only for an id no module declares. */
export function ruleTitle(id: string, lang: Lang): string {
  return BY_ID.get(id)?.title[lang] ?? id;
}

/** A finding's message in another language, from its rule and params. Throws for an id no module declares. */
export function renderFinding(finding: Pick<Finding, 'rule' | 'params'>, lang: Lang): string {
  const rule = BY_ID.get(finding.rule);
  if (!rule) throw new Error(`no rule ${finding.rule}`);
  return renderRule(rule, finding.params, lang, LABELS);
}

/** Re-renders findings in another language (the pane's language switch). */
export function translateFindings(findings: readonly Finding[], lang: Lang): Finding[] {
  return findings.map((f) => ({ ...f, message: renderFinding(f, lang) }));
}

/** The report of a run, with rule titles in its language. */
export function buildReport(parts: Omit<ReportParts, 'title'>): Report {
  return build({ ...parts, title: (rule) => ruleTitle(rule, parts.lang) });
}
