/**
 * The dashboard's last step: every value of ours in the page's language (statuses, responses, areas, criteria,
 * standards); pillars and criteria by their names (named, per evaluation, before). A row or chart whose key is
 * shown otherwise keeps the canonical key beside it (`key`, `keys`), so a reader of the embedded data (the oracle)
 * still finds it.
 */
import type { Lang } from '../../templates/index.js';
import { isOurValue, valueLabel } from '../../templates/present/labels.js';
import type { Cell, Section } from './model.js';

function shown(value: Cell, lang: Lang): Cell {
  return typeof value === 'string' && isOurValue(value) ? valueLabel(value, lang) : value;
}

/**
 * A section's first column and chart categories by name where `label` gives one (a pillar's number and name, a
 * criterion in the page's language), the keys kept beside them.
 */
export function nameKeys(section: Section, label: (key: string) => string | undefined): Section {
  for (const table of section.tables)
    for (const row of table.rows) {
      const key = row.cells[0];
      const name = typeof key === 'string' ? label(key) : undefined;
      if (name === undefined || name === key) continue;
      row.key ??= key;
      row.cells[0] = name;
    }
  const chart = section.chart;
  if (chart?.type === 'bar') {
    const names = chart.categories.map((c) => label(c) ?? c);
    if (names.some((n, i) => n !== chart.categories[i])) chart.keys ??= chart.categories;
    chart.categories = names;
  }
  return section;
}

export function localiseSections(sections: Section[], lang: Lang): Section[] {
  for (const section of sections) {
    for (const table of section.tables) {
      for (const row of table.rows) {
        const first = row.cells[0];
        row.cells = row.cells.map((c) => shown(c, lang));
        if (row.cells[0] !== first) row.key ??= first;
      }
    }
    const chart = section.chart;
    if (chart?.type === 'bar') {
      const categories = chart.categories.map((c) => String(shown(c, lang)));
      if (categories.some((c, i) => c !== chart.categories[i])) chart.keys ??= chart.categories;
      chart.categories = categories;
      for (const s of chart.series) s.name = String(shown(s.name, lang));
    } else if (chart?.type === 'heatmap') {
      chart.x = chart.x.map((x) => String(shown(x, lang)));
      chart.y = chart.y.map((y) => String(shown(y, lang)));
      for (const level of chart.levels) level.name = String(shown(level.name, lang));
    }
  }
  return sections;
}
