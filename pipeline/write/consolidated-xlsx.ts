/** consolidated.xlsx with the exceljs streaming writer: records with provenance, findings, tables, About. */
import ExcelJS from 'exceljs';
import type { Finding } from '../../templates/index.js';
import { flattenTables } from '../../templates/core/tabulate.js';
import type { Consolidation } from '../consolidate.js';
import { accountingLine } from '../consolidate.js';
import { FINDING_COLUMNS } from './findings.js';
import { writeAtomicWith } from './atomic.js';

export const PROVENANCE = ['source_file', 'source_sheet', 'source_row'] as const;

/** Excel sheet names: 31 characters, none of []:*?/\ . */
export function sheetName(text: string, taken: Set<string>): string {
  const base = text.replace(/[[\]:*?/\\]/g, '_').slice(0, 31);
  let name = base;
  for (let i = 2; taken.has(name.toLowerCase()); i++) name = `${base.slice(0, 28)}~${i}`;
  taken.add(name.toLowerCase());
  return name;
}

function addSheet(workbook: ExcelJS.stream.xlsx.WorkbookWriter, name: string, header: string[]): ExcelJS.Worksheet {
  const sheet = workbook.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = header.map((h) => ({ header: h, key: h, width: Math.min(50, Math.max(10, h.length + 2)) }));
  sheet.getRow(1).font = { bold: true };
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: Math.max(1, header.length) } };
  return sheet;
}

export async function writeConsolidatedXlsx(target: string, result: Consolidation, meta: { version: string; date: string }): Promise<void> {
  await writeAtomicWith(target, async (tmp) => {
    const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: tmp, useStyles: true, useSharedStrings: false });
    const taken = new Set<string>();
    for (const kind of result.kinds) {
      const header = [...PROVENANCE, ...kind.fields, ...kind.derived];
      const sheet = addSheet(workbook, sheetName(kind.kind, taken), header);
      for (const record of kind.records) {
        sheet.addRow([record.source.file, record.source.sheet, record.source.row,
          ...kind.fields.map((f) => record.values[f] ?? null), ...kind.derived.map((f) => record.derived[f] ?? null)]).commit();
      }
      sheet.commit();
    }
    const findings = addSheet(workbook, sheetName('Findings', taken), [...FINDING_COLUMNS]);
    for (const f of result.findings) findings.addRow(FINDING_COLUMNS.map((c) => (f as Finding)[c] ?? null)).commit();
    findings.commit();
    for (const kind of result.kinds) {
      for (const table of flattenTables(kind.tablesKey, kind.tables)) {
        const sheet = addSheet(workbook, sheetName(table.name.replace(/^management_response\./, ''), taken), table.header);
        for (const row of table.rows) sheet.addRow(row).commit();
        sheet.commit();
      }
    }
    const about = addSheet(workbook, sheetName('About', taken), ['item', 'value', 'size', 'sha256']);
    about.addRow(['product', `psea-sheets ${meta.version}`]).commit();
    about.addRow(['date', meta.date]).commit();
    about.addRow(['rows', accountingLine(result.accounting)]).commit();
    for (const input of result.inputs) about.addRow(['input', input.name, input.size, input.sha256]).commit();
    about.commit();
    await workbook.commit();
  });
}
