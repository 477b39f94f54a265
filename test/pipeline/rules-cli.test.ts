/** psea rules: every rule of the registry, in the language asked, as text or as the Markdown of docs/rules.md. */
import { describe, expect, it } from 'vitest';
import { readFile } from 'node:fs/promises';
import { ALL_RULES } from '../../templates/index.js';
import { psea } from '../cli-run.js';

describe('psea rules', () => {
  it('lists every rule with its title in the language asked', async () => {
    const { code, stdout } = await psea('rules', '--lang', 'fr');
    expect(code).toBe(0);
    for (const rule of ALL_RULES) expect(stdout).toContain(`${rule.id}  [`);
    expect(stdout).toContain('management-response.criterion-label  [erreur]  Critère en désaccord avec sa référence');
    expect(stdout).toContain('# Réponse de la direction');
  });

  it('prints docs/rules.md with --format md', async () => {
    const { code, stdout } = await psea('rules', '--format', 'md');
    expect(code).toBe(0);
    expect(stdout).toBe(await readFile('docs/rules.md', 'utf8'));
  });

  it('is in the help', async () => {
    expect((await psea('--help')).stdout).toMatch(/psea rules \[--lang en\|fr\|es\] \[--format md\]/);
  });
});
