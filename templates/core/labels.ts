/** The labels of a set of kinds and their fields, for rules whose message names a kind or a field. */
import type { FieldLabels } from './rule.js';
import type { Localised } from './schema.js';
import type { TemplateKind } from './kind.js';
import type { Finding, Lang } from './types.js';
import { foldKey } from './text.js';

export function kindLabels(kinds: readonly TemplateKind[]): FieldLabels {
  const def = (kind: string) => kinds.find((k) => k.def.kind === kind)?.def;
  // Built on the first message that names a list value: most files have none.
  let values: Map<string, Localised | null> | undefined;
  return {
    kind: (kind) => def(kind)?.title,
    field: (kind, field) => def(kind)?.fields.find((f) => f.key === field)?.label,
    value: (value) => (values ??= listValueLabels(kinds)).get(value) ?? undefined,
  };
}

/** Each canonical list value's label; null where two lists give one value different labels (shown as given). */
function listValueLabels(kinds: readonly TemplateKind[]): Map<string, Localised | null> {
  const labels = new Map<string, Localised | null>();
  for (const { def } of kinds)
    for (const list of Object.values(def.enums))
      for (const { value, label } of list.values) {
        const seen = labels.get(value);
        if (seen === undefined) labels.set(value, label);
        else if (seen && (seen.en !== label.en || seen.fr !== label.fr || seen.es !== label.es))
          labels.set(value, null);
      }
  return labels;
}

/**
 * A finding's suggestion in a language: a list value's label there, the word a fix writes on a sheet in that
 * language (sheet-language.ts suggestionsIn), whichever language the suggestion is in; other text (a unit, a
 * code, a name) as it is. The kind the rule belongs to is looked in first: two kinds' lists may share a field key.
 */
export function suggestionIn(
  kinds: readonly TemplateKind[],
  finding: Pick<Finding, 'rule' | 'field' | 'suggestion'>,
  lang: Lang,
): string | undefined {
  const { field, suggestion } = finding;
  if (suggestion === undefined || field === undefined) return suggestion;
  const key = foldKey(suggestion);
  const own = finding.rule.split('.')[0];
  for (const { def } of [...kinds].sort((a, b) => Number(b.def.kind === own) - Number(a.def.kind === own))) {
    const enumId = def.fields.find((d) => d.key === field)?.enumId;
    const item = enumId
      ? def.enums[enumId]?.values.find((v) => Object.values(v.label).some((l) => foldKey(l) === key))
      : undefined;
    if (item) return item.label[lang];
  }
  return suggestion;
}
