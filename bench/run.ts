/**
 * npm run bench: generates deterministic inputs in a temp folder, then measures whole processes (wall time, CPU
 * time, peak RSS, every run's exit code, the load average) against the floor (unzip + SAX scan) and the pandas peers
 * (read only, and read + to_excel) in the same run, and prints issue 17's targets as ratios of that one run
 * (targets.ts). The add-in is measured through the pane's own read path (bench/addin/read-bench.ts).
 * Writes bench/results.json. BENCH_RUNS (default 3) sets the runs per median; BENCH_SMALL=1 shrinks inputs.
 */
import { execFileSync } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generate } from './generate.js';
import { median, type Measure } from './measure.js';
import type { AddinFigures } from './addin-figures.js';
import { issueTargets, verdictLine } from './targets.js';

const ROOT = resolve(fileURLToPath(import.meta.url), '../../..');
const CLI = join(ROOT, 'build/pipeline/cli.js');
const FLOOR = join(ROOT, 'build/bench/floor.js');
const PEER = join(ROOT, 'bench/peer.py');
const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const SMALL = process.env.BENCH_SMALL === '1';
const SIZES = SMALL
  ? { files: 40, rowsPerFile: 62, bigRows: 10_000, scaleBase: 10 }
  : { files: 500, rowsPerFile: 62, bigRows: 100_000, scaleBase: 125 };

/** Debian's python3 carries python3-pandas; a pyenv shim earlier on PATH may not. */
function python(): string | undefined {
  for (const candidate of ['/usr/bin/python3', 'python3']) {
    try {
      execFileSync(candidate, ['-c', 'import pandas, openpyxl'], { stdio: 'ignore' });
      return candidate;
    } catch {
      /* next */
    }
  }
  return undefined;
}

const row = (label: string, m: Measure) =>
  `${label.padEnd(44)} ${m.wall.toFixed(2).padStart(7)} s ${m.cpu.toFixed(2).padStart(7)} s ` +
  `${m.rssMiB.toFixed(0).padStart(6)} MiB  load ${m.load.toFixed(1)}  exit ${m.codes.join(',')}`;
const ratio = (a: number, b: number) => Math.round((a / b) * 100) / 100;

