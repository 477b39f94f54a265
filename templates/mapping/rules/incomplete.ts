import { sheetsRule } from './context.js';
import type { SheetAnalysis } from '../../core/kind.js';
import { STANDARDS } from '../standards.js';
import type { MappingState } from '../pairs.js';
import type { MappingRow } from '../rows.js';

export default sheetsRule({
  id: 'mapping.incomplete',
  severity: 'warning',
  title: {
    en: 'Agency does not cover every standard',
    fr: 'Agence qui ne couvre pas toutes les normes',
    es: 'Agencia que no cubre todas las normas',
  },
  messages: {
    en: '{agency} does not report on {count} of the {total} standards and key actions: {missing}.',
    fr: '{agency} ne rend pas compte de {count} des {total} normes et actions clés : {missing}.',
    es: '{agency} no informa sobre {count} de las {total} normas y acciones clave: {missing}.',
  },
  fields: ['agency', 'standard'],
  doc: {
    checks:
      'Each agency that reports, across all files, covers every standard and key action of the list; the warning ' +
      'lists the ids it misses. A name that is a likely typo of a listed agency is not counted as an agency of its ' +
      'own.',
    why:
      'A standard an agency does not report on is neither in place nor a gap: the coverage table shows a hole and ' +
      'the share in place is computed without it.',
    fix: 'Ask the agency for the missing rows, with Not applicable where a standard does not apply.',
    example: {
      input: 'UNFPA reports on every standard but MOS-7 and KPA-2.',
      params: { agency: 'UNFPA', count: 2, total: 15, missing: 'MOS-7, KPA-2' },
    },
  },
  check({ sheets }, emit) {
    const byAgency = new Map<string, { first: MappingRow; sheet: SheetAnalysis; covered: Set<string> }>();
    for (const sheet of sheets) {
      for (const row of (sheet.state as MappingState).rows) {
        if (!row.agencyKey || (row.agencyMatch?.kind === 'unknown' && row.agencyMatch.suggestion)) continue;
        const entry = byAgency.get(row.agencyKey) ?? { first: row, sheet, covered: new Set<string>() };
        if (row.standard) entry.covered.add(row.standard.id);
        byAgency.set(row.agencyKey, entry);
      }
    }
    for (const [agency, { first, sheet, covered }] of byAgency) {
      const missing = STANDARDS.filter((s) => !covered.has(s.id)).map((s) => s.id);
      if (!missing.length) continue;
      emit(
        { table: sheet.table, row: first.source.row, field: 'agency', value: first.agencyText },
        { agency, count: missing.length, total: STANDARDS.length, missing: missing.join(', ') },
      );
    }
  },
});
