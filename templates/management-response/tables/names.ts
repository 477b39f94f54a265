/**
 * What the keys of each evaluation's tables stand for: a pillar's number its name, a criterion's key its names in
 * other languages. The outputs a person reads show these in their language (pipeline/dashboard, the workbook's
 * tables); tables.json keeps the keys.
 */
import { dict } from '../../core/dict.js';
import type { TableNames } from '../../core/settings-names.js';
import type { CountedRecommendation } from './counted.js';

export function namesOfCounted(counted: readonly CountedRecommendation[]): TableNames {
  const names: TableNames = dict();
  for (const c of counted) {
    if (!c.pillarName && !c.criterionName) continue;
    const own = (names[c.evaluation] ??= { pillar: dict(), criterion: dict() });
    if (c.pillarName) own.pillar[c.pillar] ??= { name: c.pillarName.name, names: c.pillarName.names };
    if (c.criterionName?.names)
      own.criterion[c.criterion] ??= { name: c.criterionName.name, names: c.criterionName.names };
  }
  return names;
}
