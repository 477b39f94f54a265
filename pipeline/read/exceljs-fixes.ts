/**
 * Three readings exceljs 4.4 gets wrong, set right so its path (PSEA_READER=exceljs, encrypted zips) agrees
 * with the fast reader and with openpyxl: a t="d" cell (ISO date) is parsed as a number (2027 for
 * 2027-03-01); a boolean written `<v>false</v>` reads as TRUE (parseInt gives NaN, and NaN !== 0); and
 * `date1904="true"` (as LibreOffice writes it) is taken for the 1900 system, moving every date 4 years.
 * The cells are fixed where exceljs closes a cell, before it converts the text.
 */
import { createRequire } from 'node:module';
import { booleanValue, isoCalendarDate } from './fast-xlsx/cell-value.js';

interface CellParser {
  t?: string;
  model: { value?: unknown; result?: unknown; formula?: string; shareType?: string; type?: number };
  parseClose(name: string): boolean;
}

const require = createRequire(import.meta.url);
const CellXform = require('exceljs/lib/xlsx/xform/sheet/cell-xform.js') as { prototype: CellParser };
const { ValueType } = require('exceljs/lib/doc/enums.js') as { ValueType: Record<string, number> };
const WorkbookProperties = require('exceljs/lib/xlsx/xform/book/workbook-properties-xform.js') as {
  prototype: {
    model?: { date1904?: boolean };
    parseOpen(node: { name: string; attributes: Record<string, string> }): boolean;
  };
};

let patched = false;

export function fixExceljs(): void {
  if (patched) return;
  patched = true;
  const open = WorkbookProperties.prototype.parseOpen;
  WorkbookProperties.prototype.parseOpen = function (this: typeof WorkbookProperties.prototype, node) {
    const taken = open.call(this, node);
    if (taken && this.model && node.attributes.date1904 === 'true') this.model.date1904 = true;
    return taken;
  };
  const close = CellXform.prototype.parseClose;
  CellXform.prototype.parseClose = function (this: CellParser, name: string): boolean {
    const model = this.model;
    if (name !== 'c' || typeof model?.value !== 'string') return close.call(this, name);
    if (this.t === 'b') {
      const value = booleanValue(model.value);
      if (typeof value === 'boolean') model.value = value ? '1' : '0';
      else this.t = 'str'; // neither spelling of a boolean: the text it is
    } else if (this.t === 'd') {
      const date = isoCalendarDate(model.value);
      if (date && (model.formula || model.shareType)) {
        model.type = ValueType.Formula;
        model.result = date;
        model.value = undefined;
        return false;
      }
      if (date) {
        model.type = ValueType.Date;
        model.value = date;
        return false;
      }
      this.t = 'str';
    }
    return close.call(this, name);
  };
}
