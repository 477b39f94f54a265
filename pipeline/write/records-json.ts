/**
 * records.json: the consolidated records of each kind, machine-readable, so a later round can be compared with this
 * one. Written a record at a time by StreamedOutputs (streamed-outputs.ts), as JSON.stringify(file) would.
 */
import type { OutputRecord } from '../../templates/index.js';

export const RECORDS_FILE = 'records.json';

export interface RecordsFile {
  format: 'psea-records/1';
  version: string;
  date: string;
  /** extra: headers of the input columns no field reads; each record carries their values in `extra`. */
  kinds: {
    kind: string;
    fields: string[];
    derived: string[];
    extra: string[];
    records: OutputRecord[];
  }[];
}
