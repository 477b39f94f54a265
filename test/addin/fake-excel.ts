/**
 * A small in-memory Excel: the subset of the Office.js API the pane uses, with Office's
 * load/sync discipline (a loaded property is readable only after context.sync()), round
 * trips counted, and the bytes of each values response measured. Runs in Node and, bundled,
 * as the office.js stub of the browser test.
 */
/**
 * `formula` marks text Excel would have taken for a formula when written through range.values (as if typed):
 * it starts with = + - @ and is not a plain number. A leading apostrophe is Excel's quote prefix: the text
 * after it is stored, literal (quotePrefix), as Excel does.
 */
export interface FakeCell {
  value: string | number | boolean;
  /** Fill colour "#RRGGBB", as format.fill.color reports it; an unfilled cell reports "#FFFFFF". */
  fill?: string;
  /** The fill's pattern as Office names it; a cell given a fill colour alone is "Solid", as in Excel. */
  fillPattern?: string;
  bold?: boolean;
  formula?: boolean;
  quotePrefix?: boolean;
  /** Excel's number format code ("General" when unset), as range.numberFormat reports it. */
  numberFormat?: string;
}
/** One change the pane made, for tests that check where it writes. */
export interface FakeWrite {
  op:
    | 'value'
    | 'fill'
    | 'bold'
    | 'validation'
    | 'note'
    | 'comment'
    | 'clear'
    | 'add-sheet'
    | 'delete-sheet'
    | 'visibility'
    | 'freeze'
    | 'property';
  sheet: string;
  cell?: string;
}
export interface FakeValidation {
  source: string;
}

export class FakeSheet {
  cells = new Map<string, FakeCell>();
  validation = new Map<string, FakeValidation>();
  visibility: 'Visible' | 'Hidden' | 'VeryHidden' = 'Visible';
  frozenRows = 0;
  /** 0-based rows hidden (by hand or by a filter): getVisibleView leaves them out. */
  hiddenRows = new Set<number>();
  /** Merged areas; Excel keeps an area's value in its top-left cell only. */
  merges: Area[] = [];
  /** Worksheet custom properties (ExcelApi 1.12), by key. */
  properties = new Map<string, string>();
  handlers: ((event: unknown) => unknown)[] = [];
  readonly id: string;
  /** Set by the workbook: called on every change made through the API (not on test setup). */
  onWrite?: (op: FakeWrite['op'], r?: number, c?: number) => void;
  constructor(
    public name: string,
    rows: unknown[][] = [],
    idNumber = 0,
  ) {
    this.id = `{sheet-${idNumber}}`;
    rows.forEach((row, r) =>
      row.forEach((v, c) => {
        if (v !== null && v !== undefined && v !== '') this.cells.set(key(r, c), { value: v as FakeCell['value'] });
      }),
    );
  }
  cell(r: number, c: number): FakeCell | undefined {
    return this.cells.get(key(r, c));
  }
  /** Merges an area ("B2:C3"), as Excel does: only the top-left cell keeps its value. */
  merge(address: string): void {
    const area = parseArea(address);
    for (let r = area.top; r <= area.bottom; r++)
      for (let c = area.left; c <= area.right; c++) if (r !== area.top || c !== area.left) this.set(r, c, '');
    this.merges.push(area);
  }
  /** A1 → cell, for assertions. */
  at(a1: string): FakeCell | undefined {
    const p = parseCell(a1);
    return this.cell(p.row, p.col);
  }
  value(a1: string): unknown {
    return this.at(a1)?.value ?? '';
  }
  /** A value written through range.values: Excel's quote prefix and formula parsing, emulated. */
  write(r: number, c: number, value: unknown): void {
    this.onWrite?.('value', r, c);
    if (typeof value === 'string' && value.startsWith("'")) {
      this.set(r, c, value.slice(1));
      const cell = this.cells.get(key(r, c));
      if (cell) cell.quotePrefix = true;
      return;
    }
    this.set(r, c, value);
    const cell = this.cells.get(key(r, c));
    if (cell && typeof value === 'string' && /^[=+\-@]/.test(value) && !Number.isFinite(Number(value)))
      cell.formula = true;
  }
  set(r: number, c: number, value: unknown): void {
    const existing = this.cells.get(key(r, c));
    if (value === '' || value === null || value === undefined) {
      if (existing) {
        delete (existing as Partial<FakeCell>).value;
        if (!existing.fill && !existing.bold && !existing.numberFormat) this.cells.delete(key(r, c));
        else existing.value = '';
      }
      return;
    }
    if (existing) {
      existing.value = value as FakeCell['value'];
      delete existing.formula;
      delete existing.quotePrefix;
    } else this.cells.set(key(r, c), { value: value as FakeCell['value'] });
  }
  format(r: number, c: number): FakeCell {
    let cell = this.cells.get(key(r, c));
    if (!cell) {
      cell = { value: '' };
      this.cells.set(key(r, c), cell);
    }
    return cell;
  }
  usedArea(): Area | undefined {
    let top = Infinity,
      left = Infinity,
      bottom = -1,
      right = -1;
    for (const [k, cell] of this.cells) {
      if (cell.value === '' || cell.value === undefined) continue;
      const [r, c] = k.split(',').map(Number);
      top = Math.min(top, r);
      left = Math.min(left, c);
      bottom = Math.max(bottom, r);
      right = Math.max(right, c);
    }
    return bottom < 0 ? undefined : { top, left, bottom, right };
  }
}

