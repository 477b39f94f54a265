/**
 * dashboard.html: one self-contained file. ECharts and the client script are inlined; the data sits in a
 * JSON script block with `<` escaped so no cell can close it. A Content-Security-Policy allows only these
 * two scripts (by hash) and no network at all, so even a missed escape could not run or fetch anything.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { DashboardData } from './model.js';
import { dashboardClient } from './client.js';

const require = createRequire(import.meta.url);
let echartsSource: string | undefined;

/** The ECharts browser bundle shipped in the npm package (read once). */
function echartsBundle(): string {
  echartsSource ??= readFileSync(require.resolve('echarts/dist/echarts.min.js'), 'utf8');
  return echartsSource;
}

/** Text that goes between <script> tags must not contain "</script" (case-insensitive) or "<!--". */
export function scriptSafe(code: string): string {
  return code.replace(/<\/(script)/gi, '<\\/$1').replace(/<!--/g, '<\\!--');
}

/** JSON for a <script type="application/json"> block: every "<" as \u003c, so no value can open a tag. */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

const escapeHtml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

const hash = (code: string) => `'sha256-${createHash('sha256').update(code, 'utf8').digest('base64')}'`;

const STYLE = `
:root { color-scheme: light; font-family: system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: #222; }
body { margin: 0 auto; max-width: 1200px; padding: 16px 24px; }
h1 { font-size: 1.5rem; margin: 0 0 8px; }
h2 { font-size: 1.15rem; margin: 0 0 4px; border-bottom: 2px solid #1b6fae; padding-bottom: 2px; }
h3 { font-size: 1rem; margin: 12px 0 4px; }
header dl { display: grid; grid-template-columns: repeat(4, auto 1fr); gap: 2px 10px; margin: 0; font-size: .9rem; }
header dt { font-weight: 600; } header dd { margin: 0; }
.hint, .note, .empty { font-size: .85rem; color: #555; margin: 4px 0; }
.empty { font-style: italic; }
section { margin: 24px 0; }
.chart { width: 100%; }
.table-wrap { overflow-x: auto; }
table { border-collapse: collapse; width: 100%; font-size: .8rem; margin-top: 6px; }
th, td { border: 1px solid #ccc; padding: 3px 6px; text-align: left; vertical-align: top; }
th { background: #eef4fa; cursor: pointer; user-select: none; }
th[aria-sort="ascending"]::after { content: " ▲"; } th[aria-sort="descending"]::after { content: " ▼"; }
td.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
td.date { white-space: nowrap; }
td.source { color: #555; font-size: .75rem; min-width: 220px; max-width: 380px; }
.read { font-size: .8rem; color: #444; margin: 2px 0 8px; font-style: italic; }
details summary { cursor: pointer; font-weight: 600; margin: 12px 0 4px; }
@page { size: A4 landscape; margin: 10mm; }
@media print {
  body { max-width: none; padding: 0; }
  /* Sections follow one another; a title stays with its chart, a chart and its reading line are never cut. */
  section { margin: 0 0 10mm; }
  h2, h3, .note { break-after: avoid; }
  .figure { break-inside: avoid; }
  td.source { font-size: .7rem; }
  .table-wrap { overflow: visible; }
  /* Wide tables (each round's statuses) fit the page: smaller type, headers that wrap anywhere. */
  table { table-layout: auto; font-size: .7rem; }
  th, td { padding: 2px 3px; }
  th { overflow-wrap: anywhere; hyphens: auto; }
  thead { display: table-header-group; }
  tr { break-inside: avoid; }
  td.source { min-width: 0; max-width: 70mm; overflow-wrap: anywhere; }
  .hint { display: none; }
  th { background: #eee !important; -webkit-print-color-adjust: exact; print-color-adjust: exact; }
}`;

export function dashboardHtml(data: DashboardData): string {
  const library = scriptSafe(echartsBundle());
  const client = scriptSafe(`(${dashboardClient.toString()})();`);
  const csp = [
    `default-src 'none'`,
    `script-src ${hash(library)} ${hash(client)}`,
    `style-src 'unsafe-inline'`,
    `img-src data:`,
    `font-src 'none'`,
    `connect-src 'none'`,
    `base-uri 'none'`,
    `form-action 'none'`,
  ].join('; ');
  return `<!DOCTYPE html>
<html lang="${data.lang}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(data.strings.title ?? 'PSEA')}</title>
<style>${STYLE}</style>
</head>
<body>
<main id="psea-root"></main>
<script type="application/json" id="psea-data">${jsonForScript(data)}</script>
<script>${library}</script>
<script>${client}</script>
</body>
</html>
`;
}
