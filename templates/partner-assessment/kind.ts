/** The UN partner PSEA capacity assessment as a template kind: read, score as eTools does, validate, tabulate. */
import type { CellValue } from '../core/types.js';
import type { OutputRecord, SheetAnalysis, TemplateKind } from '../core/kind.js';
import { runRules, tablePlace } from '../core/emit.js';
import { inferDayMonthOrder } from '../core/dates.js';
import { INTER_AGENCY_SETTINGS } from '../inter-agency/settings.js';
import { vocabulary } from '../inter-agency/vocabulary.js';
import { PARTNER_ASSESSMENT } from './fields.js';
import { agencyInTitle, toAssessments, type Assessment } from './assessments.js';
import { computePartnerTables, type PartnerState } from './tables.js';
import { BATCH_RULES, PARTNER_RULES, SHEET_RULES } from './rules/index.js';

export const PARTNER_DERIVED = [
  'agency_read',
  'standard_id',
  'assessment_total',
  'assessment_risk',
  'expiring',
  'source_cell',
] as const;

/**
 * The answers that become records: a blank rating cell of a wide sheet is no answer (eTools has none for an unrated
 * standard), but every input row keeps at least one record, so no row is dropped.
 */
function kept(a: Assessment): Assessment['answers'] {
  const filled = (x: Assessment['answers'][number]) => !!(x.ratingText || x.evidence.length || x.justification);
  const rows = new Set(a.answers.filter(filled).map((x) => x.row));
  return a.answers.filter(
    (x, i) => filled(x) || (!rows.has(x.row) && a.answers.findIndex((y) => y.row === x.row) === i),
  );
}

/**
 * One record per answer (a partner × core standard), each carrying its assessment's computed total and risk, and every
 * other column of its row as read (assessor, reference, attachments…).
 */
function records(
  assessments: readonly Assessment[],
  rows: ReadonlyMap<number, Record<string, CellValue>>,
): OutputRecord[] {
  return assessments.flatMap((a) =>
    kept(a).map((answer) => {
      const values: Record<string, CellValue> = {
        ...rows.get(answer.row),
        agency: a.agency || null,
        partner: a.partner || null,
        partner_id: a.partnerId || null,
        assessment_date: a.date?.iso ?? (a.dateRaw as CellValue),
        standard: answer.standard?.id ?? (answer.standardText || null),
        rating: answer.rating !== undefined && !Number.isNaN(answer.rating) ? answer.rating : answer.ratingText || null,
        evidence: answer.evidence.join(', ') || null,
        evidence_description: answer.description || null,
        justification: answer.justification || null,
        total_score: a.statedTotalText || null,
        risk_rating: a.statedRiskText || null,
      };
      return {
        source: { file: a.source.file, sheet: a.source.sheet, row: answer.row },
        values,
        derived: {
          agency_read: a.agencyFromTitle ? `${a.agency} (title)` : null,
          standard_id: answer.standard?.id ?? null,
          assessment_total: a.total ?? null,
          assessment_risk: a.risk ?? null,
          expiring: a.expiring ? 'yes' : null,
          source_cell: answer.cells.rating ?? null,
        },
      };
    }),
  );
}

export const partnerAssessmentKind: TemplateKind = {
  def: PARTNER_ASSESSMENT,
  rules: PARTNER_RULES,
  settings: INTER_AGENCY_SETTINGS,
  derivedFields: PARTNER_DERIVED,

  analyseSheet(table, workbook, readings): SheetAnalysis {
    const vocab = vocabulary(workbook.settings);
    const columns = table.header.fieldColumns;
    const titleAgency =
      'agency' in columns
        ? undefined
        : agencyInTitle(
            table.above.flatMap((a) => a.texts),
            vocab,
          );
    const assessments = toAssessments(table.records, {
      vocabulary: vocab,
      readings,
      order: inferDayMonthOrder(table.records.map((r) => r.values.assessment_date ?? null)),
      asOf: workbook.options.asOf,
      firstColumn: table.firstColumn,
      columns,
      ...(titleAgency ? { titleAgency } : {}),
    });
    const context = { table, assessments, asOf: workbook.options.asOf };
    const findings = runRules(SHEET_RULES, context, tablePlace(table), workbook.rendering);
    const state: PartnerState = { assessments };
    const rows = new Map(table.records.map((r) => [r.source.row, r.values]));
    return { kind: PARTNER_ASSESSMENT.kind, table, findings, records: records(assessments, rows), state };
  },

  consolidate(sheets, options, rendering = { lang: options.lang }) {
    const findings = runRules(BATCH_RULES, { sheets }, { file: '' }, rendering);
    return { findings, tables: computePartnerTables(sheets, Number(options.asOf.slice(0, 4))) };
  },
};
