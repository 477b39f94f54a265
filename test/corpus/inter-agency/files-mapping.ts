/**
 * The long mapping of a PSEA network: one row per agency × MOS-PSEA standard ("who does what"), each agency
 * naming the standards its own way (official titles, short names, "MOS n"). Content is fictional.
 */
import type ExcelJS from 'exceljs';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { STATUS_LETTER, day, put, start, statuses, widths } from './sheet.js';

export const DIR = join(process.cwd(), 'test/corpus/inter-agency');
interface Named {
  text: string;
}
interface MosFile {
  areas: { n: number; en: Named; fr: Named }[];
  standards: { id: string; area: number; short: { en: string }; en: Named; fr: Named }[];
}
export const MOS = JSON.parse(readFileSync(join(DIR, 'mos-psea.json'), 'utf8')) as MosFile;

type Status = 'In place' | 'In progress' | 'Not in place';
/** Per agency: how its rows name the standard, and each standard's status as a letter (P/I/N, MOS-1 … MOS-8). */
const LONG: { agency: (n: number) => string; name: (n: number) => string; statuses: string }[] = [
  { agency: () => 'UNICEF', name: (n) => MOS.standards[n - 1].en.text, statuses: 'PPPIIPPP' },
  {
    agency: (n) => (n === 3 || n === 7 ? 'UNFAP' : 'UNFPA'),
    name: (n) => MOS.standards[n - 1].short.en.replace(' (awareness)', ''),
    statuses: 'PIPPNPIP',
  },
  { agency: () => 'WFP', name: (n) => `MOS ${n}`, statuses: 'PPPIIPNI' },
];
const WORK: Record<Status, string> = {
  'In place': 'Applied country-wide; reviewed with the PSEA network in 2025',
  'In progress': 'Started in 2025; roll-out to field offices under way',
  'Not in place': 'Nothing in place yet in this country',
};
const GAP: Record<Status, string | null> = {
  'In place': null,
  'In progress': 'Field offices not yet covered',
  'Not in place': 'No dedicated staff time or budget',
};
const EVIDENCE = 'Country office records (shared with the PSEA coordinator)';

export function mappingLongEn(): ExcelJS.Workbook {
  const labels = [
    'Agency',
    'Area',
    'MOS-PSEA standard',
    'Status',
    'Existing work and resources',
    'Gaps',
    'Good practice',
    'Planned action',
    'Timeline',
    'Evidence / means of verification',
    'PSEA focal point',
  ];
  const { wb, ws } = start(
    'PSEA Network secretariat',
    'Mapping',
    'Inter-agency PSEA mapping – who is doing what (MOS-PSEA self-assessment), 2026',
    labels,
    4,
  );
  ws.getCell(2, 1).value = 'PSEA Network – status as of 31 March 2026';
  let row = 5;
  for (const agency of LONG) {
    statuses(agency.statuses, STATUS_LETTER).forEach((letter, i) => {
      const status = letter as Status;
      const n = i + 1;
      const std = MOS.standards[i];
      const open = status !== 'In place';
      const values = [
        agency.agency(n),
        MOS.areas[std.area - 1].en.text,
        agency.name(n),
        status,
        WORK[status],
        GAP[status],
        n === 3 && status === 'In place' ? 'Focal point and alternate named in every field office' : null,
        open ? `Close the gap on ${std.short.en.toLowerCase()} with the network's support` : null,
        open ? day(status === 'Not in place' ? '2026-12-31' : '2026-09-30') : null,
        open ? null : EVIDENCE,
        'See the focal-point list',
      ];
      put(ws, row++, values);
    });
  }
  widths(ws, [10, 30, 44, 13, 40, 30, 30, 40, 12, 34, 22]);
  return wb;
}
