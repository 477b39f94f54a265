/**
 * What our sheets need to print and to offer their lists, for both exceljs writers (the blank templates' and the
 * streamed consolidated.xlsx): A4 landscape, one page wide, header rows repeated, the file name and page number
 * in the footer; and one list validation per range (exceljs, given one per cell, writes overlapping ranges).
 */
import type ExcelJS from 'exceljs';

/** The validation store both exceljs worksheets have, which takes a range address; exceljs's types omit it. */
interface RangeValidations {
  dataValidations: { add(address: string, validation: ExcelJS.DataValidation): void };
}

export function addListValidation(sheet: ExcelJS.Worksheet, range: string, source: string): void {
  (sheet as unknown as RangeValidations).dataValidations.add(range, {
    type: 'list',
    allowBlank: true,
    formulae: [source],
    showErrorMessage: true,
    errorStyle: 'warning',
  });
}

/**
 * `titleRows`: the rows printed again at the top of each page ("1:2" for a title over a header). As worksheet
 * options: the streaming writer takes them only when the sheet is added.
 */
export function printOptions(titleRows: string): Pick<ExcelJS.AddWorksheetOptions, 'pageSetup' | 'headerFooter'> {
  return {
    pageSetup: {
      paperSize: 9, // A4
      orientation: 'landscape',
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0, // as many pages down as it takes
      printTitlesRow: titleRows,
      margins: { left: 0.5, right: 0.5, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 },
    },
    // &F the file's name, &A the sheet's, &P the page, &N the pages (Excel's header and footer codes).
    headerFooter: { oddFooter: '&L&F — &A&R&P / &N' },
  };
}

export function printSetup(sheet: ExcelJS.Worksheet, titleRows: string): void {
  const { pageSetup, headerFooter } = printOptions(titleRows);
  sheet.pageSetup = { ...sheet.pageSetup, ...pageSetup };
  sheet.headerFooter = { ...sheet.headerFooter, ...headerFooter };
}
