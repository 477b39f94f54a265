// Writes the ribbon and manifest icons (a sheet with a blue check badge) as PNGs; run by hand, output committed:
//   node addin/scripts/make-icons.mjs     (Chromium from PSEA_CHROMIUM or /usr/bin/chromium draws the SVGs)
// 16 px has its own drawing on whole pixels, so it stays sharp in the ribbon instead of a scaled-down blur.
import { writeFileSync } from 'node:fs';
import { chromium } from 'playwright-core';

const BLUE = '#0f6cbd'; // Fluent's brand blue (colorBrandBackground)
const EDGE = '#616161'; // colorNeutralStroke Accessible-grey: reads on light and dark ribbons
const GRID = '#bdbdbd';

/** 32-unit drawing for 32, 64, 80 and 128 px. */
const LARGE = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32">
  <rect x="2.75" y="2.75" width="20.5" height="24.5" rx="2" fill="#fff" stroke="${EDGE}" stroke-width="1.5"/>
  <path d="M3.5 4.75a1.25 1.25 0 0 1 1.25-1.25h16.5a1.25 1.25 0 0 1 1.25 1.25V9H3.5z" fill="${BLUE}"/>
  <path d="M3.5 15.5h19M3.5 21.5h19M10 9v17.5M16 9v17.5" stroke="${GRID}" stroke-width="1.25"/>
  <circle cx="23" cy="23" r="8.25" fill="${BLUE}" stroke="#fff" stroke-width="1.5"/>
  <path d="M19 23.25l2.75 2.75 5.25-5.5" fill="none" stroke="#fff" stroke-width="2.25"
    stroke-linecap="round" stroke-linejoin="round"/>
</svg>`;

/** 16 px drawn pixel by pixel: sheet outline, blue header row, one grid line each way, a check badge. */
const BADGE = [
  '..bbbbb..',
  '.bbbbbbb.',
  'bbbbbbbWb',
  'bbbbbbWWb',
  'bWbbbWWbb',
  'bWWbWWbbb',
  'bbWWWbbbb',
  '.bbWbbbb.',
  '..bbbbb..',
];
function small() {
  const px = Array.from({ length: 16 }, (_, y) =>
    Array.from({ length: 16 }, (_, x) => {
      if (y < 1 || y > 14 || x > 11) return null;
      if (y === 1 || y === 14 || x === 0 || x === 11) return EDGE;
      if (y <= 4) return BLUE;
      return y === 9 || x === 5 ? GRID : '#fff';
    }),
  );
  const [ox, oy] = [7, 7];
  const inBadge = (x, y) => BADGE[y - oy]?.[x - ox] !== undefined && BADGE[y - oy][x - ox] !== '.';
  // A white ring where the badge overlaps the sheet keeps the two apart.
  for (let y = 0; y < 16; y++)
    for (let x = 0; x < 16; x++)
      if (!inBadge(x, y) && px[y][x] && [-1, 0, 1].some((dy) => [-1, 0, 1].some((dx) => inBadge(x + dx, y + dy))))
        px[y][x] = '#fff';
  BADGE.forEach((row, y) =>
    [...row].forEach((c, x) => {
      if (c !== '.') px[oy + y][ox + x] = c === 'W' ? '#fff' : BLUE;
    }),
  );
  const rects = px.flatMap((row, y) =>
    row.map((fill, x) => (fill ? `<rect x="${x}" y="${y}" width="1" height="1" fill="${fill}"/>` : '')),
  );
  const svg = '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 16 16" shape-rendering="crispEdges">';
  return `${svg}${rects.join('')}</svg>`;
}
const SMALL = small();

const browser = await chromium.launch({
  executablePath: process.env.PSEA_CHROMIUM || '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox'],
});
const page = await browser.newPage();
for (const size of [16, 32, 64, 80, 128]) {
  const svg = (size === 16 ? SMALL : LARGE).replace('<svg ', `<svg width="${size}" height="${size}" `);
  await page.setContent(`<body style="margin:0">${svg}</body>`);
  const png = await page.screenshot({ clip: { x: 0, y: 0, width: size, height: size }, omitBackground: true });
  writeFileSync(new URL(`../assets/icon-${size}.png`, import.meta.url), png);
}
await browser.close();
