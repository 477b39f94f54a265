/**
 * Wide MOS-PSEA checklists: one row per agency, one column per standard. A French one (Oui / Non /
 * Partiellement, area labels merged over their standards) and an English one of network members, UN and NGOs,
 * whose NGOs are declared on a Settings sheet (LibreOffice re-saves it: generate.ts). Content is fictional.
 */
import type ExcelJS from 'exceljs';
import { MOS } from './files-mapping.js';
import { STATUS_LETTER, day, put, start, statuses, widths } from './sheet.js';

const OUI = { O: 'Oui', P: 'Partiellement', N: 'Non' } as const;
/** [agency as written, focal point, answers (O/P/N per standard), comment]. */
const FR: [string, string, string, string | null][] = [
  ['HCR', 'A. Diallo', 'OOOPOOOO', null],
  ['OIM', 'J. Martin', 'OPOOPOOP', 'Mécanisme de plaintes commun en cours de test dans deux sites'],
  ['PAM', 'K. Mensah', 'OOOPPONO', null],
  ['UNICEF', 'S. Ndiaye', 'OOOOOOOO', null],
  ['ONU Femmes', 'F. Traoré', 'ONOPNOPO', 'Pas de partenaires de mise en œuvre cette année'],
  ['OMS', 'L. Kaboré', 'POONNOOP', null],
];

export function checklistWideFr(): ExcelJS.Workbook {
  const standards = MOS.standards.map((s, i) => `${i + 1}. ${s.fr.text}`);
  const labels = ['Agence', 'Point focal PEAS', ...standards, 'Commentaires'];
  const heading = 'Réseau PEAS – Liste de contrôle des Standards Minimums Opérationnels (SMO-PEAS), 2026';
  const { wb, ws } = start('Réseau PEAS', 'Liste de contrôle SMO', heading, labels, 5);
  ws.getCell(2, 1).value = 'Répondez Oui, Non ou Partiellement pour chaque norme.';
  // Area group labels over their standards (row 4), standards below (row 5).
  const groups: [number, number, number][] = [
    [1, 3, 5],
    [2, 6, 7],
    [3, 8, 9],
    [4, 10, 10],
  ];
  for (const [area, from, to] of groups) {
    ws.getCell(4, from).value = MOS.areas[area - 1].fr.text;
    ws.getCell(4, from).font = { bold: true };
    if (to > from) ws.mergeCells(4, from, 4, to);
  }
  FR.forEach(([agency, focal, answers, comment], r) =>
    put(ws, 6 + r, [agency, focal, ...statuses(answers, OUI), comment]),
  );
  widths(ws, [12, 16, ...standards.map(() => 18), 40]);
  return wb;
}

/** [agency, type, statuses (P/I/N/A per standard), last updated]. */
const EN: [string, string, string, string][] = [
  ['UNDP', 'UN', 'PPPIIPPP', '2026-02-12'],
  ['OHCHR', 'UN', 'PPPPIPPP', '2026-03-03'],
  ['IRC', 'INGO', 'PPPPPPPI', '2026-01-20'],
  ['NRC', 'INGO', 'PIPIPPPP', '2026-02-27'],
  ['WAF', 'NNGO', 'IAPPNIIN', '2026-03-15'],
];
const NGOS: [string, string, string][] = [
  ['IRC', 'International Rescue Committee', 'INGO'],
  ['NRC', 'Norwegian Refugee Council', 'INGO'],
  ['WAF', "Women's Action Forum (fictional national NGO)", 'NNGO'],
];

/** Written by exceljs, then re-saved by LibreOffice (generate.ts) so the committed file is LibreOffice's. */
export function checklistWideEn(): ExcelJS.Workbook {
  const standards = MOS.standards.map((s, i) => `MOS ${i + 1} – ${s.short.en.replace(' (awareness)', '')}`);
  const labels = ['Agency', 'Agency type', ...standards, 'Last updated'];
  const heading = 'PSEA Network – MOS-PSEA checklist by member organisation (In place / In progress / Not in place)';
  const { wb, ws } = start('PSEA Network', 'MOS checklist', heading, labels, 3);
  EN.forEach(([agency, type, answers, updated], r) =>
    put(ws, 4 + r, [agency, type, ...statuses(answers, STATUS_LETTER), day(updated)]),
  );
  widths(ws, [10, 12, ...standards.map(() => 16), 13]);
  const settings = wb.addWorksheet('Settings');
  settings.addRow(['type', 'acronym', 'name', 'agency type']);
  for (const [acronym, name, type] of NGOS) settings.addRow(['agency', acronym, name, type]);
  return wb;
}
