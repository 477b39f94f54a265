/** Turns what a rule reports (where, and its params) into a finding: located, rendered, with its rule's severity. */
import type { Finding, Lang, MessageParams } from './types.js';
import {
  renderRule,
  type Emit,
  type FieldLabels,
  type FindingTarget,
  type Rule,
  type RuleMeta,
  type TablePlace,
} from './rule.js';
import { a1 } from './text.js';

/** The file and sheet a rule runs on, and the 0-based sheet column of each field of its table. */
export interface FindingPlace {
  file: string;
  /** Absent for findings about a whole file (one that could not be read). */
  sheet?: string;
  columns?: Readonly<Record<string, number>>;
}

/** A parsed table's place: its fields' columns counted from column A of the sheet. */
export function tablePlace(table: TablePlace): FindingPlace {
  const columns: Record<string, number> = {};
  for (const [field, index] of Object.entries(table.header.fieldColumns))
    columns[field] = index + table.firstColumn - 1;
  return { file: table.file, sheet: table.sheet, columns };
}

export function makeFinding(
  rule: RuleMeta,
  place: FindingPlace,
  target: FindingTarget,
  params: MessageParams,
  lang: Lang,
  labels?: FieldLabels,
): Finding {
  const at = target.table ? tablePlace(target.table) : place;
  const column = target.column ?? (target.field === undefined ? undefined : at.columns?.[target.field]);
  const sheet = target.sheet ?? at.sheet;
  const finding: Finding = {
    rule: rule.id,
    severity: rule.severity,
    file: target.file ?? at.file,
    ...(sheet === undefined ? {} : { sheet }),
    message: renderRule(rule, params, lang, labels),
    params,
  };
  if (target.row !== undefined) finding.row = target.row;
  if (target.field !== undefined) finding.field = target.field;
  if (target.row !== undefined && column !== undefined) finding.cell = a1(column, target.row);
  if (target.cell !== undefined) finding.cell = target.cell;
  if (target.value !== undefined) finding.value = target.value;
  if (target.suggestion !== undefined) finding.suggestion = target.suggestion;
  return finding;
}

/** How a batch of findings is rendered: the language, and the field labels for rules that name a field. */
export interface Rendering {
  lang: Lang;
  labels?: FieldLabels;
}

/** The emit a rule's check receives: bound to that rule, so a check can only report its own id. */
export function emitter<P>(rule: RuleMeta, place: FindingPlace, rendering: Rendering, out: Finding[]): Emit<P> {
  return ((target: FindingTarget, params: MessageParams) => {
    const finding = makeFinding(rule, place, target, params, rendering.lang, rendering.labels);
    out.push(finding);
    return finding;
  }) as Emit<P>;
}

/** Runs each rule's check on the context, in order; none stops another. Returns `out`. */
export function runRules<Ctx>(
  rules: readonly Rule<string, string, Ctx>[],
  ctx: Ctx,
  place: FindingPlace,
  rendering: Rendering,
  out: Finding[] = [],
): Finding[] {
  for (const rule of rules) rule.check(ctx, emitter(rule, place, rendering, out));
  return out;
}
