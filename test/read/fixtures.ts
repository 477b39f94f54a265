/** Workbooks written with exceljs covering every cell shape the readers must agree on. */
import ExcelJS from 'exceljs';

function fill(sheet: ExcelJS.Worksheet): void {
  sheet.addRow(['Management response matrix', null, null]);
  sheet.mergeCells('A1:C1');
  sheet.addRow(['Rec #', 'Recommendation', 'Management response', 'Done', 'Due', 'Logged', 'Share', 'Check']);
  sheet.addRow([
    1,
    'Clarify the unit\'s role & scope <PSEA> "now"',
    'Accept',
    true,
    new Date(Date.UTC(2025, 2, 31)),
    new Date(Date.UTC(2025, 5, 30, 14, 30)),
    0.75,
    { error: '#N/A' },
  ]);
  sheet.addRow([
    2,
    { richText: [{ text: 'Bold', font: { bold: true } }, { text: ' then plain' }] },
    'Partially accept',
    false,
    null,
    null,
    1.5e-7,
    { error: '#DIV/0!' },
  ]);
  sheet.getCell('F3').numFmt = 'dd/mm/yyyy hh:mm';
  sheet.getCell('G3').numFmt = '0.0%';
  sheet.getCell('E4').value = 45123;
  sheet.getCell('E4').numFmt = '[$-409]d-mmm-yy;@';
  sheet.getCell('F4').value = 45123.5;
  sheet.getCell('F4').numFmt = '#,##0.00 "kg"';
  sheet.addRow([]);
  sheet.addRow(['Pillar 3: Survivor assistance']);
  sheet.mergeCells('A6:D6');
  sheet.getCell('A7').value = { formula: 'SUM(1,2)', result: 3 };
  sheet.getCell('B7').value = { formula: 'CONCAT("a","b")', result: 'ab & <c>' };
  sheet.getCell('C7').value = { formula: '1=1', result: true };
  sheet.getCell('D7').value = { formula: '1/0', result: { error: '#DIV/0!' } };
  sheet.getCell('E7').value = { formula: 'DATE(2025,1,2)', result: new Date(Date.UTC(2025, 0, 2)) };
  sheet.getCell('F7').value = { formula: 'NOW()' };
  sheet.getCell('A8').value = { formula: 'A7+1', result: 4, shareType: 'shared', ref: 'A8:A9' } as ExcelJS.CellValue;
  sheet.getCell('A9').value = { sharedFormula: 'A8', result: 5 } as ExcelJS.CellValue;
  sheet.getCell('B8').value = { text: 'the guide', hyperlink: 'https://example.org/guide' };
  sheet.getCell('C8').value = 'Réponse — recomendación ✓ 😀';
  sheet.getCell('D8').value = 'line one\nline two\ttab';
  sheet.getCell('E8').value = '';
  sheet.getCell('AB12').value = 'far away';
  sheet.getCell('C14').style = { font: { bold: true } };
  sheet.getCell('A10').value = -0.5;
  sheet.getCell('B10').value = 'repeated';
  sheet.getCell('C10').value = 'repeated';
  // Hidden rows: one with values, one empty (not reported), one holding a merge.
  for (const r of [4, 5, 6]) sheet.getRow(r).hidden = true;
}

export async function exceljsFixtures(): Promise<Record<string, Buffer>> {
  const out: Record<string, Buffer> = {};
  for (const date1904 of [false, true]) {
    const workbook = new ExcelJS.Workbook();
    workbook.properties.date1904 = date1904;
    fill(workbook.addWorksheet('Matrix'));
    const notes = workbook.addWorksheet('Notes & <more>');
    notes.getCell('B2').value = 'Source: field survey';
    notes.getCell('A1').value = 2;
    notes.state = 'hidden';
    workbook.addWorksheet('Empty');
    workbook.addWorksheet('Macro data', { state: 'veryHidden' }).getCell('A1').value = 'kept';
    out[date1904 ? 'shared-1904.xlsx' : 'shared-1900.xlsx'] = Buffer.from(await workbook.xlsx.writeBuffer());
  }
  // The streaming writer without shared strings writes inline strings.
  const chunks: Buffer[] = [];
  const { PassThrough } = await import('node:stream');
  const stream = new PassThrough();
  stream.on('data', (c: Buffer) => chunks.push(c));
  const writer = new ExcelJS.stream.xlsx.WorkbookWriter({ stream, useSharedStrings: false, useStyles: true });
  const sheet = writer.addWorksheet('Inline');
  fill(sheet);
  sheet.commit();
  await writer.commit();
  out['inline-stream.xlsx'] = Buffer.concat(chunks);
  return out;
}
