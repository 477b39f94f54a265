/// <reference lib="dom" />
/**
 * The page's own script. It runs in the browser: serialised with Function.prototype.toString into the page,
 * so it must not import or close over anything. Workbook text goes into the page only through textContent
 * (DOM) or ECharts' SVG text nodes — never through innerHTML.
 */
/* eslint-disable @typescript-eslint/no-explicit-any */
export function dashboardClient(): void {
  const echarts = (globalThis as any).echarts;
  const data = JSON.parse(document.getElementById('psea-data')!.textContent || '{}');
  const lang: string = data.lang;
  const S: Record<string, string> = data.strings;
  const number = new Intl.NumberFormat(lang);
  const plural = new Intl.PluralRules(lang);
  const percent = new Intl.NumberFormat(lang, { style: 'percent', maximumFractionDigits: 1 });
  const root = document.getElementById('psea-root')!;
  const PALETTE = [
    '#1b6fae',
    '#e08214',
    '#6a51a3',
    '#2ca25f',
    '#bdbdbd',
    '#7fb8e0',
    '#fdb863',
    '#9e9ac8',
    '#99d8c9',
    '#d9d9d9',
  ];

  function el<K extends keyof HTMLElementTagNameMap>(tag: K, text?: string, cls?: string): HTMLElementTagNameMap[K] {
    const node = document.createElement(tag);
    if (text !== undefined) node.textContent = text;
    if (cls) node.className = cls;
    return node;
  }

  function format(value: unknown, kind: string | undefined): string {
    if (value === null || value === undefined || value === '') return '–';
    if (typeof value === 'number' && kind === 'percent') return percent.format(value);
    if (typeof value === 'number') return number.format(value);
    return String(value);
  }

  const charts: any[] = [];
  // Charts draw at their container's width: redraw when the window or the medium (screen ↔ print) changes.
  const resizeAll = () => charts.forEach((c) => c.resize());
  window.addEventListener('resize', resizeAll);
  window.addEventListener('beforeprint', resizeAll);
  window.addEventListener('afterprint', resizeAll);
  window.matchMedia('print').addEventListener('change', resizeAll);

  /** A heat-map cell; one reported under a typo of the agency's name shows a * and says so in its tooltip. */
  function heatCell(spec: any, c: number[]): unknown {
    const mark = (spec.marks ?? []).find((m: any) => m.x === c[0] && m.y === c[1]);
    if (!mark) return [c[0], c[1], 1];
    return { value: [c[0], c[1], 1], name: mark.note, label: { show: true, formatter: '*', fontWeight: 'bold' } };
  }

  function drawChart(host: HTMLElement, spec: any): void {
    const chart = echarts.init(host, null, { renderer: 'svg' });
    charts.push(chart);
    const base = {
      animation: false,
      color: PALETTE,
      textStyle: { fontFamily: 'system-ui, sans-serif' },
      tooltip: { renderMode: 'richText', trigger: spec.type === 'heatmap' ? 'item' : 'axis' },
    };
    if (spec.type === 'heatmap') {
      chart.setOption({
        ...base,
        grid: { left: 120, right: 20, top: 40, bottom: 110 },
        legend: { top: 0, data: spec.levels.map((l: any) => l.name) },
        xAxis: {
          type: 'category',
          data: spec.x,
          axisLabel: { rotate: 35, interval: 0, width: 140, overflow: 'truncate' },
        },
        yAxis: { type: 'category', data: spec.y, inverse: true, axisLabel: { width: 110, overflow: 'truncate' } },
        series: spec.levels.map((level: any, index: number) => ({
          name: level.name,
          type: 'heatmap',
          itemStyle: { color: level.color, borderColor: '#fff', borderWidth: 1 },
          data: spec.cells.filter((c: number[]) => c[2] === index).map((c: number[]) => heatCell(spec, c)),
        })),
      });
      return;
    }
    // Horizontal bars: room for the longest label (about 7 px a character), within reason.
    const longest = Math.max(4, ...spec.categories.map((c: string) => String(c).length));
    const labelWidth = spec.horizontal ? Math.min(320, Math.max(80, longest * 7)) : 110;
    const catAxis = {
      type: 'category',
      data: spec.categories,
      axisLabel: { interval: 0, width: labelWidth, overflow: 'truncate' },
    };
    const valAxis = {
      type: 'value',
      minInterval: spec.series.some((s: any) => s.percent) ? 0 : 1,
      axisLabel: {
        formatter: (v: number) => (spec.series.some((s: any) => s.percent) ? percent.format(v) : number.format(v)),
      },
    };
    // A plain legend wraps onto more lines rather than scrolling, so a printed chart keeps all of it: the grid starts
    // below as many lines as its items need (about 7 px a character and 40 px of swatch each, 900 px a line).
    const legendWidth = spec.series.reduce((w: number, s: any) => w + String(s.name).length * 7 + 40, 0);
    const legendLines = Math.max(1, Math.ceil(legendWidth / 900));
    chart.setOption({
      ...base,
      legend: { top: 0, type: 'plain' },
      grid: {
        left: spec.horizontal ? labelWidth + 20 : 50,
        right: 30,
        top: 16 + 24 * legendLines,
        bottom: 40,
        containLabel: false,
      },
      xAxis: spec.horizontal ? valAxis : catAxis,
      yAxis: spec.horizontal ? { ...catAxis, inverse: true } : valAxis,
      series: spec.series.map((s: any) => ({
        name: s.name,
        type: 'bar',
        stack: s.stack,
        data: s.data,
        barMaxWidth: 48,
        itemStyle: s.color ? { color: s.color, opacity: s.opacity ?? 1 } : undefined,
      })),
    });
  }

  function drawTable(spec: any): HTMLElement {
    const wrap = el('div', undefined, 'table-wrap');
    if (spec.caption) wrap.append(el('h3', spec.caption));
    if (!spec.rows.length) {
      wrap.append(el('p', S.no_data, 'empty'));
      return wrap;
    }
    const table = el('table');
    const head = el('tr');
    const columns = [...spec.columns, { label: S.source, format: 'source' }];
    const body = el('tbody');
    const rows = spec.rows.map((row: any) => [...row.cells, row.source]);
    let sortIndex = -1;
    let ascending = true;
    function fill(): void {
      body.replaceChildren(
        ...rows.map((cells: unknown[]) => {
          const tr = el('tr');
          cells.forEach((cell, i) => {
            const cls =
              columns[i].format === 'source'
                ? 'source'
                : typeof cell === 'number'
                  ? 'num'
                  : /^\d{4}-\d{2}-\d{2}$/.test(String(cell))
                    ? 'date'
                    : undefined;
            const td = el('td', format(cell, columns[i].format), cls);
            tr.append(td);
          });
          return tr;
        }),
      );
    }
    columns.forEach((column: any, index: number) => {
      const th = el('th', column.label);
      th.tabIndex = 0;
      th.setAttribute('aria-sort', 'none');
      th.addEventListener('click', () => {
        ascending = sortIndex === index ? !ascending : true;
        sortIndex = index;
        rows.sort((a: any[], b: any[]) => {
          const x = a[index],
            y = b[index];
          const order =
            typeof x === 'number' && typeof y === 'number'
              ? x - y
              : String(x ?? '').localeCompare(String(y ?? ''), lang, { numeric: true });
          return ascending ? order : -order;
        });
        head.querySelectorAll('th').forEach((h) => h.setAttribute('aria-sort', 'none'));
        th.setAttribute('aria-sort', ascending ? 'ascending' : 'descending');
        fill();
      });
      head.append(th);
    });
    table.append(el('thead'), body);
    table.tHead!.append(head);
    fill();
    wrap.append(table);
    if (spec.omitted) {
      const text = plural.select(spec.omitted) === 'one' ? S.rows_omitted_one : S.rows_omitted;
      wrap.append(el('p', text.replace('{n}', format(spec.omitted, 'number')), 'omitted'));
    }
    return wrap;
  }

  document.documentElement.lang = lang;
  document.title = S.title;
  const header = el('header');
  header.append(el('h1', S.title));
  const facts = el('dl');
  for (const item of data.header)
    facts.append(
      el('dt', item.label),
      el('dd', format(item.value, typeof item.value === 'number' ? 'number' : 'text')),
    );
  header.append(facts, el('p', S.sort_hint, 'hint'));
  root.append(header);
  for (const section of data.sections) {
    const box = el('section');
    box.id = section.id;
    box.dataset.section = section.id;
    box.append(el('h2', section.title));
    if (section.note) box.append(el('p', section.note, 'note'));
    if (section.empty) {
      box.append(el('p', S.no_data, 'empty'));
      root.append(box);
      continue;
    }
    if (section.chart) {
      const host = el('div', undefined, 'chart');
      const height =
        section.chart.type === 'heatmap'
          ? 150 + 24 * section.chart.y.length
          : section.chart.horizontal
            ? 70 + 26 * section.chart.categories.length
            : 280;
      host.style.height = `${Math.max(220, height)}px`;
      // The chart and its reading line are one block: printing never puts them on two pages.
      const figure = el('div', undefined, 'figure');
      figure.append(host);
      if (section.read) figure.append(el('p', section.read, 'read'));
      box.append(figure);
      root.append(box);
      drawChart(host, section.chart);
    } else root.append(box);
    for (const table of section.tables) {
      if (!table.collapsed) {
        box.append(drawTable(table));
        continue;
      }
      // Info rows start collapsed: their caption opens them.
      const details = el('details');
      details.append(el('summary', table.caption), drawTable({ ...table, caption: undefined }));
      box.append(details);
    }
  }
  (window as any).__pseaReady = true;
}
