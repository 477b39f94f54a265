/**
 * Issue 18: `psea rules --lang fr|es` (text and Markdown) prints each rule's documentation in that language: none of
 * our English doc sentences is left in it. Quoted values and code in the English texts are what a user typed or an id,
 * so they are not ours to translate; every other clause of four words or more must be gone.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { ALL_RULES, type RuleMeta } from '../../templates/index.js';
import { psea } from '../cli-run.js';

type Lang = 'fr' | 'es';
const LANGS: Lang[] = ['fr', 'es'];
const outputs: Partial<Record<`${Lang}-${'text' | 'md'}`, string>> = {};

beforeAll(async () => {
  for (const lang of LANGS)
    for (const format of ['text', 'md'] as const) {
      const run = await psea('rules', '--lang', lang, ...(format === 'md' ? ['--format', 'md'] : []));
      expect(run.code, run.stderr).toBe(0);
      outputs[`${lang}-${format}`] = run.stdout;
    }
}, 60_000);

/** A word of prose: letters only, not an acronym (ids, variables, codes and acronyms read the same in any language). */
const isWord = (token: string) => /^\p{L}[\p{L}'’]*$/u.test(token) && token !== token.toUpperCase();

/** The English clauses of a rule's doc: its texts without quoted values and code, cut at punctuation. */
function englishClauses(rule: RuleMeta): string[] {
  const { checks, why, fix, example } = rule.doc;
  return [checks.en, why.en, fix.en, example.input.en]
    .map((text) => text.replace(/"[^"]*"|`[^`]*`|“[^”]*”/g, ' | '))
    .flatMap((text) => text.split(/[.;:!?()|,—–]+\s*/))
    .map((clause) => clause.trim())
    .filter((clause) => clause.split(/\s+/).filter(isWord).length >= 4);
}

describe('psea rules --lang fr|es prints no English documentation', () => {
  it('finds English clauses to look for (the test can fail)', () => {
    const clauses = ALL_RULES.flatMap(englishClauses);
    expect(clauses.length).toBeGreaterThan(ALL_RULES.length * 4);
    expect(outputs['fr-text']).not.toBe(outputs['es-text']);
  });

  for (const lang of LANGS)
    for (const format of ['text', 'md'] as const)
      it(`${lang}, ${format}`, () => {
        const shown = outputs[`${lang}-${format}`]!;
        const left = ALL_RULES.flatMap((rule) =>
          englishClauses(rule)
            .filter((clause) => shown.includes(clause))
            .map((clause) => `${rule.id}: ${clause}`),
        );
        expect(left).toEqual([]);
        for (const rule of ALL_RULES) expect(shown).toContain(rule.doc.why[lang]);
      });
});
