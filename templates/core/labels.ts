/** The labels of a set of kinds and their fields, for rules whose message names a kind or a field. */
import type { FieldLabels } from './rule.js';
import type { TemplateKind } from './kind.js';

export function kindLabels(kinds: readonly TemplateKind[]): FieldLabels {
  const def = (kind: string) => kinds.find((k) => k.def.kind === kind)?.def;
  return {
    kind: (kind) => def(kind)?.title,
    field: (kind, field) => def(kind)?.fields.find((f) => f.key === field)?.label,
  };
}
