/** Names of what the pane adds to a workbook, so it can find (and only touch) its own work again. */

/** Very hidden sheet that records every annotation the pane made. */
export const STATE_SHEET = 'psea_annotations';
/** Sheet holding the acceptance, criterion, pillar and status tables. */
export const SUMMARY_SHEET = 'PSEA Summary';
/** Header prefix of the derived columns written by Enrich; the core never reads these columns. */
export { DERIVED_PREFIX } from '../../../templates/core/header.js';
/** Sheets the pane owns and never reads as input. */
export const OWN_SHEETS: readonly string[] = [STATE_SHEET, SUMMARY_SHEET];

export const FILLS = { error: '#FDE7E9', warning: '#FFF4CE', info: '#DEECF9', derived: '#E8E3F5' } as const;
/** What an unfilled cell reports as its fill colour. */
export const NO_FILL = '#FFFFFF';
