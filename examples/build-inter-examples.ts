/**
 * Builds the bundled focal-point list and partner PSEA capacity assessments from examples/source/inter-agency-2026.json
 * (fictional, with the slips each entry declares):
 * - examples/focal-points/focal-points.xlsx: the network's focal points, one per agency (one agency has none);
 * - examples/partner-assessment/assessments.xlsx: eTools' detail layout, one row per partner × core standard.
 * Run: npm run examples.
 */
import ExcelJS from 'exceljs';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { riskOf } from '../templates/partner-assessment/ratings.js';

interface Source {
  focal_points: Record<string, string | null>[];
  assessments: { agency: string; date: string; partner_id: string; partner: string; ratings: string }[];
}

const ROOT = process.cwd();
const source = JSON.parse(readFileSync(join(ROOT, 'examples/source/inter-agency-2026.json'), 'utf8')) as Source;
const LABELS = ['', 'Absent', 'Progressing', 'Adequate'];
const EVIDENCE = ['PSEA Policy', 'Recruitment procedure (e.g. screening of candidates)', 'Training Agenda'];
const day = (iso: string | null) => (iso ? new Date(`${iso}T00:00:00Z`) : null);

async function focalPoints(): Promise<void> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'psea-sheets examples';
  const ws = wb.addWorksheet('Focal points');
  ws.addRow(['PSEA Network, Republic of Kestria: PSEA focal points (March 2026)']);
  ws.addRow([]);
  ws.addRow(['Agency', 'Name', 'Title', 'Email', 'Phone', 'Trained on', 'Appointed on', 'Duty station']);
  for (const f of source.focal_points)
    ws.addRow([f.agency, f.name, f.title, f.email, f.phone, day(f.trained_on), day(f.appointed_on), f.location]);
  ws.columns.forEach((col, i) => (col.width = [10, 16, 28, 26, 18, 12, 12, 16][i]));
  await wb.xlsx.writeFile(join(ROOT, 'examples/focal-points/focal-points.xlsx'));
}

async function assessments(): Promise<void> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'psea-sheets examples';
  const ws = wb.addWorksheet('Assessment');
  ws.addRow([
    'Agency',
    'Assessment Date',
    'Vendor number',
    'Partner name',
    'Total score',
    'Risk Rating',
    'Core standard number',
    'Core standard rating',
    'Core standard proof of evidence',
  ]);
  for (const a of source.assessments) {
    const ratings = [...a.ratings].map((r) => (r === '-' ? null : Number(r)));
    const complete = ratings.every((r) => r !== null);
    const total = complete ? (ratings as number[]).reduce((s, r) => s + r, 0) : null;
    const risk = riskOf(total) ?? null;
    ratings.forEach((rating, i) => {
      if (rating === null) return;
      const evidence = rating > 1 ? EVIDENCE[i % EVIDENCE.length] : null;
      ws.addRow([a.agency, day(a.date), a.partner_id, a.partner, total, risk, `CS${i + 1}`, LABELS[rating], evidence]);
    });
  }
  ws.columns.forEach((col, i) => (col.width = [10, 12, 14, 24, 10, 12, 12, 14, 40][i]));
  await wb.xlsx.writeFile(join(ROOT, 'examples/partner-assessment/assessments.xlsx'));
}

async function build(): Promise<void> {
  await focalPoints();
  await assessments();
  console.log('wrote the focal-point list and the partner assessments');
}

build().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
