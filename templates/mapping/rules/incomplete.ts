import { sheetsRule } from './context.js';
import type { SheetAnalysis } from '../../core/kind.js';
import type { MappingState } from '../pairs.js';
import type { MappingRow } from '../rows.js';

interface Coverage {
  first: MappingRow;
  sheet: SheetAnalysis;
  covered: Set<string>;
  /** Set id → its standards, from every sheet the agency appears on. */
  sets: Map<string, readonly string[]>;
}

export default sheetsRule({
  id: 'mapping.incomplete',
  severity: 'warning',
  title: {
    en: 'Agency does not cover every standard',
    fr: 'Agence qui ne couvre pas toutes les normes',
    es: 'Agencia que no cubre todas las normas',
  },
  messages: {
    en: '{agency} does not report on {count} of the {total} standards of {sets}: {missing}.',
    fr: '{agency} ne rend pas compte de {count} des {total} normes de {sets} : {missing}.',
    es: '{agency} no informa sobre {count} de las {total} normas de {sets}: {missing}.',
  },
  fields: ['agency', 'standard'],
  doc: {
    checks:
      'Each agency that reports, across all files, covers every standard of the sets its mapping is checked ' +
      'against: the sets the settings declare (`standards set | iasc-mos-psea`), else the sets of the standards ' +
      'its sheets use (a MOS-PSEA checklist is not asked for the key actions). The warning lists the ids it ' +
      'misses; a typo of a listed agency counts under that agency.',
    why:
      'A standard an agency does not report on is neither in place nor a gap: the coverage table shows a hole and ' +
      'the share in place is computed without it.',
    fix: 'Ask the agency for the missing rows, with Not applicable where a standard does not apply.',
    example: {
      input: 'UNFPA reports on every MOS-PSEA standard but MOS-7.',
      params: { agency: 'UNFPA', count: 1, total: 8, sets: 'iasc-mos-psea', missing: 'MOS-7' },
    },
  },
  check({ sheets }, emit) {
    const byAgency = new Map<string, Coverage>();
    for (const sheet of sheets) {
      const state = sheet.state as MappingState;
      for (const row of state.rows) {
        if (!row.agencyKey) continue;
        const entry = byAgency.get(row.agencyKey) ?? { first: row, sheet, covered: new Set(), sets: new Map() };
        if (row.standard && row.statusText) entry.covered.add(row.standard.id);
        for (const set of state.sets) entry.sets.set(set.id, set.standards);
        byAgency.set(row.agencyKey, entry);
      }
    }
    for (const [agency, { first, sheet, covered, sets }] of byAgency) {
      const required = [...new Set([...sets.values()].flat())];
      const missing = required.filter((id) => !covered.has(id));
      if (!missing.length) continue;
      emit(
        { table: sheet.table, row: first.source.row, field: 'agency', value: first.agencyText },
        {
          agency,
          count: missing.length,
          total: required.length,
          sets: [...sets.keys()].join(', '),
          missing: missing.join(', '),
        },
      );
    }
  },
});
