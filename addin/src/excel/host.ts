/** The one seam between the pane and Office: tests hand in a fake with the same shape. */
export type Batch<T> = (context: Excel.RequestContext) => Promise<T>;

export interface ExcelHost {
  run<T>(batch: Batch<T>): Promise<T>;
  /** isSetSupported('ExcelApi', version). */
  supports(version: string): boolean;
}

export function officeHost(): ExcelHost {
  return {
    run: (batch) => Excel.run(batch),
    supports: (version) => Office.context.requirements.isSetSupported('ExcelApi', version),
  };
}

/** Sheet name quoted for a workbook-level address: 'My sheet'!B4. */
export function qualified(sheet: string, cell: string): string {
  return `'${sheet.replace(/'/g, "''")}'!${cell}`;
}
