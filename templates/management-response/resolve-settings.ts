import type { Finding } from '../core/types.js';
import type { WorkbookContext } from '../core/kind.js';
import { Reporter } from '../core/report.js';
import { MATRIX_MESSAGES } from './messages.js';
import {
  DEFAULT_SETTINGS,
  isSettingsSheet,
  mergeSettings,
  readSettingsSheet,
  settingsOverrideSchema,
  type MatrixSettings,
} from './settings.js';

const cache = new WeakMap<WorkbookContext, { settings: MatrixSettings; findings: Finding[] }>();

/** Defaults, then the user's JSON override, then the workbook's own Settings sheet. */
export function settingsFor(workbook: WorkbookContext): { settings: MatrixSettings; findings: Finding[] } {
  const cached = cache.get(workbook);
  if (cached) return cached;
  let settings = DEFAULT_SETTINGS;
  const fromOptions = workbook.options.settings?.['management-response'];
  if (fromOptions) settings = mergeSettings(settings, settingsOverrideSchema.parse(fromOptions));
  const findings: Finding[] = [];
  for (const sheet of workbook.otherSheets.filter((s) => isSettingsSheet(s.name))) {
    const { override, problems } = readSettingsSheet(sheet);
    settings = mergeSettings(settings, override);
    const report = new Reporter(MATRIX_MESSAGES, workbook.options.lang, workbook.file, sheet.name, { type: 0 });
    for (const p of problems)
      report.warning('management-response.settings-row', { row: p.row, field: 'type' }, { problem: p.text });
    findings.push(...report.findings);
  }
  const result = { settings, findings };
  cache.set(workbook, result);
  return result;
}
