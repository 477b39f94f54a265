/**
 * Walks every rule of the registry (as typescript-eslint's docs test and zod's locale parity test do for
 * theirs): its module is the file its id names and is registered; its title and message exist in EN, FR and
 * ES with the same placeholders; its doc says what it checks, why, how to fix, with an example, each written in
 * EN, FR and ES (not left in English), and the example renders in every language; and its cases file
 * test/rules/GROUP/NAME.ts holds cases that raise it and cases where it stays silent, run here through the real
 * analysis.
 */
import { describe, expect, it } from 'vitest';
import { existsSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  ALL_RULES,
  LABELS,
  LANGS,
  RULE_GROUPS,
  renderFinding,
  renderRule,
  type RuleMeta,
} from '../../templates/index.js';
import { readFile } from 'node:fs/promises';
import { rulePaths, rulesListing } from '../../pipeline/rules.js';
import { templateParams } from '../../templates/core/message.js';
import { runCase, type RuleCases } from './tester.js';

const ROOT = process.cwd();
/** Every param a message names, plain `{count}` or plural `{count:row|rows}`. */
const placeholders = (text: string) => {
  const { plain, plural } = templateParams(text);
  return [...new Set([...plain, ...plural])].sort();
};
const leftover = /\{\w+(:[^{}]*)?\}/;
/** A word that does not change with the number in one language needs no plural form there. */
const INVARIABLE: Readonly<Record<string, Partial<Record<(typeof LANGS)[number], string>>>> = {
  'management-response.unit-variant': { fr: '{count} fois: "fois" is the same in the singular' },
};
const docTexts = (rule: RuleMeta) => ({ checks: rule.doc.checks, why: rule.doc.why, fix: rule.doc.fix });
/** A text that is only ids, paths, codes or quoted values (nothing in it to translate): it may stay as it is. */
const onlyIdentifiers = (text: string) =>
  !/\p{L}{2,}/u.test(text.replace(/`[^`]*`|"[^"]*"|\S*[./_#@-]\S*|\b[\p{Lu}\d]+\b/gu, ' '));

async function ruleFiles(dir: string): Promise<string[]> {
  const entries = await readdir(join(ROOT, dir), { withFileTypes: true, recursive: true });
  return entries
    .filter((e) => e.isFile() && e.name.endsWith('.ts') && !['index.ts', 'context.ts'].includes(e.name))
    .map((e) => relative(ROOT, join(e.parentPath, e.name)))
    .filter((p) => /\/rules\//.test(p));
}

describe('the rule registry', () => {
  it('has unique ids, and every rule module on disk is registered under the id its path names', async () => {
    const ids = ALL_RULES.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    const onDisk = (
      await Promise.all(
        ['templates/core/rules', ...RULE_GROUPS.slice(1).map((g) => `templates/${g.id}`)].map(ruleFiles),
      )
    ).flat();
    expect(onDisk.sort()).toEqual(ALL_RULES.map((r) => rulePaths(r.id).module).sort());
  });

  for (const [lang, file] of [
    ['en', 'docs/rules.md'],
    ['fr', 'docs/rules.fr.md'],
    ['es', 'docs/rules.es.md'],
  ] as const)
    it(`${file} is what the rule modules say (regenerate: npm run docs:rules)`, async () => {
      expect(await readFile(join(ROOT, file), 'utf8')).toBe(rulesListing(lang, 'md') + '\n');
    });

  it('never renders a message for an id no module declares', () => {
    expect(() => renderFinding({ rule: 'management-response.no-such-rule', params: {} }, 'fr')).toThrow(/no rule/);
  });
});

for (const rule of ALL_RULES) {
  describe(rule.id, () => {
    const { module, cases: casesPath } = rulePaths(rule.id);

    it('is the default export of its module', async () => {
      const mod = (await import(pathToFileURL(join(ROOT, module)).href)) as { default: RuleMeta };
      expect(mod.default).toBe(rule);
    });

    it('has its title and message in EN, FR and ES, with the same placeholders, and every term in the three', () => {
      for (const lang of LANGS) {
        expect(rule.title[lang].trim(), `title ${lang}`).not.toBe('');
        expect(placeholders(rule.messages[lang]), `placeholders ${lang}`).toEqual(placeholders(rule.messages.en));
      }
      // A plural form in one language is one in every language (keyed on the same param), and its param a number.
      const plural = templateParams(rule.messages.en).plural;
      for (const lang of LANGS)
        if (!INVARIABLE[rule.id]?.[lang])
          expect(templateParams(rule.messages[lang]).plural, `plural forms ${lang}`).toEqual(plural);
      const example = rule.doc.example.params as Record<string, unknown>;
      for (const name of plural) expect(typeof example[name], `example's ${name}`).toBe('number');
      for (const [param, terms] of Object.entries(rule.terms ?? {})) {
        expect(placeholders(rule.messages.en)).toContain(param);
        for (const [code, term] of Object.entries(terms ?? {}))
          for (const lang of LANGS) expect(term[lang]?.trim(), `${param}=${code} ${lang}`).toBeTruthy();
      }
    });

    it('documents what it checks, why it matters, how to fix it, with an example in every language', () => {
      const texts = { ...docTexts(rule), input: rule.doc.example.input };
      for (const [part, text] of Object.entries(texts)) {
        expect(text.en.length, part).toBeGreaterThanOrEqual(part === 'input' ? 10 : 30);
        for (const lang of LANGS) {
          expect(text[lang].trim(), `${part} ${lang}`).not.toBe('');
          if (lang !== 'en' && !onlyIdentifiers(text.en))
            expect(text[lang], `${part} ${lang} is the English text`).not.toBe(text.en);
        }
      }
      for (const lang of LANGS) expect(renderRule(rule, rule.doc.example.params, lang, LABELS)).not.toMatch(leftover);
    });

    it(
      'has cases that raise it, exactly as listed, and cases where it stays silent on input it ' + 'looked at',
      async () => {
        expect(existsSync(join(ROOT, casesPath)), `${casesPath} is missing`).toBe(true);
        const { default: cases } = (await import(pathToFileURL(join(ROOT, casesPath)).href)) as { default: RuleCases };
        expect(cases.invalid.length, 'cases that raise it').toBeGreaterThan(0);
        expect(cases.valid.length, 'cases where it stays silent').toBeGreaterThan(0);
        for (const c of cases.invalid) {
          expect(c.findings?.length, `${c.name}: lists the findings it expects`).toBeGreaterThan(0);
          const { findings } = await runCase(c);
          const own = findings.filter((f) => f.rule === rule.id);
          expect(own.length, `${c.name}: number of ${rule.id} findings`).toBe(c.findings!.length);
          own.forEach((f, i) => expect(f, `${c.name} #${i + 1}`).toMatchObject(c.findings![i]));
          for (const f of own) {
            expect(f.severity).toBe(rule.severity);
            for (const lang of LANGS) expect(renderFinding(f, lang), `${c.name} ${lang}`).not.toMatch(leftover);
          }
        }
        for (const c of cases.valid) {
          const { findings, lookedAt } = await runCase(c);
          expect(lookedAt, `${c.name}: the input reached the rules`).toBe(true);
          expect(
            findings.filter((f) => f.rule === rule.id),
            c.name,
          ).toEqual([]);
        }
      },
    );
  });
}
