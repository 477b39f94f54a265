/**
 * Issue 17: streaming changed how the outputs are written, not what they say. The outputs of the bundled examples
 * and of a generated batch (8 matrices, a 400-row mapping, CSV exports, --previous), of matrices with dated rounds
 * and of the committed corpora are compared, file by file and
 * sheet by sheet (outputs.ts), with the digests of main's code before the change, kept in before.json.
 *
 * When an output is meant to change (a new table, a new label), capture the digests again from the code before your
 * change, built in a folder of its own: PSEA_CAPTURE_BEFORE=/path/to/that/checkout npx vitest run
 * test/stream/outputs-identical.test.ts (it writes before.json with the revision it read; PSEA_CAPTURE_REVISION names
 * it when that folder is not a git checkout, e.g. made by git archive).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generate } from '../../bench/generate.js';
import { CLI } from '../cli-run.js';
import { consolidateRuns, outputDigests, writeRounds } from './outputs.js';

const FIXTURE = join(import.meta.dirname, 'before.json');
const capture = process.env.PSEA_CAPTURE_BEFORE;

interface Before {
  revision: string;
  runs: Record<string, Record<string, string>>;
}

let root: string;
let runs: Record<string, Record<string, string>>;

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'psea-identical-'));
  await cp(join(process.cwd(), 'examples'), join(root, 'examples'), { recursive: true });
  await generate(root, { files: 8, rowsPerFile: 62, bigRows: 400, scaleBase: 1 });
  await writeRounds(join(root, 'rounds'));
  for (const [from, to] of [
    ['test/corpus/management-response/libreoffice', 'corpus/management-response'],
    ['test/corpus/inter-agency/files', 'corpus/inter-agency'],
  ])
    await cp(join(process.cwd(), from), join(root, to), { recursive: true });
  const dirs = await consolidateRuns(capture ? join(capture, 'build/pipeline/cli.js') : CLI, root);
  runs = {};
  for (const [run, dir] of Object.entries(dirs)) runs[run] = await outputDigests(dir);
  if (capture) {
    const revision =
      process.env.PSEA_CAPTURE_REVISION ??
      execFileSync('git', ['-C', capture, 'rev-parse', '--short', 'HEAD'], { encoding: 'utf8' }).trim();
    await writeFile(FIXTURE, JSON.stringify({ revision, runs } satisfies Before, null, 2) + '\n');
    console.log(`captured ${FIXTURE} from ${capture} at ${revision}`);
  }
}, 240_000);

afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

describe('outputs before and after streaming', () => {
  it.each(['examples', 'batch', 'rounds', 'corpus'])(
    'the %s run writes the same files, sheets and cells',
    async (run) => {
      const before = JSON.parse(await readFile(FIXTURE, 'utf8')) as Before;
      expect(Object.keys(runs[run]).length).toBeGreaterThan(20);
      const changed = Object.keys({ ...before.runs[run], ...runs[run] }).filter(
        (key) => before.runs[run][key] !== runs[run][key],
      );
      expect(changed, `outputs differ from ${before.revision}'s`).toEqual([]);
    },
  );
});
