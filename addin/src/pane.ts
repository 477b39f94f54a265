/**
 * The pane's controller: each button is one explicit action that reads the workbook through
 * the adapter, runs the core, and writes only what that action is about.
 */
import { KINDS, LANGS, type Finding, type Lang, type SheetGrid, type Severity } from '../../templates/index.js';
import {
  analyseGrids,
  type ComputeOptions,
  countBySeverity,
  describeSheet,
  filterFindings,
  findingFields,
  normalisations,
  patchGrid,
  rowsOfAddress,
  translate,
  SEVERITIES,
  type CellFix,
  type PaneAnalysis,
} from './compute.js';
import type { ExcelHost } from './excel/host.js';
import { readRows, readWorkbook } from './excel/read.js';
import { annotate, clearAnnotations } from './excel/annotate.js';
import { applyDropdowns, dropdownTargets } from './excel/dropdowns.js';
import { derivedWrites, enrich, summaryValues } from './excel/enrich.js';
import { insertTemplate } from './excel/template.js';
import { applyFixes, selectCell } from './excel/cells.js';
import { OwnWrites, watchSheets, type LiveSubscription } from './excel/live.js';
import { t, type UiKey } from './i18n.js';
import { byId, options } from './ui/dom.js';
import { renderDetection } from './ui/detection.js';
import { renderFindings } from './ui/findings.js';

export interface PaneOptions {
  host: ExcelHost;
  lang: Lang;
  file: string;
}

export class Pane {
  private lang: Lang;
  private grids: SheetGrid[] = [];
  /** What the read said of the workbook besides its grids: its date system, what this Excel could not tell. */
  private readInfo: Pick<ComputeOptions, 'date1904' | 'notes'> = {};
  private activeSheet = '';
  private result?: PaneAnalysis;
  private findings: Finding[] = [];
  private live?: LiveSubscription;
  private readonly own = new OwnWrites();

  constructor(private readonly opts: PaneOptions) {
    this.lang = opts.lang;
  }

  mount(): void {
    const lang = byId<HTMLSelectElement>('lang');
    lang.value = this.lang;
    lang.addEventListener('change', () => this.setLang(lang.value as Lang));
    const on = (id: string, action: () => Promise<void>) =>
      byId(id).addEventListener('click', () => void this.busy(action));
    on('detect', () => this.detect());
    on('validate', () => this.validate());
    on('annotate', () => this.annotate());
    on('clear', () => this.clear());
    on('dropdowns', () => this.dropdowns());
    on('enrich', () => this.enrich());
    on('normalise', () => this.fix(normalisations(this.findings)));
    on('insert', () => this.insert());
    const live = byId<HTMLElement & { checked: boolean }>('live');
    live.addEventListener('change', () => void this.busy(() => this.toggleLive(live.checked)));
    byId('filter-severity').addEventListener('change', () => this.renderFindings());
    byId('filter-field').addEventListener('change', () => this.renderFindings());
    byId<HTMLSelectElement>('template-lang').value = this.lang;
    this.renderStatic();
  }

  private get host(): ExcelHost {
    return this.opts.host;
  }

  private status(key: UiKey, params: Record<string, string | number> = {}): void {
    byId('status').textContent = t(this.lang, key, params);
  }

  /** Runs an action with the buttons disabled and any failure shown as one line. */
  private async busy(action: () => Promise<void>): Promise<void> {
    const buttons = [...document.querySelectorAll<HTMLElement & { disabled: boolean }>('main .actions fluent-button')];
    buttons.forEach((b) => (b.disabled = true));
    this.status('working');
    try {
      await action();
    } catch (error) {
      this.status('failed', { message: error instanceof Error ? error.message : String(error) });
    } finally {
      buttons.forEach((b) => (b.disabled = false));
    }
  }

  setLang(lang: Lang): void {
    this.lang = lang;
    this.findings = translate(this.findings, lang);
    this.renderStatic();
    this.renderFindings();
    if (this.grids.length) this.renderDetection();
  }

  private renderStatic(): void {
    document.documentElement.lang = this.lang;
    for (const node of document.querySelectorAll<HTMLElement>('[data-i18n]'))
      node.textContent = t(this.lang, node.dataset.i18n as UiKey);
    byId('title').textContent = t(this.lang, 'title');
    byId('lang-label').textContent = t(this.lang, 'language');
    byId('template-lang').setAttribute('aria-label', t(this.lang, 'templateLang'));
    options(
      byId('template-kind'),
      KINDS.map((k) => ({ value: k.def.kind, label: k.def.title[this.lang] })),
      byId<HTMLSelectElement>('template-kind').value,
    );
    const severity = byId<HTMLSelectElement>('filter-severity');
    options(
      severity,
      [{ value: '', label: t(this.lang, 'all') }, ...SEVERITIES.map((s) => ({ value: s, label: t(this.lang, s) }))],
      severity.value,
    );
  }

  private async read(): Promise<void> {
    const read = await readWorkbook(this.host);
    this.grids = read.grids;
    this.activeSheet = read.activeSheet;
    this.readInfo = { date1904: read.date1904, notes: read.notes };
    this.result = analyseGrids(this.opts.file, this.grids, { lang: this.lang, ...this.readInfo });
    this.findings = this.result.findings;
  }

