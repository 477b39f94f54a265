/**
 * The findings list: a section per severity (errors first), in it one Fluent accordion item per rule title with
 * its count, one "Apply to all" for the group and, per finding, a button that selects its cell and an "Apply".
 */
import type { Finding, Lang, Severity } from '../../../templates/index.js';
import { fixOne, isFixable, type CellFix } from '../compute.js';
import { groupFindings, type FindingGroup, type SeveritySection } from '../groups.js';
import { t, type UiKey } from '../i18n.js';
import { el } from './dom.js';

export interface FindingActions {
  select(f: Finding): void;
  fix(fixes: CellFix[]): void;
}

const HEADING: Record<Severity, UiKey> = { error: 'errors', warning: 'warnings', info: 'infos' };
const BADGE: Record<Severity, string> = { error: 'danger', warning: 'warning', info: 'informative' };

export function renderFindings(shown: readonly Finding[], lang: Lang, actions: FindingActions): HTMLElement {
  if (!shown.length) return el('p', { text: t(lang, 'noFindings') });
  return el(
    'div',
    {},
    groupFindings(shown, lang).map((section) => renderSection(section, lang, actions)),
  );
}

function renderSection(section: SeveritySection, lang: Lang, actions: FindingActions): HTMLElement {
  const id = `severity-${section.severity}`;
  return el('section', { className: `severity ${section.severity}`, attrs: { 'aria-labelledby': id } }, [
    el('h3', { attrs: { id } }, [
      el('span', { text: t(lang, HEADING[section.severity]) }),
      countBadge(section.count, section.severity),
    ]),
    el(
      'fluent-accordion',
      {},
      section.groups.map((g) => renderGroup(g, section.collapsed, lang, actions)),
    ),
  ]);
}

function renderGroup(group: FindingGroup, collapsed: boolean, lang: Lang, actions: FindingActions): HTMLElement {
  const item = el('fluent-accordion-item', { attrs: { 'data-rules': group.rules.join(' '), 'heading-level': '4' } }, [
    el('span', { className: 'group-heading', attrs: { slot: 'heading' } }, [
      el('span', { className: 'title', text: group.title }),
      countBadge(group.findings.length, group.severity),
    ]),
  ]);
  if (!collapsed) item.setAttribute('expanded', '');
  // One "Apply to all" per group; a lone fixable finding has its own "Apply" and needs no second button.
  if (group.fixes.length > 1) {
    const label = t(lang, 'applyAll', { count: group.fixes.length });
    item.append(
      el('div', { className: 'group-actions' }, [
        fixButton(label, t(lang, 'applyAllLabel', { count: group.fixes.length, title: group.title }), 'fix-all', () =>
          actions.fix(group.fixes),
        ),
      ]),
    );
  }
  item.append(
    el(
      'ul',
      {},
      group.findings.map((f) => renderFinding(f, lang, actions)),
    ),
  );
  return item;
}

function renderFinding(f: Finding, lang: Lang, actions: FindingActions): HTMLElement {
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
    const label = t(lang, 'apply', { value: f.suggestion });
    const name = t(lang, 'applyTo', { value: f.suggestion, cell: where });
    item.append(el('div', { className: 'fixes' }, [fixButton(label, name, 'fix-one', () => actions.fix(fixOne(f)))]));
  }
  return item;
}

function countBadge(count: number, severity: Severity): HTMLElement {
  return el('fluent-badge', {
    className: 'count',
    text: String(count),
    attrs: { appearance: 'tint', shape: 'circular', size: 'small', color: BADGE[severity] },
  });
}

/** A Fluent button whose accessible name adds context (the cell, the group) to the words it shows. */
function fixButton(label: string, name: string, kind: string, onClick: () => void): HTMLElement {
  const b = el('fluent-button', {
    text: label,
    attrs: { size: 'small', appearance: 'outline', 'data-fix': kind, 'aria-label': name },
  });
  b.addEventListener('click', onClick);
  return b;
}
