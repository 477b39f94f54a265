/**
 * Real plurals (issue 18): no message of ours writes "row(s)", "valor(es)" or "travail(x)"; a count chooses its word
 * by the plural rules of the message's language (French "0 ligne", English "0 rows"), in rule messages, the pane's
 * strings and the CLI's counts alike.
 */
import { describe, expect, it } from 'vitest';
import { ALL_RULES, KINDS, LABELS, LANGS, renderFinding, renderRule, type Lang } from '../../templates/index.js';
import type { Localised } from '../../templates/core/schema.js';
import { fillMessage, templateParams } from '../../templates/core/message.js';
import { countOf } from '../../templates/present/plural.js';
import { CRITERIA, WORDS } from '../../templates/present/words.js';
import { STRINGS } from '../../pipeline/dashboard/i18n.js';
import { HOW_TO_READ } from '../../pipeline/dashboard/reading.js';
import { NOUNS, SENTENCES, SET_ASIDE_NOUNS } from '../../pipeline/messages.js';
import { UI, t } from '../../addin/src/i18n.js';

/** A word with a bracketed ending: "task(s)", "evaluación(es)", "vez(ces)", "travail(x)", "noté(e)". */
const ALTERNATE = /\p{L}\(\p{Ll}{1,3}\)/u;

/**
 * Every text a person reads from our catalogues, by where it comes from. Column headers (field labels) are left
 * out: a header names a column that holds one unit or several, with no count to agree with, and keeps the
 * templates' own wording (the IOM matrix's "Responsible unit(s)").
 */
function texts(): { where: string; text: string }[] {
  const out: { where: string; text: string }[] = [];
  const add = (where: string, entry: Localised) => {
    for (const lang of LANGS) out.push({ where: `${where} ${lang}`, text: entry[lang] });
  };
  for (const rule of ALL_RULES) {
    add(`${rule.id} message`, rule.messages);
    add(`${rule.id} title`, rule.title);
    for (const [param, terms] of Object.entries(rule.terms ?? {}))
      for (const [code, term] of Object.entries(terms ?? {})) add(`${rule.id} ${param}=${code}`, term!);
  }
  for (const [key, s] of Object.entries(STRINGS)) add(`dashboard ${key}`, s);
  for (const [key, s] of Object.entries(HOW_TO_READ)) add(`dashboard reading ${key}`, s);
  for (const [key, s] of Object.entries(WORDS)) add(`workbook word ${key}`, s);
  CRITERIA.forEach((s, i) => add(`criterion ${i}`, s));
  for (const [key, s] of Object.entries(SENTENCES)) add(`CLI ${key}`, { en: s.en, fr: s.fr, es: s.es });
  for (const [key, n] of [...Object.entries(NOUNS), ...Object.entries(SET_ASIDE_NOUNS)])
    add(`CLI noun ${key}`, { en: n.en.join(' / '), fr: n.fr.join(' / '), es: n.es.join(' / ') });
  for (const lang of LANGS)
    for (const [key, s] of Object.entries(UI[lang])) out.push({ where: `pane ${key} ${lang}`, text: s });
  for (const { def } of KINDS) {
    add(`${def.kind} title`, def.title);
    def.instructions.forEach((line, i) => add(`${def.kind} instruction ${i + 1}`, line));
    for (const [id, list] of Object.entries(def.enums))
      for (const v of list.values) add(`${def.kind} list ${id}=${v.value}`, v.label);
  }
  return out;
}

describe('plurals', () => {
  it('no rule message, title, list value, instruction, CLI, pane, dashboard or workbook string writes "(s)"', () => {
    const all = texts();
    expect(all.length).toBeGreaterThan(1000);
    expect(all.filter((e) => ALTERNATE.test(e.text)).map((e) => `${e.where}: ${e.text}`)).toEqual([]);
  });

  it('the scan would see one: the pattern catches each style of alternate', () => {
    for (const bad of ['3 task(s)', '2 evaluación(es)', '1 vez(ces)', 'travail(x)', 'noté(e)'])
      expect(ALTERNATE.test(bad), bad).toBe(true);
    for (const fine of ['Rows (3)', 'pillar 2 (Prevention)', 'ISO (yyyy-mm-dd)'])
      expect(ALTERNATE.test(fine)).toBe(false);
  });

  it('chooses the form by each language’s plural rules: French 0 and 1 singular, English and Spanish 1 alone', () => {
    const rule = ALL_RULES.find((r) => r.id === 'layout.rows-set-aside')!;
    const render = (lang: Lang, count: number) =>
      renderFinding({ rule: rule.id, params: { count, reason: 'blank', rows: '4' } }, lang).split(' (')[0];
    expect([0, 1, 2].map((n) => render('en', n))).toEqual(['0 rows set aside', '1 row set aside', '2 rows set aside']);
    expect([0, 1, 2].map((n) => render('fr', n))).toEqual([
      '0 ligne mise de côté',
      '1 ligne mise de côté',
      '2 lignes mises de côté',
    ]);
    expect([0, 1, 2].map((n) => render('es', n))).toEqual([
      '0 filas apartadas',
      '1 fila apartada',
      '2 filas apartadas',
    ]);
  });

  it('a count in the millions (CLDR "many" in French and Spanish) takes the plural form', () => {
    const rule = ALL_RULES.find((r) => r.id === 'action-plan.overdue')!;
    const params = { days: 1_000_000, due: '2026-01-01', status: 'Ongoing', asOf: '2026-02-01' };
    expect(new Intl.PluralRules('fr').select(1_000_000)).toBe('many');
    expect(renderRule(rule, params, 'fr', LABELS)).toContain(' jours');
    expect(renderRule(rule, params, 'es', LABELS)).toContain(' días');
    expect(renderRule(rule, { ...params, days: 1 }, 'es', LABELS)).toContain('1 día:');
  });

  it('every plural form of a rule gives a different text for 1 and for 2, and leaves no brace or bar', () => {
    let forms = 0;
    for (const rule of ALL_RULES)
      for (const lang of LANGS)
        for (const name of templateParams(rule.messages[lang]).plural) {
          forms++;
          const one = renderRule(rule, { ...rule.doc.example.params, [name]: 1 }, lang, LABELS);
          const two = renderRule(rule, { ...rule.doc.example.params, [name]: 2 }, lang, LABELS);
          expect(one, `${rule.id} ${lang}`).not.toBe(two);
          for (const text of [one, two]) expect(text, `${rule.id} ${lang}`).not.toMatch(/[{}|]/);
        }
    expect(forms).toBeGreaterThanOrEqual(3 * 12);
  });

  it('the pane and the CLI choose by the same rules as the rule messages', () => {
    expect([0, 1, 2].map((n) => t('fr', 'dropdownsDone', { columns: n }))).toEqual([
      'Listes déroulantes sur 0 colonne.',
      'Listes déroulantes sur 1 colonne.',
      'Listes déroulantes sur 2 colonnes.',
    ]);
    expect([0, 1, 2].map((n) => t('en', 'dropdownsDone', { columns: n }))).toEqual([
      'Dropdowns on 0 columns.',
      'Dropdowns on 1 column.',
      'Dropdowns on 2 columns.',
    ]);
    expect([0, 1, 2].map((n) => countOf('es', n, NOUNS.file))).toEqual(['0 archivos', '1 archivo', '2 archivos']);
    expect(fillMessage('{n} {n:ligne|lignes}', 'fr', { n: '1' })).toBe('1 ligne');
  });
});
