/**
 * records.json: the consolidated records of each kind, machine-readable, so a later round can be compared with this
 * one.
 */
import type { OutputRecord } from '../../templates/index.js';
import type { KindOutput } from '../consolidate.js';

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

export function recordsJson(kinds: readonly KindOutput[], meta: { version: string; date: string }): string {
  const file: RecordsFile = {
    format: 'psea-records/1',
    version: meta.version,
    date: meta.date,
    kinds: kinds.map((k) => ({
      kind: k.kind,
      fields: k.fields,
      derived: k.derived,
      extra: k.extra ?? [],
      records: k.records,
    })),
  };
  return JSON.stringify(file) + '\n';
}