export interface FakeNote {
  content: string;
}
export interface FakeComment {
  id: string;
  sheet: string;
  cell: string;
  content: string;
}

export class FakeWorkbook {
  sheets: FakeSheet[] = [];
  active = 0;
  notes = new Map<string, FakeNote>();
  comments = new Map<string, FakeComment>();
  selection?: { sheet: string; address: string };
  /** Highest ExcelApi minor version the host supports (18 → notes, 10 → comments). */
  apiMinor = 18;
  /** The workbook's date system: serials count from 1904-01-01 instead of 1899-12-30. */
  date1904 = false;
  syncs = 0;
  /** Every change made through the API, in order. */
  writes: FakeWrite[] = [];
  /** Estimated bytes of values returned by each round trip that loaded values. */
  responses: number[] = [];
  private nextId = 1;
  constructor(sheets: Record<string, unknown[][]> = {}) {
    for (const [name, rows] of Object.entries(sheets)) this.addSheet(name, rows);
  }
  addSheet(name: string, rows: unknown[][] = []): FakeSheet {
    if (this.sheet(name)) throw new Error(`A sheet named ${name} already exists`);
    const sheet = new FakeSheet(name, rows, this.nextId++);
    sheet.onWrite = (op, r, c) =>
      this.writes.push({
        op,
        sheet: sheet.name,
        ...(r !== undefined && c !== undefined ? { cell: `${letters(c)}${r + 1}` } : {}),
      });
    this.sheets.push(sheet);
    return sheet;
  }
  sheet(name: string): FakeSheet | undefined {
    return this.sheets.find((s) => s.name.toLowerCase() === name.toLowerCase());
  }
  supports(version: string): boolean {
    const [major, minor] = version.split('.').map(Number);
    return major === 1 && minor <= this.apiMinor;
  }
  newId(): string {
    return `c${this.nextId++}`;
  }
  /**
   * A user's edit: writes, then fires onChanged with triggerSource "Unknown" (the pane's own writes say
   * "ThisLocalAddin"; before 1.14 neither is set).
   */
  userEdit(sheetName: string, a1: string, values: unknown[][]): Promise<void> {
    const sheet = this.sheet(sheetName)!;
    const area = parseArea(a1);
    values.forEach((row, r) => row.forEach((v, c) => sheet.set(area.top + r, area.left + c, v)));
    return fire(sheet, a1, this.supports('1.14') ? 'Unknown' : undefined);
  }
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- the fake context stands in for Excel.RequestContext
  run<T>(batch: (context: any) => Promise<T>): Promise<T> {
    return batch(new FakeContext(this));
  }
}

