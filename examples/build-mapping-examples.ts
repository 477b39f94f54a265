/**
 * Builds the bundled inter-agency mapping and workplan examples:
 * - examples/mapping/*.xlsx: one fictional agency submission per file, in EN, FR or ES, from
 *   examples/source/mapping-2026.json, with the slips that file declares (a misspelt agency,
 *   hand-typed statuses, a missing timeline, a row that another file also reports);
 * - examples/action-plan/workplan.xlsx: the seed's inter-agency workplan timeline (seed 002)
 *   as facts, its wording paraphrased.
 * Run: npm run examples.
 */
import ExcelJS from 'exceljs';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Lang } from '../templates/core/types.js';
import { MAPPING_FIELDS, STANDARD } from '../templates/mapping/fields.js';
import { AREA } from '../templates/inter-agency/areas.js';
import { STATUS } from '../templates/inter-agency/status.js';
import { AGENCY_TYPE } from '../templates/inter-agency/agency-types.js';
import { MAPPING_STANDARDS } from '../templates/inter-agency/standards/sets.js';

/** The template's standards, each with its area and its dropdown label ("MOS 1: Policy"). */
const STANDARDS = MAPPING_STANDARDS.map((s) => ({
  id: s.id,
  area: s.area,
  label: STANDARD.values.find((v) => v.value === s.id)!.label,
}));

interface SourceFile {
  file: string;
  lang: Lang;
  agency: string;
  agency_typed: string;
  agency_type: string;
  focal_point: string;
  statuses: string;
  slips: {
    agency_typed?: Record<string, string>;
    status_typed?: Record<string, string>;
    no_timeline?: string[];
    no_evidence?: string[];
  };
  extra_rows?: { agency: string; standard: string; status: string; note: string }[];
}
interface Source {
  country: string;
  standards: string[];
  files: SourceFile[];
}

const ROOT = process.cwd();
const source = JSON.parse(readFileSync(join(ROOT, 'examples/source/mapping-2026.json'), 'utf8')) as Source;
const LETTER: Record<string, string> = { P: 'In place', I: 'In progress', N: 'Not in place', A: 'Not applicable' };

type Phrases = Record<
  | 'doing'
  | 'started'
  | 'gapPartial'
  | 'gapNone'
  | 'actionPartial'
  | 'actionNone'
  | 'evidence'
  | 'resources'
  | 'gpFocal'
  | 'gpTraining'
  | 'na'
  | 'title'
  | 'joint',
  string
>;
const PHRASES: Record<Lang, Phrases> = {
  en: {
    doing: '{s}: in place and known to staff',
    started: '{s}: work under way',
    gapPartial: 'Not yet extended to field offices',
    gapNone: 'Nothing in place at country level',
    actionPartial: 'Extend to all field offices',
    actionNone: 'Agree an approach with the PSEA task team',
    evidence: 'Country office file PSEA-{n}',
    resources: 'Focal point time (10%)',
    gpFocal: 'Focal point with written terms of reference and an alternate',
    gpTraining: 'Completion tracked in the staff learning record',
    na: 'Outside the agency’s programme in the country',
    title: 'PSEA mapping: {a}, {c}',
    joint: 'Reported for the task team: {n}',
  },
  fr: {
    doing: '{s} : en place et connu du personnel',
    started: '{s} : travaux en cours',
    gapPartial: 'Pas encore étendu aux bureaux de terrain',
    gapNone: 'Rien en place au niveau du pays',
    actionPartial: 'Étendre à tous les bureaux de terrain',
    actionNone: 'Convenir d’une approche avec l’équipe spéciale PEAS',
    evidence: 'Dossier du bureau PEAS-{n}',
    resources: 'Temps du point focal (10 %)',
    gpFocal: 'Point focal avec un mandat écrit et un suppléant',
    gpTraining: 'Suivi dans le registre de formation du personnel',
    na: 'Hors du programme de l’agence dans le pays',
    title: 'Cartographie PEAS : {a}, {c}',
    joint: 'Signalé pour l’équipe spéciale : {n}',
  },
  es: {
    doing: '{s}: establecido y conocido por el personal',
    started: '{s}: trabajo en curso',
    gapPartial: 'Todavía no se extiende a las oficinas de terreno',
    gapNone: 'Nada establecido a nivel de país',
    actionPartial: 'Extender a todas las oficinas de terreno',
    actionNone: 'Acordar un enfoque con el equipo de tareas PEAS',
    evidence: 'Expediente de la oficina PEAS-{n}',
    resources: 'Tiempo del punto focal (10 %)',
    gpFocal: 'Punto focal con términos de referencia escritos y un suplente',
    gpTraining: 'Seguimiento en el registro de aprendizaje del personal',
    na: 'Fuera del programa de la agencia en el país',
    title: 'Mapeo PEAS: {a}, {c}',
    joint: 'Informado para el equipo de tareas: {n}',
  },
};