async function main(): Promise<void> {
  const root = await mkdtemp(join(tmpdir(), 'psea-bench-'));
  // Other work on the machine skews every figure: the load average goes into the results.
  const results: Record<string, unknown> = {
    date: new Date().toISOString(),
    node: process.version,
    cpus: availableParallelism(),
    loadBefore: loadavg(),
    runs: RUNS,
    sizes: SIZES,
  };
  try {
    console.log(`generating inputs in ${root} …`);
    const t0 = performance.now();
    const inputs = await generate(root, SIZES);
    console.log(`generated in ${((performance.now() - t0) / 1000).toFixed(1)} s (big sheet kind: ${inputs.bigKind})`);
    const py = python();
    const node = process.execPath;
    const consolidate = (args: string[], out: string, env?: NodeJS.ProcessEnv) =>
      median(RUNS, node, [CLI, 'consolidate', ...args, '--out', join(root, out), '--quiet', '--report-only'], env);
    const failed: string[] = [];
    const m: Record<string, Measure | undefined> = new Proxy(
      {},
      {
        // Each measure is printed as it lands: a long run shows progress.
        set(target: Record<string, Measure | undefined>, key: string, value: Measure | undefined) {
          target[key] = value;
          if (value) console.log(row(key, value));
          // A run that crashed measures nothing: say so loudly and fail the target below.
          if (value && value.code !== 0) {
            failed.push(key);
            console.log(
              `  !! ${key} exited with code ${value.code}: ${value.stderr.trim().split('\n').slice(0, 3).join(' | ')}`,
            );
          }
          return true;
        },
      },
    );
    const batchDir = join(root, 'batch');
    // Start-up: a process that loads what --version needs, and validate on one small file (one worker).
    m.startVersion = await median(RUNS, node, [CLI, '--version']);
    m.startValidateOne = await median(RUNS, node, [
      CLI,
      'validate',
      inputs.batch[0],
      '--format',
      'json',
      '--report-only',
    ]);
    m.batchConsolidate = await consolidate([batchDir], 'out-batch');
    m.batchValidate = await median(RUNS, node, [CLI, 'validate', batchDir, '--format', 'json', '--report-only']);
    m.batchFloor = await median(RUNS, node, [FLOOR, batchDir]);
    m.batchCsv = await consolidate([join(root, 'batch-csv')], 'out-batch-csv');
    m.batchExceljs = await consolidate([batchDir], 'out-batch-exceljs', { PSEA_READER: 'exceljs' });
    m.batchPeer = py ? await median(1, py, [PEER, batchDir]) : undefined;
    m.batchPeerWrite = py ? await median(1, py, [PEER, '--write', join(root, 'peer-batch.xlsx'), batchDir]) : undefined;
    m.bigConsolidate = await consolidate([inputs.big], 'out-big');
    m.bigFloor = await median(RUNS, node, [FLOOR, inputs.big]);
    m.bigCsv = await consolidate([inputs.bigCsv], 'out-big-csv');
    m.bigPeer = py ? await median(1, py, [PEER, inputs.big]) : undefined;
    m.bigPeerWrite = py ? await median(1, py, [PEER, '--write', join(root, 'peer-big.xlsx'), inputs.big]) : undefined;
    const scaling = [];
    for (const s of inputs.scaling) {
      const c = await consolidate([s.dir], `out-scale-${s.factor}`);
      const v = await median(RUNS, node, [CLI, 'validate', s.dir, '--format', 'json', '--report-only']);
      scaling.push({ factor: s.factor, files: s.files, consolidate: c, validate: v });
      for (const [name, run] of [
        [`consolidate ${s.factor}×`, c],
        [`validate ${s.factor}×`, v],
      ] as const)
        if (run.code !== 0) failed.push(name);
    }
    // Compiled apart, with the Office types (bench/addin/tsconfig.json): loaded by path so this file's build does not
    // follow it.
    const readBench = join(ROOT, 'build/bench/addin/read-bench.js');
    const { addinRead } = (await import(readBench)) as { addinRead: (rows: number) => Promise<AddinFigures> };
    const addin = await addinRead(SMALL ? 5000 : 20_000);

    console.log('\nprocess                                         wall      cpu     peak RSS');
    for (const s of scaling) {
      console.log(row(`consolidate ${s.factor}× (${s.files} files)`, s.consolidate));
      console.log(row(`validate ${s.factor}× (streaming, ${s.files} files)`, s.validate));
    }
    const base = scaling[0];
    const ratios = {
      batchToFloor: ratio(m.batchConsolidate!.wall, m.batchFloor!.wall),
      batchToFloorCpu: ratio(m.batchConsolidate!.cpu, m.batchFloor!.cpu),
      peerToBatchCpu: m.batchPeer ? ratio(m.batchPeer.cpu, m.batchConsolidate!.cpu) : null,
      bigToFloorCpu: ratio(m.bigConsolidate!.cpu, m.bigFloor!.cpu),
      peerToBatch: m.batchPeer ? ratio(m.batchPeer.wall, m.batchConsolidate!.wall) : null,
      exceljsToBatch: ratio(m.batchExceljs!.wall, m.batchConsolidate!.wall),
      bigToFloorWall: ratio(m.bigConsolidate!.wall, m.bigFloor!.wall),
      bigToFloorRss: ratio(m.bigConsolidate!.rssMiB, m.bigFloor!.rssMiB),
      bigRssMiB: Math.round(m.bigConsolidate!.rssMiB),
      peerToBig: m.bigPeer ? ratio(m.bigPeer.wall, m.bigConsolidate!.wall) : null,
      peerWriteToBatch: m.batchPeerWrite ? ratio(m.batchPeerWrite.wall, m.batchConsolidate!.wall) : null,
      peerWriteToBig: m.bigPeerWrite ? ratio(m.bigPeerWrite.wall, m.bigConsolidate!.wall) : null,
      validateToFloor: ratio(m.batchValidate!.wall, m.batchFloor!.wall),
      startVersionSeconds: m.startVersion!.wall,
      startValidateOneSeconds: m.startValidateOne!.wall,
      scalingTime: scaling.map((s) => ({
        factor: s.factor,
        consolidate: ratio(s.consolidate.wall, base.consolidate.wall),
        validate: ratio(s.validate.wall, base.validate.wall),
      })),
      scalingRss: scaling.map((s) => ({
        factor: s.factor,
        consolidate: ratio(s.consolidate.rssMiB, base.consolidate.rssMiB),
        validate: ratio(s.validate.rssMiB, base.validate.rssMiB),
      })),
      addin,
    };
    const issue = issueTargets({
      batchConsolidate: m.batchConsolidate!,
      batchValidate: m.batchValidate!,
      batchFloor: m.batchFloor!,
      batchPeer: m.batchPeer,
      bigConsolidate: m.bigConsolidate!,
      bigPeer: m.bigPeer,
      scaling,
    });
    const others = {
      'every measured run exited 0': failed.length === 0 ? true : `failed: ${failed.join(', ')}`,
      'streaming memory flat (validate, ≤ 1.2× at 16×)': scaling.every(
        (s) => s.validate.rssMiB / base.validate.rssMiB <= 1.2,
      ),
      'add-in compute < 1 s': addin.computeSeconds < 1,
      'add-in sheet is clean (0 findings: no error path timed)': addin.findings === 0 ? true : `${addin.findings}`,
      'add-in read: every response ≤ 5 MB': addin.largestResponse <= addin.responseLimit,
    };
    if (!py)
      console.log(
        '\npeer skipped: python3 with pandas and openpyxl not found (apt-get install python3-pandas python3-openpyxl)',
      );
    console.log('\nratios', JSON.stringify(ratios, null, 1));
    console.log(
      `\ntargets of issue 17 (one run; load average now ${loadavg()[0].toFixed(1)} on ${availableParallelism()} cores)`,
    );
    for (const v of issue) console.log(verdictLine(v));
    console.log('other checks');
    for (const [name, ok] of Object.entries(others))
      console.log(
        `  ${ok === true ? 'met ' : ok === false ? 'GAP ' : 'FAIL'}  ${name}${ok === true || !ok ? '' : ` (${ok})`}`,
      );
    const targets = { issue, others };
    Object.assign(results, { loadAfter: loadavg(), measures: { ...m }, scaling, ratios, targets });
    console.log(
      `load average before ${(results.loadBefore as number[])[0].toFixed(1)}, after ${loadavg()[0].toFixed(1)} ` +
        `on ${availableParallelism()} cores`,
    );
    await writeFile(
      join(ROOT, 'bench/results.json'),
      JSON.stringify(results, (k, v) => (k === 'stderr' ? undefined : v), 2) + '\n',
    );
    console.log('\nwrote bench/results.json');
  } finally {
    if (!process.env.BENCH_KEEP) await rm(root, { recursive: true, force: true });
    else console.log(`kept ${root}`);
  }
}

await main();
