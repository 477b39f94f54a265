/**
 * Hostile inputs for the output-safety tests, generated at test time: every field of every kind gets every
 * payload (one sheet per kind, the payload list rotating along rows and columns), and sheet names carry them too.
 */
import ExcelJS from 'exceljs';
import { KINDS, type CellValue } from '../../templates/index.js';
import { blankTemplate } from '../../templates/core/blank.js';

/** OWASP's formula starters, each as a payload that would do something if evaluated. */
export const FORMULA_PAYLOADS = [
  '=HYPERLINK("http://x","y")',
  "=cmd|' /C calc'!A0",
  '@SUM(1)',
  '+1+1',
  '-1-1',
  '\t=1',
  '\r=1',
  '=1+1',
  '+41 22 917 1234',
  '-5',
];

/** Markup and script payloads; each sets window.__pwned if it ever runs. */
export const SCRIPT_PAYLOADS = [
  '<img src=x onerror="window.__pwned=1">',
  '<script>window.__pwned=2</script>',
  '</script><script>window.__pwned=3</script>',
  'javascript:window.__pwned=4',
  '"><svg onload="window.__pwned=5">',
  '${window.__pwned=6}',
  '\'><iframe srcdoc="<script>parent.__pwned=7</script>">',
];

/** A sheet name: Excel allows 31 characters and none of []:*?/\ ; the payload is cut to fit. */
export function payloadSheetName(payload: string, index: number): string {
  return `${index}${payload.replace(/[[\]:*?/\\]/g, '_')}`.slice(0, 31);
}

/** Rows for one kind: the EN header, then rows where field c of row r holds payload (r + c) mod n. */
export function payloadRows(kindIndex: number, payloads: readonly string[], rows = payloads.length): CellValue[][] {
  const columns = blankTemplate(KINDS[kindIndex].def, 'en').columns;
  return [
    columns.map((c) => c.header),
    ...Array.from({ length: rows }, (_, r) => columns.map((_, c) => payloads[(r + c) % payloads.length])),
  ];
}

/** One workbook, one sheet per kind, every cell of every field a payload; sheet names carry payloads as well. */
export async function writePayloadWorkbook(
  path: string,
  payloads: readonly string[],
  extraRows: CellValue[][][] = [],
): Promise<void> {
  const wb = new ExcelJS.Workbook();
  KINDS.forEach((_, k) => {
    const ws = wb.addWorksheet(payloadSheetName(payloads[k % payloads.length], k));
    for (const row of [...payloadRows(k, payloads), ...(extraRows[k] ?? [])]) ws.addRow(row.map((v) => v ?? undefined));
  });
  await wb.xlsx.writeFile(path);
}