const fill = (text: string, values: Record<string, string | number>) =>
  text.replace(/\{(\w)\}/g, (_, k: string) => String(values[k] ?? ''));
const labelOf = (def: typeof STATUS, value: string, lang: Lang): string =>
  def.values.find((v) => v.value === value)!.label[lang];

/**
 * Timelines the way each language's files write them: ISO text (en), real dates (fr), dd/mm/yyyy text with a day above
 * 12 (es).
 */
function timeline(lang: Lang, i: number): string | Date {
  const month = (i % 9) + 2;
  const day = [15, 20, 28, 30][i % 4];
  const safeDay = month === 2 && day > 28 ? 28 : day;
  if (lang === 'fr') return new Date(Date.UTC(2027, month - 1, safeDay));
  if (lang === 'es') return `${safeDay}/${String(month).padStart(2, '0')}/2027`;
  return `2027-${String(month).padStart(2, '0')}-${String(safeDay).padStart(2, '0')}`;
}

type Row = Record<string, string | Date | null>;

function mappingRow(
  f: SourceFile,
  standardId: string,
  letter: string,
  i: number,
  agencyTyped: string,
  note?: string,
): Row {
  const lang = f.lang;
  const p = PHRASES[lang];
  const std = STANDARDS.find((s) => s.id === standardId)!;
  const short = std.label[lang].split(/\s?:\s/).pop()!;
  const status = LETTER[letter];
  const partial = status === 'In progress';
  const open = partial || status === 'Not in place';
  const action = open ? (partial ? p.actionPartial : p.actionNone) : null;
  const row: Row = {
    agency: agencyTyped,
    agency_type: labelOf(AGENCY_TYPE, f.agency_type, lang),
    area: labelOf(AREA, std.area, lang),
    standard: std.label[lang],
    status: f.slips.status_typed?.[standardId] ?? labelOf(STATUS, status, lang),
    activities: status === 'In place' ? fill(p.doing, { s: short }) : partial ? fill(p.started, { s: short }) : null,
    resources: status === 'In place' || partial ? p.resources : null,
    focal_point: f.focal_point,
    gaps: open ? (partial ? p.gapPartial : p.gapNone) : null,
    good_practice:
      status === 'In place' && standardId === 'MOS-3'
        ? p.gpFocal
        : status === 'In place' && standardId === 'KPA-5'
          ? p.gpTraining
          : null,
    planned_action: action,
    timeline: action && !f.slips.no_timeline?.includes(standardId) ? timeline(lang, i) : null,
    evidence:
      status === 'In place' && !f.slips.no_evidence?.includes(standardId) ? fill(p.evidence, { n: 100 + i }) : null,
    comments: status === 'Not applicable' ? p.na : note ? fill(p.joint, { n: note }) : null,
  };
  return row;
}

