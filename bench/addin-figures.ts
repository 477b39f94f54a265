/** What bench/addin/read-bench.ts measures: the pane's read path and compute on one long sheet. */
export interface AddinFigures {
  rows: number;
  /** Office.js round trips of the read, and the largest values response in bytes (Excel on the web refuses > 5 MB). */
  syncs: number;
  largestResponse: number;
  responseLimit: number;
  readSeconds: number;
  computeSeconds: number;
  records: number;
  /** Findings on the sheet: 0 for the bench's clean matrix (a count here means the bench times an error path). */
  findings: number;
}
