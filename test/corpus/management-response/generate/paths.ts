/** Where the corpus lives, from the repository root (where npm test and vitest run). */
import { join } from 'node:path';

export const CORPUS_DIR = join(process.cwd(), 'test/corpus/management-response');
export const SEED_FACTS = join(CORPUS_DIR, 'seed', 'seed-facts.json');
/** The seed text itself, present where ../shared is (CI and the lead's machine), absent in a bare clone. */
export const SEED_TEXT = join(process.cwd(), '../shared/seeds/003_e0cad89f7b6f56f0.txt');
