/**
 * Findings for the rules the file readers raise: they hand over a typed id and params, the rule module does the rest.
 */
import type { Finding } from './types.js';
import type { FindingTarget, RuleMeta } from './rule.js';
import { makeFinding, type FindingPlace, type Rendering } from './emit.js';
import { READ_NOTE_RULES, UNREADABLE_RULES, type ReadNote, type UnreadableReason } from './rules/index.js';

const RAISED: ReadonlyMap<string, RuleMeta> = new Map(
  [...READ_NOTE_RULES, ...UNREADABLE_RULES].map((rule) => [rule.id, rule]),
);

export function readerRule(id: string): RuleMeta {
  const rule = RAISED.get(id);
  if (!rule) throw new Error(`no reader rule ${id}`);
  return rule;
}

export function raisedFinding(
  raised: ReadNote | UnreadableReason,
  place: FindingPlace,
  target: FindingTarget,
  rendering: Rendering,
): Finding {
  return makeFinding(readerRule(raised.rule), place, target, raised.params, rendering.lang, rendering.labels);
}
