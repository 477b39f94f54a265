/** Zips the fast reader leaves to exceljs, and what the pipeline makes of failures that cannot be planted as files. */
import { buildZip, deflated } from '../fixtures/bad/xlsx-corpus.js';
import { raisedFinding, type Finding } from '../../templates/index.js';
import { type fileSystemReason, type InputError } from '../../pipeline/read/index.js';
import { file, type FileWriter } from './files.js';

/** A zip whose one part has the "encrypted" flag set (bit 0 of its flags, local and central). */
export const encryptedEntry: FileWriter = (dir) => {
  const bytes = buildZip([deflated('xl/workbook.xml', '<workbook/>')]);
  bytes.writeUInt16LE(bytes.readUInt16LE(6) | 1, 6);
  const central = bytes.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]));
  bytes.writeUInt16LE(bytes.readUInt16LE(central + 8) | 1, central + 8);
  return file('locked-parts.xlsx', bytes)(dir);
};

/**
 * An invalid case for a verdict of the pool (a file stopped for its time or memory, a worker lost): what cannot
 * be planted as a file goes through what the batch does with the error.
 */
export function verdictCase(name: string, file: string, error: InputError, params: Record<string, string | number>) {
  return {
    name,
    input: { run: async () => ({ findings: [unreadableFinding(file, error)], lookedAt: true }) },
    findings: [{ file, params }],
  };
}

/** The finding the batch makes of a file that could not be read, as consolidate.ts makes it. */
export function unreadableFinding(file: string, error: InputError | ReturnType<typeof fileSystemReason>): Finding {
  const reason = 'reason' in error && 'file' in error ? error.reason : error;
  return raisedFinding(reason, { file }, {}, { lang: 'en' });
}