  private renderDetection(): void {
    const grid = this.grids.find((g) => g.name === this.activeSheet);
    byId('detection').replaceChildren(renderDetection(grid && describeSheet(grid, this.lang), this.lang));
  }

  async detect(): Promise<void> {
    await this.read();
    this.renderDetection();
    this.status('validated', { rows: this.result!.analysis.accounting.read, ...countBySeverity(this.findings) });
  }

  async validate(): Promise<void> {
    await this.read();
    this.renderDetection();
    this.renderFindings();
    this.status('validated', { rows: this.result!.analysis.accounting.read, ...countBySeverity(this.findings) });
  }

  private renderFindings(): void {
    const field = byId<HTMLSelectElement>('filter-field');
    options(
      field,
      [{ value: '', label: t(this.lang, 'all') }, ...findingFields(this.findings).map((f) => ({ value: f, label: f }))],
      field.value,
    );
    const severity = byId<HTMLSelectElement>('filter-severity').value as Severity | '';
    const shown = filterFindings(this.findings, {
      ...(severity ? { severity } : {}),
      ...(field.value ? { field: field.value } : {}),
    });
    byId('findings').replaceChildren(
      renderFindings(shown, this.lang, {
        select: (f) =>
          void this.busy(async () => {
            await selectCell(this.host, f.sheet!, f.cell!);
            this.status('validated', {
              rows: this.result?.analysis.accounting.read ?? 0,
              ...countBySeverity(this.findings),
            });
          }),
        fix: (fixes) => void this.busy(() => this.fix(fixes)),
      }),
    );
  }

  async fix(fixes: CellFix[]): Promise<void> {
    const result = await this.own.around(() => applyFixes(this.host, fixes));
    await this.read();
    this.renderFindings();
    this.status('fixed', { applied: result.applied.length, skipped: result.skipped.length });
  }

  async annotate(): Promise<void> {
    if (!this.result) await this.read();
    const done = await this.own.around(() => annotate(this.host, this.findings));
    this.status('annotated', { cells: done.cells, mode: done.mode });
  }

  async clear(): Promise<void> {
    const done = await this.own.around(() => clearAnnotations(this.host));
    this.status('cleared', { cells: done.cells });
  }

  async dropdowns(): Promise<void> {
    await this.read();
    const first = Object.fromEntries(this.grids.map((g) => [g.name, g.firstRow ?? 1]));
    const last = Object.fromEntries(this.grids.map((g) => [g.name, (g.firstRow ?? 1) + g.rows.length - 1]));
    const done = await this.own.around(() =>
      applyDropdowns(this.host, dropdownTargets(this.result!.analysis, this.lang, first, last)),
    );
    this.status('dropdownsDone', { columns: done.columns });
  }

  async enrich(): Promise<void> {
    await this.read();
    const options = { lang: this.lang, asOf: new Date().toISOString().slice(0, 10) };
    const done = await this.own.around(() =>
      enrich(
        this.host,
        derivedWrites(this.result!.analysis, this.grids),
        summaryValues(this.result!.analysis, options),
      ),
    );
    this.status('enriched', { columns: done.columns });
  }

  async insert(): Promise<void> {
    const kind = KINDS.find((k) => k.def.kind === byId<HTMLSelectElement>('template-kind').value) ?? KINDS[0];
    const lang = byId<HTMLSelectElement>('template-lang').value as Lang;
    const name = await this.own.around(() => insertTemplate(this.host, kind, LANGS.includes(lang) ? lang : this.lang));
    this.status('inserted', { name });
  }

  async toggleLive(on: boolean): Promise<void> {
    await this.live?.stop();
    this.live = undefined;
    if (!on) {
      this.status('validated', { rows: this.result?.analysis.accounting.read ?? 0, ...countBySeverity(this.findings) });
      return;
    }
    await this.validate();
    const sheets = this.result!.analysis.sheets.map((s) => s.table.sheet);
    this.live = await watchSheets(
      this.host,
      sheets,
      this.own,
      (change) => void this.busy(() => this.recheck(change.sheet, change.address)),
    );
    this.status('liveOn');
  }

  /** Reads only the changed rows, patches the cached grid and re-runs the core on it. */
  async recheck(sheet: string, address: string): Promise<void> {
    const rows = rowsOfAddress(address);
    const index = this.grids.findIndex((g) => g.name === sheet);
    const grid = this.grids[index];
    if (!rows || !grid || rows.from < (grid.firstRow ?? 1)) {
      await this.validate();
      return;
    }
    const width = Math.max(...grid.rows.map((r) => r.length));
    const values = await readRows(this.host, sheet, rows.from, rows.to, width);
    this.grids[index] = patchGrid(grid, rows.from, values.rows, values.dateCells, values.fills);
    this.result = analyseGrids(this.opts.file, this.grids, { lang: this.lang, ...this.readInfo });
    this.findings = this.result.findings;
    this.renderFindings();
    this.status('validated', { rows: this.result.analysis.accounting.read, ...countBySeverity(this.findings) });
  }
}
