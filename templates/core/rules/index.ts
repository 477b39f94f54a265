/** The rules every workbook shares, by when they run. Each file under rules/GROUP/NAME.ts is the rule GROUP.NAME. */
import type { Params, RuleMeta } from '../rule.js';
import layoutRequiredColumn from './layout/required-column.js';
import layoutUnknownColumn from './layout/unknown-column.js';
import layoutDuplicateColumn from './layout/duplicate-column.js';
import layoutAmbiguousColumn from './layout/ambiguous-column.js';
import layoutColumnWithoutHeader from './layout/column-without-header.js';
import layoutExtraColumn from './layout/extra-column.js';
import cellValueNormalised from './cell/value-normalised.js';
import cellDateAmbiguous from './cell/date-ambiguous.js';
import cellDateFromNumber from './cell/date-from-number.js';
import cellTooLong from './cell/too-long.js';
import cellErrorValue from './cell/error-value.js';
import cellNotANumber from './cell/not-a-number.js';
import sheetHidden from './sheet/hidden.js';
import sheetHiddenRows from './sheet/hidden-rows.js';
import layoutRowSetAside from './layout/row-set-aside.js';
import layoutRowsSetAside from './layout/rows-set-aside.js';
import layoutValuesPastHeader from './layout/values-past-header.js';
import workbookMacrosIgnored from './workbook/macros-ignored.js';
import layoutSheetUnclaimed from './layout/sheet-unclaimed.js';
import layoutSheetSetAside from './layout/sheet-set-aside.js';
import settingsUnknownType from './settings/unknown-type.js';
import settingsRowIncomplete from './settings/row-incomplete.js';
import settingsValueInvalid from './settings/value-invalid.js';
import readCsvEncoding from './read/csv-encoding.js';
import readCsvUnclosedQuote from './read/csv-unclosed-quote.js';
import readEmpty from './read/empty.js';
import readEncrypted from './read/encrypted.js';
import readLegacyXls from './read/legacy-xls.js';
import readOleDamaged from './read/ole-damaged.js';
import readOleNotWorkbook from './read/ole-not-workbook.js';
import readXmlSpreadsheet from './read/xml-spreadsheet.js';
import readHtml from './read/html.js';
import readCsvAsXlsx from './read/csv-as-xlsx.js';
import readTextAsXlsx from './read/text-as-xlsx.js';
import readPdf from './read/pdf.js';
import readUnknownFormat from './read/unknown-format.js';
import readZipTruncated from './read/zip-truncated.js';
import readZipNoDirectory from './read/zip-no-directory.js';
import readZipDamaged from './read/zip-damaged.js';
import readZipPartMisplaced from './read/zip-part-misplaced.js';
import readZipPartTruncated from './read/zip-part-truncated.js';
import readZipPartOversized from './read/zip-part-oversized.js';
import readZipPartUndecodable from './read/zip-part-undecodable.js';
import readZipTooBig from './read/zip-too-big.js';
import readZipRatio from './read/zip-ratio.js';
import readNoWorkbook from './read/no-workbook.js';
import readRowTooLong from './read/row-too-long.js';
import readTooManyRows from './read/too-many-rows.js';
import readTooManyCells from './read/too-many-cells.js';
import readNotFound from './read/not-found.js';
import readPermissionDenied from './read/permission-denied.js';
import readIoError from './read/io-error.js';
import readUnsupportedType from './read/unsupported-type.js';
import readNotXlsx from './read/not-xlsx.js';
import readFailed from './read/failed.js';
import readInternalError from './read/internal-error.js';
import readSharedStringMissing from './read/shared-string-missing.js';
import readSheetMissing from './read/sheet-missing.js';
import readSheetSharedPart from './read/sheet-shared-part.js';
import readOutsideGrid from './read/outside-grid.js';
import readXmlMalformed from './read/xml-malformed.js';
import readSheetXmlMalformed from './read/sheet-xml-malformed.js';
import readSheetTruncated from './read/sheet-truncated.js';
import readMergeInvalid from './read/merge-invalid.js';
import readCsvFieldTooLong from './read/csv-field-too-long.js';
import readCsvTooLarge from './read/csv-too-large.js';
import readTooSlow from './read/too-slow.js';
import readTooMuchMemory from './read/too-much-memory.js';
import readWorkerStopped from './read/worker-stopped.js';
import readMergesUnseen from './read/merges-unseen.js';
import readHiddenRowsUnseen from './read/hidden-rows-unseen.js';
import readDateSystemUnseen from './read/date-system-unseen.js';
import readFillsUnseen from './read/fills-unseen.js';

