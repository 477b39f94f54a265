/** Names of what the pane adds to a workbook, so it can find (and only touch) its own work again. */

/** Very hidden sheet that records every annotation the pane made. */
export const STATE_SHEET = 'psea_annotations';
/** Sheet holding the acceptance, criterion, pillar and status tables. */
export const SUMMARY_SHEET = 'PSEA Summary';
/** A1 of the Summary sheet: what tells it from a user's sheet of that name in an Excel without custom properties. */
export const SUMMARY_MARKER = 'psea-sheets summary';
/** Written right of the state sheet's columns in its first row, for the same reason. */
export const STATE_MARKER = 'psea-sheets: annotations';
/** Header prefix of the derived columns written by Enrich; the core never reads these columns. */
export { DERIVED_PREFIX } from '../../../templates/core/header.js';

export const FILLS = { error: '#FDE7E9', warning: '#FFF4CE', info: '#DEECF9', derived: '#E8E3F5' } as const;
/** What an unfilled cell reports as its fill colour. */
export const NO_FILL = '#FFFFFF';
