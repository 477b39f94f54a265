/**
 * A sheet's rows gathered into assessments: in the long layout, the rows of one agency, partner and date are one
 * assessment (a row per core standard); in the wide layout, each row is one assessment (a column per standard).
 * Each answer keeps its cell, and each assessment is scored as eTools scores it (ratings.ts).
 */
import type { CellValue, SourceRef } from '../core/types.js';
import type { TableRecord } from '../core/table.js';
import type { SheetReadings } from '../core/readings.js';
import { matchEnum } from '../core/schema.js';
import { parseDate, type DayMonthOrder, type ParsedDate } from '../core/dates.js';
import { a1, cellText, foldKey, isBlank } from '../core/text.js';
import type { AgencyMatch } from '../inter-agency/agencies.js';
import type { Standard } from '../inter-agency/standards/types.js';
import { OTHER_EVIDENCE, UN_IP_CORE } from '../inter-agency/standards/un-ip-core.js';
import type { Vocabulary } from '../inter-agency/vocabulary.js';
import { NOT_A_RISK, RATING, RISK, isExpiring, riskOf, type Risk } from './ratings.js';

export interface Answer {
  standard?: Standard;
  standardText: string;
  ratingText: string;
  /** 1, 2 or 3; undefined when blank or not a rating. */
  rating?: number;
  evidence: string[];
  description: string;
  justification: string;
  row: number;
  /** A1 addresses of the answer's rating, evidence and description cells. */
  cells: { rating?: string; evidence?: string; description?: string; standard?: string };
}

export interface Assessment {
  source: SourceRef;
  /** Every input row of the assessment. */
  rows: number[];
  agencyText: string;
  agencyMatch?: AgencyMatch;
  /** The acronym when known (a typo counts under the agency it suggests), else as typed. */
  agency: string;
  /** The agency was read from the sheet's title (no agency column). */
  agencyFromTitle?: string;
  partner: string;
  partnerId: string;
  /** Partners are the same across files by vendor number, else by folded name. */
  partnerKey: string;
  dateRaw: CellValue;
  date?: ParsedDate;
  answers: Answer[];
  /** Core standards with no valid rating. */
  missing: string[];
  /** eTools' total and risk: none until every core standard is rated. */
  total?: number;
  risk?: Risk;
  statedTotalText: string;
  statedRiskText: string;
  /** The stated risk read as High, Moderate or Low; `none` for a label that states no risk (Not Assessed). */
  statedRisk?: Risk | 'none';
  expiring: boolean;
  cells: { total?: string; risk?: string; date?: string; partner?: string };
}

export interface AssessmentContext {
  vocabulary: Vocabulary;
  readings: SheetReadings;
  order?: DayMonthOrder;
  asOf: string;
  firstColumn: number;
  columns: Readonly<Record<string, number>>;
  /** The agency the title names, for a sheet without an agency column. */
  titleAgency?: string;
}

const OTHER = new Set(OTHER_EVIDENCE.map(foldKey));

/** eTools joins an answer's evidence labels with ", ". */
export function evidenceItems(text: string): string[] {
  return text
    .split(/\s*[,;\n]\s*(?![^()]*\))/)
    .map((s) => s.trim())
    .filter(Boolean);
}

export function isOtherEvidence(item: string): boolean {
  const key = foldKey(item);
  return OTHER.has(key) || /^(other|autre|otro|otra)\b/.test(key);
}

function readRating(text: string, at: { row: number; field: string; cell?: string }, readings: SheetReadings) {
  if (!text) return undefined;
  const match = matchEnum(RATING, text);
  if (!match) return Number.NaN;
  if (match.normalised && !/^[123](\.0+)?$/.test(text.trim()))
    readings.normalised.push({ ...at, text, canonical: match.value });
  return Number(match.value);
}

function cellOf(ctx: AssessmentContext, field: string, row: number): string | undefined {
  const index = ctx.columns[field];
  return index === undefined ? undefined : a1(ctx.firstColumn - 1 + index, row);
}

function answersOf(record: TableRecord, ctx: AssessmentContext): Answer[] {
  const v = (field: string) => cellText(record.values[field]);
  const row = record.source.row;
  const wide = record.keyed?.filter((k) => k.field === 'rating') ?? [];
  if (!wide.length) {
    const standardText = v('standard');
    const match = standardText ? ctx.vocabulary.standards.match(standardText, [UN_IP_CORE.id]) : undefined;
    const cells = {
      rating: cellOf(ctx, 'rating', row),
      evidence: cellOf(ctx, 'evidence', row),
      description: cellOf(ctx, 'evidence_description', row),
      standard: cellOf(ctx, 'standard', row),
    };
    const ratingText = v('rating');
    return [
      {
        standard: match?.standard,
        standardText,
        ratingText,
        rating: readRating(ratingText, { row, field: 'rating' }, ctx.readings),
        evidence: evidenceItems(v('evidence')),
        description: v('evidence_description'),
        justification: v('justification'),
        row,
        cells,
      },
    ];
  }
  const other = (field: string, key: string) => record.keyed?.find((k) => k.field === field && k.key === key);
  return wide.map((k) => {
    const cell = a1(ctx.firstColumn - 1 + k.index, row);
    const ratingText = cellText(k.value);
    const evidence = other('evidence', k.key);
    return {
      standard: ctx.vocabulary.standards.standard(k.key),
      standardText: k.key,
      ratingText,
      rating: readRating(ratingText, { row, field: 'rating', cell }, ctx.readings),
      evidence: evidenceItems(cellText(evidence?.value ?? null)),
      description: '',
      justification: cellText(other('justification', k.key)?.value ?? null),
      row,
      cells: {
        rating: cell,
        ...(evidence ? { evidence: a1(ctx.firstColumn - 1 + evidence.index, row) } : {}),
      },
    };
  });
}

