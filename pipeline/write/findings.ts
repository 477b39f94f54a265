import Papa from 'papaparse';
import type { Finding } from '../../templates/index.js';

export const FINDING_COLUMNS = ['rule', 'severity', 'file', 'sheet', 'cell', 'row', 'field', 'value', 'suggestion', 'message'] as const;

/** UTF-8 with BOM so Excel opens accents correctly. */
export function findingsCsv(findings: readonly Finding[]): string {
  const rows = findings.map((f) => FINDING_COLUMNS.map((c) => (f[c] === undefined ? '' : String(f[c]))));
  return '\uFEFF' + Papa.unparse({ fields: [...FINDING_COLUMNS], data: rows }, { newline: '\r\n' }) + '\r\n';
}

export function findingsJson(findings: readonly Finding[]): string {
  return JSON.stringify(findings, null, 2) + '\n';
}

/** One line per finding, for the terminal. */
export function findingLine(f: Finding): string {
  const where = [f.file, f.sheet, f.cell ?? (f.row ? `row ${f.row}` : '')].filter(Boolean).join(' › ');
  const hint = f.suggestion ? ` → ${f.suggestion}` : '';
  return `${f.severity.toUpperCase().padEnd(7)} ${where}: ${f.message} [${f.rule}]${hint}`;
}
