/** The findings list: grouped by rule with counts and severity; each finding selects its cell; fixes are buttons. */
import type { Finding, Lang } from '../../../templates/index.js';
import { fixOne, fixSameValue, groupFindings, isFixable, type CellFix } from '../compute.js';
import { t } from '../i18n.js';
import { el } from './dom.js';

export interface FindingActions {
  select(f: Finding): void;
  fix(fixes: CellFix[]): void;
}

export function renderFindings(
  shown: readonly Finding[],
  all: readonly Finding[],
  lang: Lang,
  actions: FindingActions,
): HTMLElement {
  if (!shown.length) return el('p', { text: t(lang, 'noFindings') });
  const groups = groupFindings(shown, lang);
  return el(
    'div',
    {},
    groups.map((group, i) => {
      const details = el('details', { attrs: { 'data-rule': group.rule } }, [
        el('summary', {}, [
          el('span', { className: `badge ${group.severity}`, text: t(lang, group.severity) }),
          el('span', { className: 'rule', text: group.title }),
          el('span', { className: 'count', text: String(group.count) }),
        ]),
        el(
          'ul',
          {},
          group.findings.map((f) => renderFinding(f, all, lang, actions)),
        ),
      ]);
      if (i === 0) details.open = true;
      return details;
    }),
  );
}

function renderFinding(f: Finding, all: readonly Finding[], lang: Lang, actions: FindingActions): HTMLElement {
  const where = f.cell ? `${f.sheet}!${f.cell}` : f.row ? `${f.sheet} ${f.row}` : (f.sheet ?? '');
  const button = el(
    'button',
    { className: 'finding', attrs: { type: 'button', 'data-cell': f.cell ?? '', 'data-sheet': f.sheet ?? '' } },
    [el('span', { className: 'where', text: where }), f.message],
  );
  if (f.cell && f.sheet) button.addEventListener('click', () => actions.select(f));
  else button.disabled = true;
  const item = el('li', {}, [button]);
  if (isFixable(f)) {
    const same = fixSameValue(all, f);
    const fixes = el('div', { className: 'fixes' }, [
      fixButton(t(lang, 'apply', { value: f.suggestion ?? '' }), 'fix-one', () => actions.fix(fixOne(f))),
    ]);
    if (same.length > 1)
      fixes.append(
        fixButton(t(lang, 'applyAll', { count: same.length, value: f.value ?? '' }), 'fix-all', () =>
          actions.fix(same),
        ),
      );
    item.append(fixes);
  }
  return item;
}

function fixButton(label: string, kind: string, onClick: () => void): HTMLButtonElement {
  const b = el('button', { text: label, attrs: { type: 'button', 'data-fix': kind } });
  b.addEventListener('click', onClick);
  return b;
}
