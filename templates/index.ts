/** Public surface of the domain core, shared by the pipeline and the add-in. */
export * from './core/types.js';
export * from './core/kind.js';
export * from './core/batch-sheet.js';
export * from './core/workbook.js';
export { KINDS, kindById } from './kinds.js';
export {
  RULE_GROUPS,
  ALL_RULES,
  LABELS,
  ruleById,
  ruleTitle,
  isUnreadable,
  renderFinding,
  translateFindings,
  buildReport,
  type RuleGroup,
  type RuleId,
} from './registry.js';
export { renderRule, type RuleMeta, type RuleDoc } from './core/rule.js';
export { makeFinding, type Rendering } from './core/emit.js';
export { raisedFinding } from './core/raised.js';
export type { ReadNote, UnreadableReason, UnreadableId } from './core/rules/index.js';
export {
  REPORT_FORMAT_VERSION,
  SEVERITIES,
  countBySeverity,
  groupByRule,
  setAsideTotal,
  readable,
  type Report,
  type InputReport,
  type RuleCount,
  type FindingGroup,
} from './core/report.js';
export { parseTable, applyMerges, type ParsedTable, type TableRecord } from './core/table.js';
export { locateHeader, type HeaderMatch } from './core/header.js';
export { takesParameter } from './core/headers/concept.js';
export { cellText, columnLetter, a1, foldKey, didYouMean } from './core/text.js';
export { matchEnum, enumLabels, type TemplateDef, type FieldDef, type EnumDef } from './core/schema.js';
export { appendAll } from './core/append.js';
export { normaliseSheet, normaliseWorkbook, serialToDate } from './core/raw-cells.js';
export { isDateFormat } from './core/number-format.js';
