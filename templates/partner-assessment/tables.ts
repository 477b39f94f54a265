/**
 * The partner assessments' tables: every assessment with its computed total and risk, each partner's latest
 * assessment (across agencies and files), partners by risk, assessments by agency, expiring assessments, and the core
 * standards most often rated Absent.
 */
import type { SheetAnalysis } from '../core/kind.js';
import { UN_IP_CORE } from '../inter-agency/standards/un-ip-core.js';
import type { Assessment } from './assessments.js';
import { RISKS } from './ratings.js';

export interface PartnerState {
  assessments: Assessment[];
}

interface Provenance {
  source_file: string;
  source_sheet: string;
  source_row: number;
}

export interface AssessmentRow extends Provenance {
  partner: string;
  partner_id: string;
  agency: string;
  assessment_date: string;
  total: number | null;
  risk: string;
  /** 'yes' or 'no' (text, as a sheet cell shows it). */
  expiring: 'yes' | 'no';
  latest: 'yes' | 'no';
}

export interface PartnerTables {
  assessments: AssessmentRow[];
  /** Each partner's latest assessment, by risk ("not rated" when not every standard is rated). */
  partners_by_risk: Record<string, number>;
  by_agency: Record<string, Record<string, number>>;
  expiring: (Provenance & { partner: string; agency: string; assessment_date: string; years: number })[];
  /** Core standard → partners whose latest assessment rates it Absent (1). */
  standards_not_met: Record<string, number>;
}

export const NOT_RATED = 'not rated';

const provenance = (a: Assessment): Provenance => ({
  source_file: a.source.file,
  source_sheet: a.source.sheet,
  source_row: a.source.row,
});

export function allAssessments(sheets: readonly SheetAnalysis[]): Assessment[] {
  return sheets.flatMap((s) => (s.state as PartnerState).assessments);
}

/** Later date wins; the same date, the later in input order. Undated assessments come first. */
export function isLater(a: Assessment, b: Assessment): boolean {
  return (a.date?.iso ?? '') >= (b.date?.iso ?? '');
}

/** Each partner's latest assessment, by partner key. */
export function latestByPartner(all: readonly Assessment[]): Map<string, Assessment> {
  const latest = new Map<string, Assessment>();
  for (const a of all) {
    const known = latest.get(a.partnerKey);
    if (!known || isLater(a, known)) latest.set(a.partnerKey, a);
  }
  return latest;
}

export function computePartnerTables(sheets: readonly SheetAnalysis[], asOfYear: number): PartnerTables {
  const all = allAssessments(sheets);
  const latest = latestByPartner(all);
  const latestSet = new Set(latest.values());
  const tables: PartnerTables = {
    assessments: all.map((a) => ({
      partner: a.partner,
      partner_id: a.partnerId,
      agency: a.agency,
      assessment_date: a.date?.iso ?? '',
      total: a.total ?? null,
      risk: a.risk ?? NOT_RATED,
      expiring: a.expiring ? 'yes' : 'no',
      latest: latestSet.has(a) ? 'yes' : 'no',
      ...provenance(a),
    })),
    partners_by_risk: Object.fromEntries([...RISKS, NOT_RATED].map((r) => [r, 0])),
    by_agency: {},
    expiring: [],
    standards_not_met: Object.fromEntries(UN_IP_CORE.standards.map((s) => [s.id, 0])),
  };
  for (const a of all) {
    const entry = (tables.by_agency[a.agency] ??= {
      assessments: 0,
      ...Object.fromEntries([...RISKS, NOT_RATED].map((r) => [r, 0])),
    });
    entry.assessments++;
    entry[a.risk ?? NOT_RATED]++;
  }
  for (const a of latest.values()) {
    tables.partners_by_risk[a.risk ?? NOT_RATED]++;
    const absent = new Set(a.answers.filter((x) => x.standard && x.rating === 1).map((x) => x.standard!.id));
    for (const id of absent) if (id in tables.standards_not_met) tables.standards_not_met[id]++;
    if (a.expiring && a.date)
      tables.expiring.push({
        partner: a.partner,
        agency: a.agency,
        assessment_date: a.date.iso,
        years: asOfYear - Number(a.date.iso.slice(0, 4)),
        ...provenance(a),
      });
  }
  return tables;
}
