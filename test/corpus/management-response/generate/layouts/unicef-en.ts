/**
 * UNICEF-style matrix written by openpyxl (S9 header block; the Time 2 / Time 3 groups of the issue): "Time 2"
 * merged over Status | Comments, section rows "Area 1 – …" (the MOS-PSEA areas, S14) merged across the table,
 * criteria numbered as this evaluation numbers them (not IOM's), points "4.a"–"4.c", two-way links, a footnote
 * that agrees with the points, and a Summary sheet whose declared tables agree with the rows. Correct data.
 */
import { assemble, matrixPart, otherPart } from '../assemble.js';
import type { Response, WorkbookSpec } from '../model.js';
import { SheetBuilder, type Column } from '../sheet-builder.js';
import { status } from '../values.js';
import { iso, unicefRows } from './unicef-rows.js';
import { UNICEF_DECLARED, UNICEF_SUMMARY } from './unicef-summary.js';

const COLUMNS: Column[] = [
  { key: 'no', field: 'rec_no', header: ['Rec #', ''], width: 7 },
  { key: 'crit', field: 'criterion', header: ['Criterion', ''], width: 14 },
  { key: 'ref', field: 'criterion_ref', header: ['Evaluation ref.', ''], width: 10 },
  { key: 'text', field: 'recommendation', header: ['Recommendation', ''], width: 46 },
  { key: 'links', field: 'linked_recs', header: ['Links', ''], width: 8 },
  { key: 'lead', field: 'responsible_units', header: ['Lead', ''], width: 10 },
  { key: 'support', field: 'support_units', header: ['Supporting units', ''], width: 14 },
  {
    key: 'resp',
    field: 'response',
    header: ['Management Response (Agree / Partially agree / Disagree)', ''],
    width: 20,
  },
  { key: 'why', field: 'response_rationale', header: ['Comments on response', ''], width: 30 },
  { key: 'ka', field: 'key_actions', header: ['Key actions planned', ''], width: 46 },
  { key: 'due', field: 'due', header: ['Expected completion date', ''], width: 14 },
  { key: 's2', field: 'status_t2', header: ['Time 2', 'Status'], width: 12 },
  { key: 'c2', field: 'comment_t2', header: ['Time 2', 'Comments'], width: 28 },
  { key: 's3', field: 'status_t3', header: ['Time 3', 'Status'], width: 12 },
  { key: 'c3', field: 'comment_t3', header: ['Time 3', 'Comments'], width: 28 },
];
const WRITTEN: Record<Response, string> = {
  Accept: 'Agree',
  'Partially accept': 'Partially agree',
  'Not accept': 'Disagree',
};

export function unicefEn(): WorkbookSpec {
  const b = new SheetBuilder('Management response');
  b.title('UNICEF Evaluation Management Response');
  b.title('Evaluation title:', 'Evaluation of the regional PSEA and safeguarding programme, 2022–2025');
  b.title('Region:', 'West and Central Africa');
  b.title('Office:', 'Regional Office');
  b.title('Evaluation year:', 2026);
  b.title('Evaluation report sequence number:', '2026/004');
  b.title('Person in charge for follow-up to management response:', 'Deputy Regional Director');
  b.title();
  b.table(COLUMNS, { mergeGroups: true, mergeDown: true });
  const area = (n: number, name: string) => b.section(`Area ${n} – ${name}`, name, { number: n, merged: true });
  const rows = unicefRows();
  for (const r of rows) {
    if (Array.isArray(r)) {
      area(r[0], r[1]);
      continue;
    }
    const statuses = r.t2
      ? [status('t2', r.t2[0], r.t2[1]), ...(r.t3 ? [status('t3', r.t3[0], r.t3[1])] : [])]
      : undefined;
    b.record(
      {
        no: r.no,
        crit: r.crit ?? null,
        ref: r.ref ?? null,
        text: r.text,
        links: r.links ?? null,
        lead: r.lead ?? null,
        support: r.support ?? null,
        resp: r.response ? WRITTEN[r.response] : null,
        why: r.why ?? null,
        ka: r.ka?.[0] ?? null,
        due: r.due ?? null,
        s2: r.t2?.[0] ?? null,
        c2: r.c2 ?? null,
        s3: r.t3?.[0] ?? null,
        c3: r.c3 ?? null,
      },
      {
        rec_no: r.rec,
        ...(r.point ? { point: r.point } : {}),
        ...(r.response ? { response: r.response } : {}),
        ...(r.due ? { due: iso(r.due) } : {}),
        ...(statuses ? { statuses } : {}),
        ...(r.ka ? { key_actions_in_cell: r.ka[1] } : {}),
      },
    );
  }
  b.blank();
  b.setAside(
    'footnote',
    ['¹ Recommendation 4 has three elements – two were agreed and one was partially agreed.'],
    'footnote 1',
  );
  return assemble(
    {
      file: 'unicef-en.xlsx',
      organisation: 'UNICEF',
      format: ['S9', 'S14'],
      language: 'en',
      tool: 'openpyxl',
      numbering: ['1, 2 …', 'points "4.a", "4.b", "4.c"'],
      due_formats: ['ISO text "2027-03-31"'],
      declared: UNICEF_DECLARED,
      hard_cases: [
        {
          sheet: 'Management response',
          what: 'criteria by first digit differ from IOM’s (2 Coherence, 5 Sustainability): no IOM default applies',
        },
        {
          sheet: 'Management response',
          what: 'row "4" holds the recommendation, rows 4.a–4.c its points and responses (roll-up: Partially accept)',
        },
        {
          sheet: 'Management response',
          what: 'footnote row under the table: set aside, and it agrees with points 4.a–4.c',
        },
      ],
    },
    [matrixPart(b), otherPart('Summary', 'declared', UNICEF_SUMMARY)],
  );
}
