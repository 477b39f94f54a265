/**
 * The line `psea validate` ends with, as a French or Spanish reader expects it: French puts a space before ":" and
 * ";", and "non lu" agrees with one file (issue 18). One file of the batch is not an xlsx at all.
 */
import { beforeAll, afterAll, describe, expect, it } from 'vitest';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { psea } from '../cli-run.js';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'psea-summary-'));
  await writeFile(join(dir, 'broken.xlsx'), 'not a zip');
});
afterAll(() => rm(dir, { recursive: true, force: true }));

const last = (text: string) => text.trim().split('\n').at(-1);

describe('the summary line of validate', () => {
  it.each([
    ['fr', /^2 fichiers : \d+ erreurs?, \d+ avertissements?, \d+ infos? ; 1 fichier non lu$/],
    ['es', /^2 archivos: \d+ errore?s?, \d+ advertencias?, \d+ avisos? informativos?; 1 archivo sin leer$/],
    ['en', /^2 files: \d+ errors?, \d+ warnings?, \d+ info; 1 file not read$/],
  ])('%s', async (lang, line) => {
    const { stdout } = await psea('validate', 'examples/action-plan', join(dir, 'broken.xlsx'), '--lang', lang);
    expect(last(stdout)).toMatch(line);
  });
});