function statedRisk(text: string): Risk | 'none' | undefined {
  if (!text) return undefined;
  if (NOT_A_RISK.some((label) => foldKey(label) === foldKey(text))) return 'none';
  return matchEnum(RISK, text)?.value as Risk | undefined;
}

function score(a: Omit<Assessment, 'missing' | 'total' | 'risk' | 'expiring'>, asOf: string): Assessment {
  const rated = new Map<string, number>();
  for (const answer of a.answers)
    if (
      answer.standard &&
      answer.rating !== undefined &&
      !Number.isNaN(answer.rating) &&
      !rated.has(answer.standard.id)
    )
      rated.set(answer.standard.id, answer.rating);
  const missing = UN_IP_CORE.standards.filter((s) => !rated.has(s.id)).map((s) => s.id);
  // eTools: rating() is None until answers_complete(); then the sum of the weights.
  const total = missing.length ? undefined : [...rated.values()].reduce((sum, r) => sum + r, 0);
  const risk = riskOf(total);
  const expiring = !!a.date && isExpiring(a.date.iso, asOf);
  return { ...a, missing, ...(total === undefined ? {} : { total }), ...(risk ? { risk } : {}), expiring };
}

function header(record: TableRecord, ctx: AssessmentContext) {
  const v = (field: string) => cellText(record.values[field]);
  const row = record.source.row;
  const typed = v('agency') || ctx.titleAgency || '';
  const agencyMatch = typed ? ctx.vocabulary.agencies.lookup(typed) : undefined;
  if (v('agency') && agencyMatch?.kind === 'known' && !agencyMatch.official)
    ctx.readings.normalised.push({ row, field: 'agency', text: typed, canonical: agencyMatch.agency.acronym });
  const agency = agencyMatch?.kind === 'known' ? agencyMatch.agency.acronym : (agencyMatch?.suggestion ?? typed);
  const partner = v('partner');
  const partnerId = v('partner_id');
  const date = parseDate(record.values.assessment_date ?? null, ctx.order);
  if (!isBlank(record.values.assessment_date))
    ctx.readings.dates.push({ row, field: 'assessment_date', text: v('assessment_date'), ...(date ? { date } : {}) });
  const statedRiskText = v('risk_rating');
  return {
    source: record.source,
    rows: [row],
    agencyText: typed,
    agencyMatch,
    agency,
    ...(!v('agency') && ctx.titleAgency ? { agencyFromTitle: ctx.titleAgency } : {}),
    partner,
    partnerId,
    partnerKey: partnerId ? `id:${partnerId}` : `name:${foldKey(partner)}`,
    dateRaw: record.values.assessment_date ?? null,
    date,
    answers: answersOf(record, ctx),
    statedTotalText: v('total_score'),
    statedRiskText,
    statedRisk: statedRisk(statedRiskText),
    cells: {
      total: cellOf(ctx, 'total_score', row),
      risk: cellOf(ctx, 'risk_rating', row),
      date: cellOf(ctx, 'assessment_date', row),
      partner: cellOf(ctx, 'partner', row) ?? cellOf(ctx, 'partner_id', row),
    },
  };
}

/** The assessments of one sheet, in the order their first row appears. */
export function toAssessments(records: readonly TableRecord[], ctx: AssessmentContext): Assessment[] {
  const byKey = new Map<string, ReturnType<typeof header>>();
  const order: ReturnType<typeof header>[] = [];
  for (const record of records) {
    const head = header(record, ctx);
    const wide = record.keyed?.some((k) => k.field === 'rating');
    const key = wide
      ? `row:${record.source.row}`
      : `${head.agency}|${head.partnerKey}|${head.date?.iso ?? cellText(head.dateRaw)}`;
    const known = byKey.get(key);
    if (!known) {
      byKey.set(key, head);
      order.push(head);
      continue;
    }
    known.rows.push(record.source.row);
    known.answers.push(...head.answers);
    if (!known.statedTotalText) [known.statedTotalText, known.cells.total] = [head.statedTotalText, head.cells.total];
    if (!known.statedRiskText)
      [known.statedRiskText, known.statedRisk, known.cells.risk] = [
        head.statedRiskText,
        head.statedRisk,
        head.cells.risk,
      ];
  }
  return order.map((a) => score(a, ctx.asOf));
}

/** The agency a sheet's title names ("Evaluación … – ACNUR – 2026"), for a sheet without an agency column. */
export function agencyInTitle(texts: readonly string[], vocabulary: Vocabulary): string | undefined {
  for (const text of texts) {
    for (const part of text.split(/\s*[–—|:,()/]\s*|\s+-\s+/)) {
      const match = part && vocabulary.agencies.lookup(part.trim());
      if (match && match.kind === 'known') return part.trim();
    }
    for (const word of text.split(/\s+/)) {
      const match = word.length >= 2 && /[A-Z]{2}/.test(word) ? vocabulary.agencies.lookup(word) : undefined;
      if (match?.kind === 'known' && match.exact) return word;
    }
  }
  return undefined;
}
