/**
 * Workplans: a quarter Gantt (Q1 2026 … Q4 2026 marked with x, ✓ or a fill colour) with outcome
 * section rows, and a French plan with area section rows and dates. Content is fictional.
 */
import type ExcelJS from 'exceljs';
import { day, put, section, start, widths } from './sheet.js';

const FILL = 'FF4472C4';
/** Quarter marks: 'x', '✓', 'fill' (coloured, no text) or null. */
type Mark = 'x' | '✓' | 'fill' | null;
type Row = string | [string, string, string, string | null, Mark[], string];
const QUARTERS: Row[] = [
  'Outcome 1: Management and coordination – the PSEA network is functional and accountable',
  [
    '1.1',
    'Update the PSEA network terms of reference',
    'PSEA Network, UNHCR',
    'Revised ToR endorsed by the HCT',
    ['x', null, null, null],
    'Completed',
  ],
  [
    '1.2',
    "Map agencies' PSEA focal points and capacities",
    'PSEA Network',
    'Mapping shared with members',
    ['x', 'x', null, null],
    'In progress',
  ],
  [
    '1.3',
    'Conduct a joint SEA risk assessment',
    'UNICEF, UNFPA',
    'Risk assessment report published',
    [null, '✓', '✓', null],
    'Not started',
  ],
  'Outcome 2: Engagement with communities – affected people know their rights and how to report SEA',
  [
    '2.1',
    'Disseminate common key messages on PSEA',
    'IOM; WFP',
    '% of sites reached with key messages',
    ['fill', 'fill', 'fill', 'fill'],
    'In progress',
  ],
  [
    '2.2',
    'Establish the inter-agency community-based complaints mechanism',
    'PSEA Network',
    'SOPs endorsed; number of complaint channels',
    [null, 'x', 'x', 'x'],
    'In progress',
  ],
  'Outcome 3: Prevention – personnel and partners know and apply the standards',
  [
    '3.1',
    'Train PSEA focal points and network members',
    'UNFPA, UN Women',
    'Number of focal points trained',
    [null, null, 'x', null],
    'Not started',
  ],
  [
    '3.2',
    'Assess implementing partners with the UN IP PSEA capacity assessment',
    'UNICEF, UNHCR, WFP',
    '% of partners assessed',
    ['✓', '✓', '✓', '✓'],
    'In progress',
  ],
  'Outcome 4: Response – survivors are assisted and allegations investigated',
  [
    '4.1',
    'Update the referral pathway for victim assistance',
    'UNFPA, UNICEF',
    'Referral pathway updated and shared',
    [null, null, null, 'x'],
    'Not started',
  ],
  ['4.2', 'Agree an inter-agency investigation protocol', 'OHCHR', null, [null, null, null, null], 'Not started'],
];

export function workplanQuartersEn(): ExcelJS.Workbook {
  const labels = [
    '#',
    'Activity',
    'Responsible',
    'Indicator',
    'Q1 2026',
    'Q2 2026',
    'Q3 2026',
    'Q4 2026',
    'Status',
    'Comments',
  ];
  const { wb, ws } = start(
    'PSEA Coordinator',
    'Workplan 2026',
    'PSEA Network – Inter-agency PSEA Action Plan 2026',
    labels,
    3,
  );
  QUARTERS.forEach((r, i) => {
    const row = 4 + i;
    if (typeof r === 'string') return section(ws, row, r, labels.length, true);
    const [no, task, who, indicator, marks, status] = r;
    put(ws, row, [no, task, who, indicator]);
    marks.forEach((m, q) => {
      const cell = ws.getCell(row, 5 + q);
      if (m === 'fill') cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: FILL } };
      else cell.value = m;
      cell.alignment = { horizontal: 'center' };
    });
    ws.getCell(row, 9).value = status;
  });
  widths(ws, [5, 52, 24, 36, 9, 9, 9, 9, 12, 24]);
  return wb;
}

/** [activity, organisations, start, due, indicator, status, next steps]; a string is a section row (merged or not). */
type FrRow = string | [string, string, string | Date, string | Date, string | null, string, string | null];
const FR: (FrRow | { text: string; merge: false })[] = [
  'Axe 1 – Gestion et coordination',
  [
    'Réunir le réseau PEAS chaque mois',
    'HCR, OIM',
    '15/01/2026',
    '15/12/2026',
    'Nombre de réunions tenues',
    'En cours',
    'Compte rendu partagé après chaque réunion',
  ],
  [
    'Valider les termes de référence du réseau',
    'Réseau PEAS',
    '01/02/2026',
    '28/02/2026',
    'TdR validés par l’équipe de pays',
    'Terminé',
    null,
  ],
  { text: 'Axe 2 – Engagement avec les communautés', merge: false },
  [
    'Diffuser les messages clés sur la PEAS',
    'UNICEF et PAM',
    day('2026-03-01'),
    day('2026-06-30'),
    'Nombre de personnes atteintes',
    'En cours',
    null,
  ],
  [
    'Installer des boîtes à suggestions dans les sites',
    'OIM; HCR',
    '01/04/2026',
    '31/05/2026',
    'Nombre de points de collecte',
    'En retard',
    'Relancer les sous-bureaux',
  ],
  'Axe 3 – Prévention',
  ['Former les points focaux PEAS', 'FNUAP, ONU Femmes', '01/05/2026', '30/09/2026', null, 'Pas commencé', null],
  'Axe 4 – Réponse',
  [
    'Actualiser le circuit de référencement',
    'FNUAP',
    '01/07/2026',
    '31/08/2026',
    'Circuit actualisé et diffusé',
    'Pas commencé',
    null,
  ],
  [
    'Évaluer les partenaires avec l’évaluation de la capacité PEAS',
    'UNICEF, HCR, PAM',
    '01/03/2026',
    '15/02/2026',
    '% de partenaires évalués',
    'En cours',
    null,
  ],
];

export function workplanSectionsFr(): ExcelJS.Workbook {
  const labels = [
    'Activité',
    'Organisme(s) responsable(s)',
    'Date de début',
    'Date de fin',
    'Indicateur',
    'Statut',
    'Prochaines étapes',
  ];
  const { wb, ws } = start('Réseau PEAS', 'Plan de travail', 'Plan de travail inter-agences PEAS – 2026', labels, 3);
  FR.forEach((r, i) => {
    const row = 4 + i;
    if (typeof r === 'string') return section(ws, row, r, labels.length, true);
    if (!Array.isArray(r)) return section(ws, row, r.text, labels.length, false);
    put(ws, row, r);
  });
  widths(ws, [48, 24, 13, 13, 30, 13, 34]);
  return wb;
}
