/**
 * Writes the inter-agency corpus into test/corpus/inter-agency/files/:
 * - the exceljs files below;
 * - the openpyxl files, by running generate.py with Debian's python3-openpyxl;
 * - one file re-saved by LibreOffice (soffice --headless --convert-to xlsx).
 * Seed 002's table is re-extracted first when ../shared/seeds is there (a clone has only the JSON).
 * Run from the repository root: npx tsc -p test/corpus/inter-agency && node build/test/corpus/inter-agency/generate.js
 */
import type ExcelJS from 'exceljs';
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { checklistWideEn, checklistWideFr } from './files-checklists.js';
import { focalPointsFr } from './files-focal-points.js';
import { DIR, mappingLongEn } from './files-mapping.js';
import { assessmentDetailEn } from './files-partners.js';
import { seedWorkplan } from './files-seed.js';
import { workplanQuartersEn, workplanSectionsFr } from './files-workplans.js';
import { parseSeedWorkplan } from './seed-002.js';

export const SEED = join(process.cwd(), '../shared/seeds/002_479f091199a5bd7a.txt');
export const FILES = join(DIR, 'files');
export const PYTHON = '/usr/bin/python3';

/** The files exceljs writes directly, by name. */
export const EXCELJS_FILES: Record<string, () => ExcelJS.Workbook> = {
  'mapping-long-en.xlsx': mappingLongEn,
  'mos-checklist-wide-fr.xlsx': checklistWideFr,
  'focal-points-fr.xlsx': focalPointsFr,
  'partner-assessment-detail-en.xlsx': assessmentDetailEn,
  'workplan-quarters-en.xlsx': workplanQuartersEn,
  'workplan-sections-fr.xlsx': workplanSectionsFr,
  'seed-002-workplan.xlsx': seedWorkplan,
};
export const LIBREOFFICE_FILE = 'mos-checklist-wide-en-libreoffice.xlsx';

export function writeSeedJson(): boolean {
  if (!existsSync(SEED)) return false;
  const parsed = parseSeedWorkplan(readFileSync(SEED, 'utf8'));
  writeFileSync(join(DIR, 'seed-002-workplan.json'), JSON.stringify(parsed, null, 2) + '\n');
  return true;
}

export async function writeExceljsFiles(out: string): Promise<string[]> {
  for (const [name, build] of Object.entries(EXCELJS_FILES)) await build().xlsx.writeFile(join(out, name));
  return Object.keys(EXCELJS_FILES);
}

export function writeOpenpyxlFiles(out: string): string[] {
  const run = spawnSync(PYTHON, ['-B', join(DIR, 'generate.py'), out], { encoding: 'utf8' });
  if (run.status !== 0) throw new Error(`generate.py failed: ${run.stderr || run.error?.message}`);
  return run.stdout.trim().split('\n');
}

/** exceljs writes the checklist in a temporary folder; LibreOffice reads it and saves its own xlsx into `out`. */
export async function writeLibreOfficeFile(out: string): Promise<string> {
  const tmp = mkdtempSync(join(tmpdir(), 'corpus-ia-'));
  try {
    const source = join(tmp, LIBREOFFICE_FILE);
    await checklistWideEn().xlsx.writeFile(source);
    const converted = join(tmp, 'converted');
    const run = spawnSync(
      'soffice',
      [
        '--headless',
        `-env:UserInstallation=file://${tmp}/profile`,
        '--convert-to',
        'xlsx:Calc MS Excel 2007 XML',
        '--outdir',
        converted,
        source,
      ],
      { encoding: 'utf8', timeout: 120_000 },
    );
    if (run.status !== 0 || !existsSync(join(converted, LIBREOFFICE_FILE))) {
      throw new Error(`soffice --convert-to xlsx failed: ${run.stderr || run.error?.message}`);
    }
    copyFileSync(join(converted, LIBREOFFICE_FILE), join(out, LIBREOFFICE_FILE));
    return LIBREOFFICE_FILE;
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

async function main(): Promise<void> {
  console.log(writeSeedJson() ? 'seed 002 re-extracted' : 'seed 002 not found: using the committed extraction');
  const names = [...(await writeExceljsFiles(FILES)), ...writeOpenpyxlFiles(FILES), await writeLibreOfficeFile(FILES)];
  console.log(`wrote ${names.length} files into ${FILES}:\n  ${names.join('\n  ')}`);
}

if (process.argv[1]?.endsWith('generate.js')) await main();
