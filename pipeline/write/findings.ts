import Papa from 'papaparse';
import { KINDS, type Finding, type Lang, type Report } from '../../templates/index.js';
import { suggestionIn } from '../../templates/core/labels.js';
import { isOurValue, valueLabel } from '../../templates/present/labels.js';
import { COMMA_CSV, csvCell, type CsvFormat } from './csv-cell.js';
import { SEVERITY_WORD, say } from '../messages.js';
import { oneLine } from '../one-line.js';

export const FINDING_COLUMNS = [
  'rule',
  'severity',
  'file',
  'sheet',
  'cell',
  'row',
  'field',
  'value',
  'suggestion',
  'message',
] as const;

/** Findings per chunk of the streamed outputs: a 100,000-finding file is never one string. */
const CHUNK = 2000;

/** UTF-8 with BOM so Excel opens accents correctly; formula-like text made literal. */
export function* findingsCsvChunks(findings: readonly Finding[], format: CsvFormat = COMMA_CSV): Generator<string> {
  yield '\uFEFF' + findingsCsvHeader(format);
  for (let i = 0; i < findings.length; i += CHUNK)
    yield (i ? '\r\n' : '') + findingsCsvLines(findings.slice(i, i + CHUNK), format);
  yield '\r\n';
}

/** One finding as it stands in JSON.stringify(findings, null, 2), its lines shifted by `indent`. */
export function findingJsonItem(f: Finding, indent = ''): string {
  const pad = `\n${indent}  `;
  return `${pad.slice(1)}${JSON.stringify(f, null, 2).replace(/\n/g, pad)}`;
}

/**
 * The same text as JSON.stringify(findings, null, 2), produced a chunk at a time; `indent` shifts every line after the
 * first.
 */
export function* findingsJsonChunks(findings: readonly Finding[], indent = ''): Generator<string> {
  if (!findings.length) {
    yield '[]\n';
    return;
  }
  for (let i = 0; i < findings.length; i += CHUNK) {
    const items = findings.slice(i, i + CHUNK).map((f) => findingJsonItem(f, indent));
    yield (i === 0 ? '[\n' : ',\n') + items.join(',\n');
  }
  yield `\n${indent}]\n`;
}

/** The report's text up to its findings' value (findings is its last key), for writers that stream the findings. */
export function reportJsonHead(report: Omit<Report, 'findings'>): string {
  const empty = JSON.stringify({ ...report, findings: [] }, null, 2);
  return empty.slice(0, empty.length - '[]\n}'.length);
}

/**
 * The report as JSON.stringify(report, null, 2) would write it, its findings streamed (findings.json, validate
 * --format json).
 */
export function* reportJsonChunks(report: Report): Generator<string> {
  const { findings, ...rest } = report;
  yield reportJsonHead(rest);
  for (const chunk of findingsJsonChunks(findings, '  ')) yield chunk.endsWith('\n') ? chunk.slice(0, -1) : chunk;
  yield '\n}\n';
}

/**
 * findings.csv's header line with the line break papaparse puts after a header (before the first row, or alone when
 * there is none), and the lines of some findings under it (no header, no line break at either end).
 */
export function findingsCsvHeader(format: CsvFormat = COMMA_CSV): string {
  return Papa.unparse({ fields: [...FINDING_COLUMNS], data: [] }, { newline: '\r\n', delimiter: format.delimiter });
}
export function findingsCsvLines(findings: readonly Finding[], format: CsvFormat = COMMA_CSV): string {
  const rows = findings.map((f) => FINDING_COLUMNS.map((c) => csvCell(f[c], format)));
  return Papa.unparse(
    { fields: [...FINDING_COLUMNS], data: rows },
    { newline: '\r\n', header: false, delimiter: format.delimiter },
  );
}

export function reportJson(report: Report): string {
  return [...reportJsonChunks(report)].join('');
}

export function findingsCsv(findings: readonly Finding[]): string {
  return [...findingsCsvChunks(findings)].join('');
}

export function findingsJson(findings: readonly Finding[]): string {
  return [...findingsJsonChunks(findings)].join('');
}

/** One line per finding, for the terminal: a newline in a file name or a cell stays an escape, not a break. */
export function findingLine(f: Finding, lang: Lang = 'en'): string {
  const row = f.row ? say(lang, 'row', { row: f.row }) : '';
  const where = [f.file, f.sheet, f.cell ?? row].filter(Boolean).join(' › ');
  // The fix in the line's language (a French line says "→ Acceptée"), as a fix on a sheet in it would write it.
  const suggestion = f.suggestion && suggestionIn(KINDS, f, lang);
  const hint = suggestion ? ` → ${isOurValue(suggestion) ? valueLabel(suggestion, lang) : suggestion}` : '';
  return oneLine(`${SEVERITY_WORD[f.severity][lang].padEnd(7)} ${where}: ${f.message} [${f.rule}]${hint}`);
}
