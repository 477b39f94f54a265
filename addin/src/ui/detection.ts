/** What was recognised on the active sheet: kind, header row, column mapping, unrecognised columns. */
import type { Lang } from '../../../templates/index.js';
import type { DetectionView } from '../compute.js';
import { t } from '../i18n.js';
import { el } from './dom.js';

export function renderDetection(view: DetectionView | undefined, lang: Lang): HTMLElement {
  if (!view) return el('p', { text: t(lang, 'noTemplate') });
  const line = (c: DetectionView['mapped'][number]) =>
    `${c.letter}: ${c.header}${c.fieldLabel && c.fieldLabel !== c.header ? ` → ${c.fieldLabel}` : ''}`;
  // The mapping is long (16 columns for the matrix): folded, so the pane stays readable at 320 px.
  const list = (cols: DetectionView['mapped']) =>
    cols.length
      ? el('details', {}, [
          el('summary', { text: String(cols.length) }),
          el(
            'ul',
            {},
            cols.map((c) => el('li', { text: line(c) })),
          ),
        ])
      : t(lang, 'none');
  const rows: [string, Node | string][] = [
    [t(lang, 'sheet'), view.sheet],
    [t(lang, 'kind'), view.title],
    [t(lang, 'headerRow'), view.headerRows.join('–')],
    [t(lang, 'mapped'), list(view.mapped)],
    [t(lang, 'unrecognised'), view.unrecognised.length ? view.unrecognised.map(line).join('; ') : t(lang, 'none')],
  ];
  if (view.missingRequired.length) rows.push([t(lang, 'missing'), view.missingRequired.join(', ')]);
  return el(
    'dl',
    {},
    rows.flatMap(([k, v]) => [el('dt', { text: k }), el('dd', {}, [v])]),
  );
}