async function fire(sheet: FakeSheet, address: string, triggerSource: string | undefined): Promise<void> {
  const event: Record<string, unknown> = {
    address,
    worksheetId: sheet.id,
    changeType: 'RangeEdited',
    source: 'Local',
    type: 'WorksheetChanged',
  };
  if (triggerSource !== undefined) event.triggerSource = triggerSource;
  for (const h of sheet.handlers) await h(event);
}

// ── addresses ───────────────────────────────────────────────────────────────
export interface Area {
  top: number;
  left: number;
  bottom: number;
  right: number;
}
const key = (r: number, c: number) => `${r},${c}`;
export function letters(col: number): string {
  let n = col + 1,
    s = '';
  while (n > 0) {
    const m = (n - 1) % 26;
    s = String.fromCharCode(65 + m) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}
function colIndex(text: string): number {
  let c = 0;
  for (const ch of text.toUpperCase()) c = c * 26 + ch.charCodeAt(0) - 64;
  return c - 1;
}
export function parseCell(a1: string): { row: number; col: number } {
  const m = /^\$?([A-Z]+)\$?(\d+)$/i.exec(a1.trim());
  if (!m) throw new Error(`InvalidArgument: ${a1}`);
  return { row: Number(m[2]) - 1, col: colIndex(m[1]) };
}
export function parseArea(address: string): Area {
  const [a, b = a] = address.split(':');
  if (/^[A-Z]+$/i.test(a) && /^[A-Z]+$/i.test(b))
    return { top: 0, left: colIndex(a), bottom: 1048575, right: colIndex(b) };
  const p = parseCell(a),
    q = parseCell(b);
  return { top: p.row, left: p.col, bottom: q.row, right: q.col };
}
function splitQualified(address: string): { sheet?: string; local: string } {
  const i = address.lastIndexOf('!');
  if (i < 0) return { local: address };
  let sheet = address.slice(0, i);
  if (sheet.startsWith("'")) sheet = sheet.slice(1, -1).replace(/''/g, "'");
  return { sheet, local: address.slice(i + 1) };
}

// ── proxies ─────────────────────────────────────────────────────────────────
class FakeContext {
  readonly workbook: FakeWorkbookProxy;
  /** Incremented by each sync; a property loaded in batch n is readable once syncCount > n. */
  syncCount = 0;
  pendingBytes = 0;
  private writes: { sheet: FakeSheet; address: string }[] = [];
  constructor(readonly wb: FakeWorkbook) {
    this.workbook = new FakeWorkbookProxy(this);
  }
  noteWrite(sheet: FakeSheet, address: string) {
    this.writes.push({ sheet, address });
  }
  async sync(): Promise<void> {
    this.syncCount++;
    this.wb.syncs++;
    if (this.pendingBytes) {
      this.wb.responses.push(this.pendingBytes);
      this.pendingBytes = 0;
    }
    const writes = this.writes;
    this.writes = [];
    const source = this.wb.supports('1.14') ? 'ThisLocalAddin' : undefined;
    for (const w of writes) await fire(w.sheet, w.address, source);
  }
}

class Loadable {
  protected readyAt = Infinity;
  protected loadedProps = new Set<string>();
  private readonly nullReadyAt: number;
  constructor(
    protected readonly ctx: FakeContext,
    private readonly nullObject = false,
  ) {
    this.nullReadyAt = ctx.syncCount + 1;
  }
  protected markLoaded(props: string[]) {
    for (const p of props) this.loadedProps.add(p);
    this.readyAt = this.ctx.syncCount + 1;
  }
  protected need(prop: string): void {
    if (!this.loadedProps.has(prop) || this.ctx.syncCount < this.readyAt) throw new Error(`PropertyNotLoaded: ${prop}`);
  }
  get isNullObject(): boolean {
    if (this.ctx.syncCount < this.nullReadyAt) throw new Error('PropertyNotLoaded: isNullObject');
    return this.nullObject;
  }
  protected guardNull(): void {
    if (this.nullObject) throw new Error('ItemNotFound');
  }
}

function propsOf(arg: unknown): string[] {
  if (typeof arg === 'string') return arg.split(',').map((s) => s.trim().replace(/^items\//, ''));
  if (Array.isArray(arg)) return arg as string[];
  return [];
}

class FakeWorkbookProxy {
  readonly worksheets: FakeWorksheets;
  readonly notes: FakeNotes;
  readonly comments: FakeComments;
  /** Excel's worksheet functions (ExcelApi 1.2): DATE is what the pane asks, to learn the date system. */
  readonly functions: { date: (y: number, m: number, d: number) => FakeFunctionResult };
  constructor(ctx: FakeContext) {
    this.worksheets = new FakeWorksheets(ctx);
    this.notes = new FakeNotes(ctx);
    this.comments = new FakeComments(ctx);
    this.functions = {
      date: (y, m, d) => {
        if (!ctx.wb.supports('1.2')) throw new Error('ApiNotFound: functions');
        const serial = (Date.UTC(y, m - 1, d) - Date.UTC(1899, 11, 30)) / 86_400_000;
        return new FakeFunctionResult(ctx, serial - (ctx.wb.date1904 ? 1462 : 0));
      },
    };
  }
}

class FakeProperty extends Loadable {
  constructor(
    ctx: FakeContext,
    private readonly stored: string | undefined,
  ) {
    super(ctx, stored === undefined);
  }
  load(_p?: unknown) {
    this.markLoaded(['value']);
    return this;
  }
  get value(): string {
    this.need('value');
    return this.stored!;
  }
}

class FakeFunctionResult extends Loadable {
  constructor(
    ctx: FakeContext,
    private readonly result: number,
  ) {
    super(ctx);
  }
  load(_p?: unknown) {
    this.markLoaded(['value']);
    return this;
  }
  get value(): number {
    this.need('value');
    return this.result;
  }
}

class FakeWorksheets extends Loadable {
  private snapshot: FakeWorksheet[] = [];
  constructor(ctx: FakeContext) {
    super(ctx);
  }
  load(props?: unknown) {
    this.markLoaded(['items']);
    this.snapshot = this.ctx.wb.sheets.map((s) => new FakeWorksheet(this.ctx, s, propsOf(props)));
    return this;
  }
  get items(): FakeWorksheet[] {
    this.need('items');
    return this.snapshot;
  }
  getItem(name: string) {
    const sheet = this.ctx.wb.sheet(name);
    if (!sheet) throw new Error(`ItemNotFound: worksheet ${name}`);
    return new FakeWorksheet(this.ctx, sheet);
  }
  getItemOrNullObject(name: string) {
    const sheet = this.ctx.wb.sheet(name);
    return sheet ? new FakeWorksheet(this.ctx, sheet) : new FakeWorksheet(this.ctx, undefined);
  }
  getActiveWorksheet() {
    return new FakeWorksheet(this.ctx, this.ctx.wb.sheets[this.ctx.wb.active]);
  }
  add(name: string) {
    this.ctx.wb.writes.push({ op: 'add-sheet', sheet: name });
    return new FakeWorksheet(this.ctx, this.ctx.wb.addSheet(name));
  }
}

class FakeWorksheet extends Loadable {
  private loadedName = '';
  readonly freezePanes = {
    freezeRows: (n: number) => {
      this.s().onWrite?.('freeze');
      this.s().frozenRows = n;
    },
  };
  readonly onChanged = {
    add: (handler: (e: unknown) => unknown) => {
      this.s().handlers.push(handler);
      return {
        context: this.ctx,
        remove: () => {
          const hs = this.s().handlers;
          hs.splice(hs.indexOf(handler), 1);
        },
      };
    },
  };
  constructor(
    ctx: FakeContext,
    private readonly sheet: FakeSheet | undefined,
    preload: string[] = [],
  ) {
    super(ctx, !sheet);
    if (preload.length) this.load(preload);
  }
  private s(): FakeSheet {
    this.guardNull();
    return this.sheet!;
  }
  load(props?: unknown) {
    this.markLoaded(propsOf(props));
    this.loadedName = this.sheet?.name ?? '';
    return this;
  }
  get name(): string {
    this.need('name');
    return this.loadedName;
  }
  set visibility(v: FakeSheet['visibility']) {
    this.s().onWrite?.('visibility');
    this.s().visibility = v;
  }
  get visibility(): FakeSheet['visibility'] {
    this.need('visibility');
    return this.s().visibility;
  }
  get customProperties() {
    if (!this.ctx.wb.supports('1.12')) throw new Error('ApiNotFound: customProperties');
    const sheet = this.s();
    const ctx = this.ctx;
    return {
      add: (k: string, value: string) => {
        ctx.wb.writes.push({ op: 'property', sheet: sheet.name });
        sheet.properties.set(k, value);
      },
      getItemOrNullObject: (k: string) => new FakeProperty(ctx, sheet.properties.get(k)),
    };
  }
  getUsedRangeOrNullObject(_valuesOnly?: boolean) {
    const area = this.sheet?.usedArea();
    return area
      ? new FakeRange(this.ctx, this.sheet!, area)
      : new FakeRange(this.ctx, undefined, { top: 0, left: 0, bottom: 0, right: 0 });
  }
  getRange(address?: string) {
    const sheet = this.s();
    if (!address) return new FakeRange(this.ctx, sheet, { top: 0, left: 0, bottom: 1048575, right: 16383 }, true);
    return new FakeRange(this.ctx, sheet, parseArea(address));
  }
  activate() {
    this.ctx.wb.active = this.ctx.wb.sheets.indexOf(this.s());
  }
  delete() {
    const wb = this.ctx.wb;
    wb.writes.push({ op: 'delete-sheet', sheet: this.s().name });
    wb.sheets.splice(wb.sheets.indexOf(this.s()), 1);
    wb.active = Math.min(wb.active, wb.sheets.length - 1);
  }
}

class FakeRange extends Loadable {
  private loaded: Record<string, unknown> = {};
  readonly format: {
    fill: { color: string; load: (p: unknown) => void; clear: () => void };
    font: { bold: boolean };
    wrapText: boolean;
    columnWidth: number;
  };
  readonly dataValidation: { clear: () => void; rule: unknown; errorAlert: unknown };
  constructor(
    ctx: FakeContext,
    private readonly sheet: FakeSheet | undefined,
    private readonly area: Area,
    private readonly whole = false,
  ) {
    super(ctx, !sheet);
    // The format accessors below are object literals with their own `this`.
    // eslint-disable-next-line @typescript-eslint/no-this-alias -- see above
    const range = this;
    let fillColor = '';
    let fillReady = Infinity;
    this.format = {
      fill: {
        get color() {
          if (ctx.syncCount < fillReady) throw new Error('PropertyNotLoaded: format.fill.color');
          return fillColor;
        },
        set color(c: string) {
          range.eachCell((r, col) => {
            range.s().onWrite?.('fill', r, col);
            const cell = range.s().format(r, col);
            cell.fill = c.toUpperCase();
            delete cell.fillPattern;
          });
        },
        load: () => {
          fillColor = range.s().cell(area.top, area.left)?.fill ?? '#FFFFFF';
          fillReady = ctx.syncCount + 1;
        },
        clear: () =>
          range.eachCell((r, col) => {
            range.s().onWrite?.('fill', r, col);
            const cell = range.s().cell(r, col);
            if (cell) {
              delete cell.fill;
              delete cell.fillPattern;
            }
          }),
      },
      font: {
        set bold(b: boolean) {
          range.eachCell((r, col) => {
            range.s().onWrite?.('bold', r, col);
            range.s().format(r, col).bold = b;
          });
        },
        get bold() {
          return false;
        },
      },
      wrapText: false,
      columnWidth: 0,
    };
    this.dataValidation = {
      clear: () =>
        range.eachCell((r, col) => {
          range.s().onWrite?.('validation', r, col);
          range.s().validation.delete(key(r, col));
        }),
      set rule(rule: unknown) {
        const list = (rule as { list?: { source: string } }).list;
        if (list)
          range.eachCell((r, col) => {
            range.s().onWrite?.('validation', r, col);
            range.s().validation.set(key(r, col), { source: list.source });
          });
      },
      get rule(): unknown {
        return undefined;
      },
      errorAlert: undefined,
    };
  }
  private s(): FakeSheet {
    this.guardNull();
    return this.sheet!;
  }
  private eachCell(fn: (r: number, c: number) => void) {
    const a = this.area;
    if (this.whole || a.bottom - a.top > 100000) {
      // Whole sheet or whole columns: only cells that exist.
      for (const k of [...this.s().cells.keys()]) {
        const [r, c] = k.split(',').map(Number);
        if (r >= a.top && r <= a.bottom && c >= a.left && c <= a.right) fn(r, c);
      }
      for (const k of [...this.s().validation.keys()]) {
        const [r, c] = k.split(',').map(Number);
        if (!this.s().cells.has(k) && r >= a.top && r <= a.bottom && c >= a.left && c <= a.right) fn(r, c);
      }
      return;
    }
    for (let r = a.top; r <= a.bottom; r++) for (let c = a.left; c <= a.right; c++) fn(r, c);
  }
  private matrix(): unknown[][] {
    const a = this.area;
    return Array.from({ length: a.bottom - a.top + 1 }, (_, r) =>
      Array.from({ length: a.right - a.left + 1 }, (_, c) => this.s().cell(a.top + r, a.left + c)?.value ?? ''),
    );
  }
  load(props?: unknown) {
    const list = propsOf(props);
    this.markLoaded(list);
    if (!this.sheet) return this;
    const a = this.area;
    for (const p of list) {
      if (p === 'values') {
        const m = this.matrix();
        this.loaded.values = m;
        this.ctx.pendingBytes += JSON.stringify(m).length;
      }
      if (p === 'numberFormat') {
        const m = this.formats();
        this.loaded.numberFormat = m;
        this.ctx.pendingBytes += JSON.stringify(m).length;
      }
      if (p === 'rowIndex') this.loaded.rowIndex = a.top;
      if (p === 'columnIndex') this.loaded.columnIndex = a.left;
      if (p === 'rowCount') this.loaded.rowCount = a.bottom - a.top + 1;
      if (p === 'columnCount') this.loaded.columnCount = a.right - a.left + 1;
      if (p === 'address')
        this.loaded.address = `${this.sheet.name}!${letters(a.left)}${a.top + 1}:${letters(a.right)}${a.bottom + 1}`;
    }
    return this;
  }
  private formats(): string[][] {
    const a = this.area;
    return Array.from({ length: a.bottom - a.top + 1 }, (_, r) =>
      Array.from(
        { length: a.right - a.left + 1 },
        (_, c) => this.s().cell(a.top + r, a.left + c)?.numberFormat ?? 'General',
      ),
    );
  }
  private get<T>(p: string): T {
    this.need(p);
    return this.loaded[p] as T;
  }
  /** The cells of rows no one hid (ExcelApi 1.3). */
  getVisibleView() {
    if (!this.ctx.wb.supports('1.3')) throw new Error('ApiNotFound: getVisibleView');
    return new FakeRangeView(this.ctx, this.s(), this.area);
  }
  /** Each cell's properties (ExcelApi 1.9): here its fill's color and pattern, as asked, readable after a sync. */
  getCellProperties(options: { format?: { fill?: { color?: boolean; pattern?: boolean } } }) {
    if (!this.ctx.wb.supports('1.9')) throw new Error('ApiNotFound: getCellProperties');
    const asked = options.format?.fill ?? {};
    const a = this.area;
    const value = Array.from({ length: a.bottom - a.top + 1 }, (_, r) =>
      Array.from({ length: a.right - a.left + 1 }, (_, c) => {
        const cell = this.s().cell(a.top + r, a.left + c);
        const fill: { color?: string; pattern?: string } = {};
        if (asked.color) fill.color = cell?.fill ?? '#FFFFFF';
        if (asked.pattern) fill.pattern = cell?.fill ? (cell.fillPattern ?? 'Solid') : 'None';
        return { format: { fill } };
      }),
    );
    this.ctx.pendingBytes += JSON.stringify(value).length;
    return new FakeClientResult(this.ctx, value);
  }
  /** The merged areas that meet this range (ExcelApi 1.13); a null object when there are none. */
  getMergedAreasOrNullObject() {
    if (!this.ctx.wb.supports('1.13')) throw new Error('ApiNotFound: getMergedAreasOrNullObject');
    const a = this.area;
    const meets = (m: Area) => m.top <= a.bottom && m.bottom >= a.top && m.left <= a.right && m.right >= a.left;
    const areas = this.s().merges.filter(meets);
    return new FakeRangeAreas(this.ctx, areas.length ? this.s() : undefined, areas);
  }
  get values(): unknown[][] {
    return this.get('values');
  }
  set values(v: unknown[][]) {
    const a = this.area;
    if (v.length !== a.bottom - a.top + 1 || v.some((row) => row.length !== a.right - a.left + 1))
      throw new Error(
        `InvalidArgument: ${v.length}×${v[0]?.length} values for ` +
          `${letters(a.left)}${a.top + 1}:${letters(a.right)}${a.bottom + 1}`,
      );
    v.forEach((row, r) => row.forEach((x, c) => this.s().write(a.top + r, a.left + c, x)));
    this.ctx.noteWrite(this.s(), `${letters(a.left)}${a.top + 1}:${letters(a.right)}${a.bottom + 1}`);
  }
  get numberFormat(): string[][] {
    return this.get('numberFormat');
  }
  get rowIndex(): number {
    return this.get('rowIndex');
  }
  get columnIndex(): number {
    return this.get('columnIndex');
  }
  get rowCount(): number {
    return this.get('rowCount');
  }
  get columnCount(): number {
    return this.get('columnCount');
  }
  get address(): string {
    return this.get('address');
  }
  select() {
    this.ctx.wb.selection = { sheet: this.s().name, address: `${letters(this.area.left)}${this.area.top + 1}` };
  }
  clear() {
    this.s().onWrite?.('clear');
    this.eachCell((r, c) => {
      this.s().cells.delete(key(r, c));
      this.s().validation.delete(key(r, c));
    });
  }
}

/** OfficeExtension.ClientResult: its value is readable once the batch that asked for it has synced. */
class FakeClientResult<T> extends Loadable {
  constructor(
    ctx: FakeContext,
    private readonly result: T,
  ) {
    super(ctx);
    this.markLoaded(['value']);
  }
  get value(): T {
    this.need('value');
    return this.result;
  }
}

class FakeRangeView extends Loadable {
  private addresses: string[][] = [];
  constructor(
    ctx: FakeContext,
    private readonly sheet: FakeSheet,
    private readonly area: Area,
  ) {
    super(ctx);
  }
  load(props?: unknown) {
    this.markLoaded(propsOf(props));
    const a = this.area;
    this.addresses = [];
    for (let r = a.top; r <= a.bottom; r++) {
      if (this.sheet.hiddenRows.has(r)) continue;
      this.addresses.push(Array.from({ length: a.right - a.left + 1 }, (_, c) => `${letters(a.left + c)}${r + 1}`));
    }
    this.ctx.pendingBytes += JSON.stringify(this.addresses).length;
    return this;
  }
  get cellAddresses(): string[][] {
    this.need('cellAddresses');
    return this.addresses;
  }
}

class FakeRangeAreas extends Loadable {
  readonly areas: { load: (p?: unknown) => unknown; items: FakeRange[] };
  constructor(ctx: FakeContext, sheet: FakeSheet | undefined, merges: Area[]) {
    super(ctx, !sheet);
    const items = merges.map((m) => new FakeRange(ctx, sheet, m));
    let ready = Infinity;
    this.areas = {
      load: (p?: unknown) => {
        for (const item of items) item.load(p);
        ready = ctx.syncCount + 1;
      },
      get items() {
        if (ctx.syncCount < ready) throw new Error('PropertyNotLoaded: areas');
        return items;
      },
    };
  }
}

class FakeNotes {
  constructor(private readonly ctx: FakeContext) {}
  private check() {
    if (!this.ctx.wb.supports('1.18')) throw new Error('ApiNotFound: notes');
  }
  add(address: string, content: string) {
    this.check();
    const k = normalise(address);
    if (this.ctx.wb.notes.has(k)) throw new Error(`InvalidArgument: ${k} already has a note`);
    this.ctx.wb.writes.push(noteWrite('note', k));
    this.ctx.wb.notes.set(k, { content });
  }
  getItemOrNullObject(address: string) {
    this.check();
    return new FakeNoteProxy(this.ctx, normalise(address));
  }
}

class FakeNoteProxy extends Loadable {
  private loadedContent = '';
  constructor(
    ctx: FakeContext,
    private readonly k: string,
  ) {
    super(ctx, !ctx.wb.notes.has(k));
  }
  load(_p?: unknown) {
    this.markLoaded(['content']);
    this.loadedContent = this.ctx.wb.notes.get(this.k)?.content ?? '';
    return this;
  }
  get content(): string {
    this.need('content');
    return this.loadedContent;
  }
  delete() {
    this.guardNull();
    this.ctx.wb.writes.push(noteWrite('note', this.k));
    this.ctx.wb.notes.delete(this.k);
  }
}

class FakeComments {
  constructor(private readonly ctx: FakeContext) {}
  private check() {
    if (!this.ctx.wb.supports('1.10')) throw new Error('ApiNotFound: comments');
  }
  add(address: string, content: string) {
    this.check();
    const k = normalise(address);
    const [sheet, cell] = k.split('!');
    if ([...this.ctx.wb.comments.values()].some((c) => c.sheet === sheet && c.cell === cell))
      throw new Error(`InvalidArgument: ${k} already has a comment`);
    const comment = { id: this.ctx.wb.newId(), sheet, cell, content };
    this.ctx.wb.writes.push({ op: 'comment', sheet, cell });
    this.ctx.wb.comments.set(comment.id, comment);
    return new FakeCommentProxy(this.ctx, comment.id);
  }
  getItemOrNullObject(id: string) {
    this.check();
    return new FakeCommentProxy(this.ctx, id);
  }
}

class FakeCommentProxy extends Loadable {
  private loadedContent = '';
  constructor(
    ctx: FakeContext,
    private readonly commentId: string,
  ) {
    super(ctx, !ctx.wb.comments.has(commentId));
  }
  load(_p?: unknown) {
    this.markLoaded(['content', 'id']);
    this.loadedContent = this.ctx.wb.comments.get(this.commentId)?.content ?? '';
    return this;
  }
  get content(): string {
    this.need('content');
    return this.loadedContent;
  }
  get id(): string {
    this.need('id');
    return this.commentId;
  }
  delete() {
    this.guardNull();
    const c = this.ctx.wb.comments.get(this.commentId)!;
    this.ctx.wb.writes.push({ op: 'comment', sheet: c.sheet, cell: c.cell });
    this.ctx.wb.comments.delete(this.commentId);
  }
}

/** A note change at "Sheet!B4". */
const noteWrite = (op: 'note', k: string): FakeWrite => ({
  op,
  sheet: k.slice(0, k.lastIndexOf('!')),
  cell: k.slice(k.lastIndexOf('!') + 1),
});

/** "'My sheet'!$B$4" → "My sheet!B4". */
function normalise(address: string): string {
  const { sheet, local } = splitQualified(address);
  return `${sheet}!${local.replace(/\$/g, '').toUpperCase()}`;
}

/** An ExcelHost over a fake workbook: what the adapter modules take. */
export function fakeHost(wb: FakeWorkbook) {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- see FakeWorkbook.run
  return { run: <T>(batch: (context: any) => Promise<T>) => wb.run(batch), supports: (v: string) => wb.supports(v) };
}
