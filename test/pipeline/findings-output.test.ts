import { describe, expect, it } from 'vitest';
import Papa from 'papaparse';
import { FINDING_COLUMNS, findingsCsv, findingsJson } from '../../pipeline/write/findings.js';
import type { Finding } from '../../templates/index.js';

function finding(i: number): Finding {
  return {
    rule: 'management-response.unit-unknown',
    severity: i % 2 ? 'warning' : 'error',
    file: `f${i}.xlsx`,
    sheet: 'Matrix',
    cell: `H${i + 2}`,
    row: i + 2,
    field: 'responsible_units',
    value: `UN"FAP, ${i}\nnext`,
    message: `Unit “UNFAP” is not in the list; ${i}`,
    params: { value: 'UNFAP' },
    ...(i % 3 ? {} : { suggestion: 'UNFPA' }),
  };
}

describe('streamed findings outputs', () => {
  for (const n of [0, 1, 4999]) {
    it(`write the same text as one-shot serialisation (${n} findings)`, () => {
      const findings = Array.from({ length: n }, (_, i) => finding(i));
      expect(findingsJson(findings)).toBe(JSON.stringify(findings, null, 2) + '\n');
      const rows = findings.map((f) => FINDING_COLUMNS.map((c) => (f[c] === undefined ? '' : String(f[c]))));
      expect(findingsCsv(findings)).toBe(
        '\uFEFF' + Papa.unparse({ fields: [...FINDING_COLUMNS], data: rows }, { newline: '\r\n' }) + '\r\n',
      );
    });
  }
});
