/**
 * The CLI as users reach it, never by calling the built file: through a symbolic link (npm link,
 * node_modules/.bin), `npx psea` in the project, and `npm pack` + `npm install -g` of the tarball.
 */
import { execFile } from 'node:child_process';
import { cp, mkdir, mkdtemp, readFile, rm, stat, symlink } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const ROOT = process.cwd();
const VERSION = (JSON.parse(await readFile(join(ROOT, 'package.json'), 'utf8')) as { version: string }).version;

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

function run(command: string, args: string[], cwd = ROOT): Promise<Run> {
  return new Promise((done) => {
    execFile(command, args, { cwd, maxBuffer: 64 * 1024 * 1024 }, (error, stdout, stderr) =>
      done({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr }),
    );
  });
}

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'psea-install-'));
});
// The global install holds some 200 packages: not left in the temporary folder.
afterAll(() => rm(dir, { recursive: true, force: true }));

describe('psea reached through a symbolic link', () => {
  it('runs when its bin is a link to build/pipeline/cli.js (npm link, npm install -g, node_modules/.bin)', async () => {
    const link = join(dir, 'psea');
    await symlink(join(ROOT, 'build/pipeline/cli.js'), link);
    // Run as a bin is: through its shebang, so the build must leave cli.js executable (a clean tsc build does not).
    const result = await run(link, ['--version']);
    expect(result).toEqual({ code: 0, stdout: `${VERSION}\n`, stderr: '' });
  });

  it('npx psea --version in the project prints the version', async () => {
    const result = await run('npx', ['--no-install', 'psea', '--version']);
    expect(result.stdout).toBe(`${VERSION}\n`);
    expect(result.code).toBe(0);
  });
});

/** The project as a fresh clone has it: the files git tracks or would track, without build/ or node_modules/. */
async function copyProject(to: string): Promise<void> {
  const listed = await run('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard']);
  expect(listed.code, listed.stderr).toBe(0);
  for (const file of listed.stdout.split('\0').filter(Boolean)) {
    const exists = await stat(join(ROOT, file)).catch(() => undefined);
    if (exists?.isFile()) await cp(join(ROOT, file), join(to, file));
  }
  await symlink(join(ROOT, 'node_modules'), join(to, 'node_modules'));
}

describe('npm pack, then npm install -g of the tarball', () => {
  let tarball: string;
  let packed: string[];
  let prefix: string;
  let bin: string;
  beforeAll(async () => {
    const project = join(dir, 'project');
    await copyProject(project);
    const pack = await run('npm', ['pack', '--json', '--pack-destination', dir], project);
    expect(pack.code, pack.stderr).toBe(0);
    const [info] = JSON.parse(pack.stdout.slice(pack.stdout.indexOf('['))) as {
      filename: string;
      files: { path: string }[];
    }[];
    tarball = join(dir, info.filename);
    packed = info.files.map((f) => f.path).sort();
    prefix = join(dir, 'global');
    await mkdir(prefix);
    const install = await run('npm', [
      'install',
      '--global',
      '--prefix',
      prefix,
      '--prefer-offline',
      '--no-audit',
      '--no-fund',
      tarball,
    ]);
    expect(install.code, install.stderr).toBe(0);
    bin = join(prefix, 'bin', 'psea');
  }, 300_000);

  it('the tarball holds the built CLI and core (built by prepack), package.json and README, nothing else', async () => {
    const sources = await run('git', [
      'ls-files',
      '--cached',
      '--others',
      '--exclude-standard',
      'pipeline',
      'templates',
    ]);
    const built = sources.stdout
      .split('\n')
      .filter((f) => f.endsWith('.ts'))
      .map((f) => `build/${f.replace(/\.ts$/, '.js')}`);
    expect(built).toContain('build/pipeline/cli.js');
    expect(built).toContain('build/pipeline/parallel/worker.js');
    expect(packed).toEqual(['README.md', 'package.json', ...built].sort());
  });

  it('psea --version, template and validate work from the global bin', async () => {
    expect(await run(bin, ['--version'], dir)).toEqual({ code: 0, stdout: `${VERSION}\n`, stderr: '' });
    const template = join(dir, 'F.xlsx');
    const made = await run(bin, ['template', 'mapping', '--out', template], dir);
    expect(made.code, made.stderr).toBe(0);
    expect((await stat(template)).size).toBeGreaterThan(1000);
    const checked = await run(bin, ['validate', template, '--format', 'json'], dir);
    expect(checked.code, checked.stderr).toBe(0);
    const missing = await run(bin, ['validate', join(dir, 'MISSING.xlsx')], dir);
    expect(missing.code).toBe(2);
    expect(missing.stderr.trim()).toBe(`${join(dir, 'MISSING.xlsx')}: no .xlsx or .csv file found`);
  });
});
