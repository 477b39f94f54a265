/** Public surface of the domain core, shared by the pipeline and the add-in. */
import type { TemplateKind } from './core/kind.js';
import type { MessageCatalogue } from './core/messages.js';
import { WORKBOOK_MESSAGES } from './core/workbook.js';
import { matrixKind } from './management-response/kind.js';
import { mappingKind } from './mapping/kind.js';
import { actionPlanKind } from './action-plan/kind.js';

export * from './core/types.js';
export * from './core/kind.js';
export * from './core/workbook.js';
export { parseTable, applyMerges, type ParsedTable, type TableRecord } from './core/table.js';
export { locateHeader, type HeaderMatch } from './core/header.js';
export { renderMessage, type MessageCatalogue } from './core/messages.js';
export { translateFindings } from './core/report.js';
export { cellText, columnLetter, a1, foldKey, didYouMean } from './core/text.js';
export { blockPlan, gridFromBlocks, BLOCK_ROWS, type RowBlock } from './core/blocks.js';
export { matchEnum, enumLabels, type TemplateDef, type FieldDef, type EnumDef } from './core/schema.js';
export { appendAll } from './core/append.js';

/** Every template family the product knows, in detection order. */
export const KINDS: readonly TemplateKind[] = [matrixKind, mappingKind, actionPlanKind];

export function kindById(id: string): TemplateKind | undefined {
  return KINDS.find((k) => k.def.kind === id);
}

/** All messages, for rendering a finding in any language. */
export const MESSAGES: MessageCatalogue = Object.assign({}, WORKBOOK_MESSAGES, ...KINDS.map((k) => k.messages));
