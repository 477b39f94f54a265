/** The product version, from package.json. */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** package.json sits two folders above build/pipeline/version.js, one above pipeline/version.ts (tests run sources). */
export function version(): string {
  const here = fileURLToPath(import.meta.url);
  const root = resolve(here, here.endsWith('.ts') ? '../..' : '../../..');
  return (JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string }).version;
}
