/**
 * The writers of consolidated.xlsx side by side on one consolidation, in one process (ratios, not seconds, are
 * what a busy machine keeps): the exceljs streaming writer on the record and finding sheets (as psea wrote them
 * until issue 17, cells sharing style objects), our own writer on the whole workbook (pipeline/write/xlsx), and the
 * floor: deflating that workbook's XML alone, at our level (1) and zlib's default (6).
 * Usage: node build/bench/writers.js INPUT…  (npm run bench:writers -- DIR)
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { deflateRawSync, inflateRawSync } from 'node:zlib';
import ExcelJS from 'exceljs';
import { consolidate } from '../pipeline/consolidate.js';
import { expandInputs } from '../pipeline/inputs.js';
import { FINDING_COLUMNS } from '../pipeline/write/findings.js';
import { writeConsolidatedXlsx } from '../pipeline/write/consolidated-xlsx.js';
import { recordHeader, recordRow } from '../pipeline/write/record-columns.js';
import { storable } from '../pipeline/write/xlsx-rows.js';
import { listEntries, rawBytes } from '../pipeline/read/fast-xlsx/zip.js';

const DATE_STYLE: Partial<ExcelJS.Style> = { numFmt: 'yyyy-mm-dd' };
const PLAIN_STYLE: Partial<ExcelJS.Style> = {};

/** The rows the exceljs writer was given: one style object per type, which exceljs caches by identity. */
function addPlainRow(sheet: ExcelJS.Worksheet, values: readonly unknown[]): void {
  const row = sheet.addRow(values.map(storable));
  row.eachCell((cell) => {
    cell.style = (cell.value instanceof Date ? DATE_STYLE : PLAIN_STYLE) as ExcelJS.Style;
  });
  row.commit();
}

/** CPU seconds of the process (every thread: exceljs deflates on libuv's pool): steadier than wall time when the
 * machine is shared, and nothing else runs here once the consolidation is done. */
const seconds = async (work: () => Promise<unknown>) => {
  const start = process.cpuUsage();
  await work();
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1e6;
};

const [, , ...args] = process.argv;
const dir = await mkdtemp(join(tmpdir(), 'psea-writers-'));
try {
  const { files } = await expandInputs(args);
  const result = await consolidate(files, { lang: 'en', asOf: '2026-11-23' });
  const cells = result.kinds.reduce((n, k) => n + k.records.length * recordHeader(k).length, 0);
  console.log(`${result.kinds.map((k) => k.records.length).join('+')} records, ${result.findings.length} findings`);
  const meta = { version: 'bench', date: new Date().toISOString() };
  const ours = join(dir, 'ours.xlsx');
  const oursSeconds = await seconds(() => writeConsolidatedXlsx(ours, result, meta));
  const exceljsSeconds = await seconds(async () => {
    const writer = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: join(dir, 'exceljs.xlsx'), useStyles: true });
    for (const kind of result.kinds) {
      const sheet = writer.addWorksheet(kind.kind);
      addPlainRow(sheet, recordHeader(kind));
      for (const record of kind.records) addPlainRow(sheet, recordRow(kind, record));
      sheet.commit();
    }
    const findings = writer.addWorksheet('Findings');
    for (const f of result.findings)
      addPlainRow(
        findings,
        FINDING_COLUMNS.map((c) => f[c] ?? null),
      );
    findings.commit();
    await writer.commit();
  });
  const bytes = await readFile(ours);
  const xml = [...listEntries(bytes).values()].map((e) => inflateRawSync(rawBytes(bytes, e)));
  const floor = (level: number) => seconds(async () => xml.forEach((part) => deflateRawSync(part, { level })));
  const [floor1, floor6] = [await floor(1), await floor(6)];
  const mb = xml.reduce((n, p) => n + p.length, 0) / 2 ** 20;
  console.log(
    `${cells} record cells; our workbook's XML ${mb.toFixed(0)} MiB, ${(bytes.length / 2 ** 20).toFixed(1)} MiB zipped`,
  );
  for (const [name, s] of [
    ['exceljs streaming writer (records + findings only)', exceljsSeconds],
    ['our writer (the whole workbook, tables included)', oursSeconds],
    ['floor: deflate our XML at level 1', floor1],
    ['floor: deflate our XML at level 6', floor6],
  ] as const)
    console.log(`${name.padEnd(52)} ${s.toFixed(2).padStart(7)} s cpu  ${(s / floor1).toFixed(2).padStart(6)}× floor`);
  console.log(`exceljs / ours ${(exceljsSeconds / oursSeconds).toFixed(2)}×; load average ${loadavg()[0].toFixed(1)}`);
} finally {
  await rm(dir, { recursive: true, force: true });
}