async function buildMappingFile(f: SourceFile): Promise<void> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'psea-sheets examples';
  const ws = wb.addWorksheet(f.lang === 'en' ? 'Mapping' : f.lang === 'fr' ? 'Cartographie' : 'Mapeo');
  ws.addRow([fill(PHRASES[f.lang].title, { a: f.agency_typed, c: source.country })]);
  ws.addRow(MAPPING_FIELDS.map((field) => field.label[f.lang]));
  source.standards.forEach((id, i) => {
    const letter = f.statuses[i];
    if (letter === '-') return;
    const row = mappingRow(f, id, letter, i, f.slips.agency_typed?.[id] ?? f.agency_typed);
    ws.addRow(MAPPING_FIELDS.map((field) => row[field.key] ?? null));
  });
  for (const extra of f.extra_rows ?? []) {
    const row = mappingRow(
      f,
      extra.standard,
      extra.status,
      source.standards.indexOf(extra.standard),
      extra.agency,
      extra.note,
    );
    ws.addRow(MAPPING_FIELDS.map((field) => row[field.key] ?? null));
  }
  ws.columns.forEach((col, i) => {
    col.width = MAPPING_FIELDS[i]?.width ?? 14;
  });
  await wb.xlsx.writeFile(join(ROOT, 'examples/mapping', f.file));
}

/** The seed's workplan: its dates, organisations and steps; statuses as a coordinator would have kept them. */
const WORKPLAN_HEADER = [
  'Task',
  'Area',
  'Responsible Org.',
  'Start',
  'Timeline',
  'Status',
  'Key indicator',
  'Note/Next steps',
];
const WORKPLAN: (string | number | Date | null)[][] = [
  [
    'First PSEA task team meeting on the inter-agency process',
    'Management and coordination',
    'UNRCO; Consultant',
    new Date(Date.UTC(2021, 2, 31)),
    new Date(Date.UTC(2021, 2, 31)),
    'Completed',
    'Meeting held',
    'Done',
  ],
  [
    'Brief the country team on the PSEA process for 2021 and 2022',
    'Management and coordination',
    'UNRCO; UN leading agencies; Consultant',
    '06/04/2021',
    '06/04/2021',
    'Completed',
    'Briefing given',
    'Done',
  ],
  [
    'Mapping: who does what on PSEA, with existing work, resources, gaps and good practice per agency',
    'Management and coordination',
    'PSEA Task Team; Consultant; Gender Task Force',
    '08/04/2021',
    '15/04/2021',
    'In progress',
    'Inputs from every agency',
    'Internal mapping for the country team; template sent to the gender task force on 8 April, inputs due 15 April',
  ],
  [
    'Write the first draft of the inter-agency PSEA workplan and send it to the gender task force',
    'Management and coordination',
    'PSEA Task Team; Consultant',
    '16/04/2021',
    '2021-04-29',
    'Not started',
    'Draft shared',
    'Draw on good practice, samples received and what agencies already do',
  ],
  [
    'Finalise the workplan with the inputs received',
    'Management and coordination',
    'PSEA Task Team; Consultant',
    '06/05/2021',
    '13/05/2021',
    'Not started',
    'Final version',
    null,
  ],
  [
    'Present the workplan to the country team for endorsement',
    'Management and coordination',
    'UNRCO; PSEA Task Team; Consultant',
    null,
    44347,
    'Not started',
    'Workplan endorsed',
    'Internal deadline: end of May 2021',
  ],
];

async function buildWorkplan(): Promise<void> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'psea-sheets examples';
  const ws = wb.addWorksheet('Workplan');
  ws.addRow(['PSEA inter-agency workplan: process and timeline, led by the PSEA task team (UNRCO, IOM, UNFPA, OHCHR)']);
  ws.addRow(WORKPLAN_HEADER);
  WORKPLAN.forEach((row) => ws.addRow(row));
  ws.columns.forEach((col, i) => {
    col.width = [50, 26, 32, 12, 12, 12, 20, 50][i];
  });
  await wb.xlsx.writeFile(join(ROOT, 'examples/action-plan/workplan.xlsx'));
}

async function build(): Promise<void> {
  for (const f of source.files) await buildMappingFile(f);
  await buildWorkplan();
  console.log(`wrote ${source.files.length} mapping files and the workplan`);
}

build().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
