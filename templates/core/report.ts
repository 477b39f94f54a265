import type { Finding, Lang, MessageParams, Severity } from './types.js';
import { renderMessage, type MessageCatalogue } from './messages.js';
import { a1 } from './text.js';

export interface FindingTarget {
  /** 1-based sheet row. */
  row?: number;
  field?: string;
  value?: string;
  suggestion?: string;
  /** Overrides the sheet for findings about another sheet of the workbook. */
  sheet?: string;
  /** 0-based sheet column, for a cell no field maps to (an unknown or ignored header). */
  column?: number;
  /** A1 address, for findings about a cell outside any field column. */
  cell?: string;
}

/**
 * Builds findings for one sheet: knows the file, sheet, language and where each field's
 * column is, so rules only say what and where in domain terms.
 */
export class Reporter {
  readonly findings: Finding[] = [];

  constructor(
    readonly catalogue: MessageCatalogue,
    readonly lang: Lang,
    readonly file: string,
    readonly sheet: string,
    /** 0-based column index of each field, for A1 addresses. */
    readonly columns: Readonly<Record<string, number>> = {},
  ) {}

  add(rule: string, severity: Severity, target: FindingTarget, params: MessageParams = {}): Finding {
    const column = target.column ?? (target.field === undefined ? undefined : this.columns[target.field]);
    const finding: Finding = {
      rule,
      severity,
      file: this.file,
      sheet: target.sheet ?? this.sheet,
      message: renderMessage(this.catalogue, rule, params, this.lang),
      params,
    };
    if (target.row !== undefined) finding.row = target.row;
    if (target.field !== undefined) finding.field = target.field;
    if (target.row !== undefined && column !== undefined) finding.cell = a1(column, target.row);
    if (target.cell !== undefined) finding.cell = target.cell;
    if (target.value !== undefined) finding.value = target.value;
    if (target.suggestion !== undefined) finding.suggestion = target.suggestion;
    this.findings.push(finding);
    return finding;
  }

  error(rule: string, target: FindingTarget, params?: MessageParams): Finding {
    return this.add(rule, 'error', target, params);
  }

  warning(rule: string, target: FindingTarget, params?: MessageParams): Finding {
    return this.add(rule, 'warning', target, params);
  }

  info(rule: string, target: FindingTarget, params?: MessageParams): Finding {
    return this.add(rule, 'info', target, params);
  }
}

/** A reporter for one parsed sheet, with every field's column placed in the sheet. */
export function tableReporter(
  catalogue: MessageCatalogue,
  lang: Lang,
  table: { file: string; sheet: string; firstColumn: number; header: { fieldColumns: Record<string, number> } },
): Reporter {
  const columns: Record<string, number> = {};
  for (const [field, index] of Object.entries(table.header.fieldColumns))
    columns[field] = index + table.firstColumn - 1;
  return new Reporter(catalogue, lang, table.file, table.sheet, columns);
}

/** Re-renders findings in another language (the pane's language switch). */
export function translateFindings(findings: readonly Finding[], catalogue: MessageCatalogue, lang: Lang): Finding[] {
  return findings.map((f) => ({ ...f, message: renderMessage(catalogue, f.rule, f.params, lang) }));
}
