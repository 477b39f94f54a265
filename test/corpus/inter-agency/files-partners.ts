/**
 * The partner PSEA capacity assessment as UNICEF's eTools exports it: one row per partner × core standard,
 * AssessmentDetailExportSerializer's columns, with the agency and date a coordinator adds. Partners are fictional.
 */
import type ExcelJS from 'exceljs';
import { day, put, start, widths } from './sheet.js';

const LABEL = ['', 'Absent', 'Progressing', 'Adequate'];
/** eTools evidence options per core standard (psea_indicators.json), first the one used for "Progressing". */
const EVIDENCE: string[][] = [
  ['PSEA Policy', 'Code of Conduct'],
  ['Contracts/partnership agreements', 'Recruitment procedure (e.g. screening of candidates)'],
  ['Training Agenda', 'Attendance sheets'],
  ['Description of reporting mechanism(s)', 'Whistleblower policy'],
  ['List of service providers', 'Referral form for survivors of GBV/SEA'],
  ['Written process for review of SEA allegations', 'PSEA investigation policy/procedure'],
];
const COMMENT = [
  'No evidence provided',
  'Partly in place; plan agreed with the partner',
  'Documents reviewed and in use',
];

type Rating = 1 | 2 | 3 | null;
/**
 * [vendor, partner, date, ratings CS1…CS6 (null: not answered), planted: the Risk Rating the sheet states when it
 * is not eTools', and the core standard whose evidence is "Other (please specify)" with its description].
 */
type Assessment = [string, string, string, Rating[], { statedRisk?: string; other?: [number, string] }?];
const ASSESSMENTS: Assessment[] = [
  ['2500100001', 'Hope Relief Initiative', '2026-02-10', [1, 1, 1, 1, 1, 1]],
  ['2500100002', 'Community Care Network', '2026-03-02', [1, 2, 1, 2, 1, 1]],
  ['2500100003', "Sahel Women's Association", '2025-11-20', [2, 2, 1, 2, 1, 1], { other: [4, ''] }],
  ['2500100004', 'Youth for Change', '2025-06-15', [3, 2, 3, 2, 2, 2], { statedRisk: 'Low' }],
  ['2500100005', 'Green Valley Development', '2022-05-18', [3, 3, 2, 3, 2, 2]],
  [
    '2500100006',
    'Lakeside Health Partners',
    '2024-09-30',
    [3, 3, 3, 3, 3, 3],
    { other: [4, 'Community feedback log kept at each health post'] },
  ],
  ['2500100007', 'Riverbank Education Trust', '2026-01-28', [2, 3, 2, 2, 3, null]],
  ['2500100008', 'Mountain Aid Collective', '2026-09-01', [2, 2, 2, 2, 2, 2]],
];

/** eTools' overall_rating_display, used only to fill the export's own "Risk Rating" column as eTools would. */
function etoolsRisk(total: number | null): string {
  if (!total) return '';
  return total <= 8 ? 'High' : total <= 14 ? 'Moderate' : 'Low';
}

export function assessmentDetailEn(): ExcelJS.Workbook {
  const labels = [
    'Agency',
    'Assessment Date',
    'Vendor number',
    'Partner name',
    'Total score',
    'Risk Rating',
    'Core standard number',
    'Core standard rating',
    'Core standard comments',
    'Core standard proof of evidence',
    'Other evidence (please specify)',
    'Hyperlink to documents',
  ];
  const { wb, ws } = start('UNICEF country office', 'Assessment', null, labels, 1);
  let row = 2;
  for (const [vendor, partner, date, ratings, planted = {}] of ASSESSMENTS) {
    const complete = ratings.every((r) => r !== null);
    const total = complete ? ratings.reduce<number>((s, r) => s + (r ?? 0), 0) : null;
    ratings.forEach((rating, i) => {
      if (rating === null) return; // an unanswered standard has no row in the export
      const other = planted.other?.[0] === i + 1 ? planted.other[1] : undefined;
      const evidence = other === undefined ? EVIDENCE[i].slice(0, rating - 1) : ['Other (please specify)'];
      const risk = planted.statedRisk ?? etoolsRisk(total);
      put(ws, row++, [
        'UNICEF',
        day(date),
        vendor,
        partner,
        total,
        risk || null,
        `CS${i + 1}`,
        LABEL[rating],
        COMMENT[rating - 1],
        evidence.join(', ') || null,
        other || null,
        null,
      ]);
    });
  }
  widths(ws, [9, 13, 12, 26, 8, 10, 10, 12, 40, 48, 34, 20]);
  return wb;
}