/** Run on every recognised sheet before its kind's rules: the header. */
export const HEADER_RULES = [
  layoutRequiredColumn,
  layoutUnknownColumn,
  layoutExtraColumn,
  layoutDuplicateColumn,
  layoutAmbiguousColumn,
] as const;
/** Run on every recognised sheet after its kind's rules. */
export const SHEET_RULES = [
  cellValueNormalised,
  cellDateAmbiguous,
  cellDateFromNumber,
  cellTooLong,
  cellErrorValue,
  cellNotANumber,
  sheetHidden,
  sheetHiddenRows,
  layoutRowSetAside,
  layoutRowsSetAside,
  layoutValuesPastHeader,
  layoutColumnWithoutHeader,
] as const;
export const WORKBOOK_RULES = [workbookMacrosIgnored, layoutSheetUnclaimed, layoutSheetSetAside] as const;
export const SETTINGS_RULES = [settingsUnknownType, settingsRowIncomplete, settingsValueInvalid] as const;
/** Raised by the file readers: what they had to guess or repair while reading. */
export const READ_NOTE_RULES = [
  readCsvEncoding,
  readCsvUnclosedQuote,
  readSharedStringMissing,
  readSheetMissing,
  readSheetSharedPart,
  readMergesUnseen,
  readHiddenRowsUnseen,
  readDateSystemUnseen,
  readFillsUnseen,
] as const;
/** Raised by the file readers: why a file could not be read at all. */
export const UNREADABLE_RULES = [
  readEmpty,
  readEncrypted,
  readLegacyXls,
  readOleDamaged,
  readOleNotWorkbook,
  readXmlSpreadsheet,
  readHtml,
  readCsvAsXlsx,
  readTextAsXlsx,
  readPdf,
  readUnknownFormat,
  readZipTruncated,
  readZipNoDirectory,
  readZipDamaged,
  readZipPartMisplaced,
  readZipPartTruncated,
  readZipPartOversized,
  readZipPartUndecodable,
  readZipTooBig,
  readZipRatio,
  readNoWorkbook,
  readRowTooLong,
  readTooManyRows,
  readTooManyCells,
  readNotFound,
  readPermissionDenied,
  readIoError,
  readUnsupportedType,
  readNotXlsx,
  readFailed,
  readInternalError,
  readOutsideGrid,
  readXmlMalformed,
  readSheetXmlMalformed,
  readSheetTruncated,
  readMergeInvalid,
  readCsvFieldTooLong,
  readCsvTooLarge,
  readTooSlow,
  readTooMuchMemory,
  readWorkerStopped,
] as const;

export const CORE_RULES: readonly RuleMeta[] = [
  ...HEADER_RULES,
  ...SHEET_RULES,
  ...WORKBOOK_RULES,
  ...SETTINGS_RULES,
  ...READ_NOTE_RULES,
  ...UNREADABLE_RULES,
];

/** The params a rule of the list L with id Id takes, from its message. */
type ParamsOf<R, Id extends string> = R extends RuleMeta<Id, infer En> ? Params<En> : never;
/** One raised rule: its typed id and the params its message needs. */
type Raise<R extends RuleMeta> = { [Id in R['id']]: { rule: Id; params: ParamsOf<R, Id> } }[R['id']];

export type ReadNoteId = (typeof READ_NOTE_RULES)[number]['id'];
export type UnreadableId = (typeof UNREADABLE_RULES)[number]['id'];
/** What a reader hands over for a note: `{ rule: 'read.csv-encoding', params: { encoding } }`. */
export type ReadNote = Raise<(typeof READ_NOTE_RULES)[number]>;
/** Why a file could not be read: `{ rule: 'read.zip-ratio', params: { part, ratio, size, limit, variable } }`. */
export type UnreadableReason = Raise<(typeof UNREADABLE_RULES)[number]>;
