/** What was recognised on the active sheet: kind, header row, column mapping, unrecognised columns. */
import type { Lang } from '../../../templates/index.js';
import type { DetectionView } from '../compute.js';
import { t } from '../i18n.js';
import { el } from './dom.js';

export function renderDetection(view: DetectionView | undefined, lang: Lang): HTMLElement {
  if (!view) return el('p', { text: t(lang, 'noTemplate') });
  const list = (cols: DetectionView['mapped']) =>
    cols.length ? cols.map((c) => `${c.letter}: ${c.header}${c.fieldLabel && c.fieldLabel !== c.header ? ` → ${c.fieldLabel}` : ''}`).join('; ') : t(lang, 'none');
  const rows: [string, string][] = [
    [t(lang, 'sheet'), view.sheet],
    [t(lang, 'kind'), view.title],
    [t(lang, 'headerRow'), view.headerRows.join('–')],
    [t(lang, 'mapped'), list(view.mapped)],
    [t(lang, 'unrecognised'), list(view.unrecognised)],
  ];
  if (view.missingRequired.length) rows.push([t(lang, 'missing'), view.missingRequired.join(', ')]);
  return el('dl', {}, rows.flatMap(([k, v]) => [el('dt', { text: k }), el('dd', { text: v })]));
}
