/**
 * Fill colours resolved as Excel shows them, so the CLI hands the core what the pane gets from Excel ("FFD9D9D9",
 * never "theme:0"): a theme colour is looked up in the workbook's theme part, an indexed one in the legacy palette,
 * and a tint lightens or darkens it on its luminance (ECMA-376 Part 1, 18.8.19 and 18.8.27). Without it, Excel's
 * most used Gantt bar, "White, Background 1, Darker 15%" (theme 0 with a tint), read as no colour in the CLI.
 */

/** The scheme colours a theme index names: light 1 before dark 1, as Excel numbers them. */
const THEME_ORDER = ['lt1', 'dk1', 'lt2', 'dk2', 'accent1', 'accent2', 'accent3', 'accent4', 'accent5', 'accent6'];
const THEME_LINKS = ['hlink', 'folHlink'];

/** Office's default theme (2013–2022), used when a workbook carries no theme part, as Excel does. */
const OFFICE_THEME = [
  'FFFFFF', '000000', 'E7E6E6', '44546A', '4472C4', 'ED7D31', 'A5A5A5', 'FFC000', '5B9BD5', '70AD47', '0563C1',
  '954F72',
]; // prettier-ignore

/** The legacy palette of indexed colours 0–63 (64 and 65 are the system's foreground and background). */
const INDEXED = (
  '000000 FFFFFF FF0000 00FF00 0000FF FFFF00 FF00FF 00FFFF 000000 FFFFFF FF0000 00FF00 0000FF FFFF00 FF00FF 00FFFF ' +
  '800000 008000 000080 808000 800080 008080 C0C0C0 808080 9999FF 993366 FFFFCC CCFFFF 660066 FF8080 0066CC CCCCFF ' +
  '000080 FF00FF FFFF00 00FFFF 800080 800000 008080 0000FF 00CCFF CCFFFF CCFFCC FFFF99 99CCFF FF99CC CC99FF FFCC99 ' +
  '3366FF 33CCCC 99CC00 FFCC00 FF9900 FF6600 666699 969696 003366 339966 003300 333300 993300 993366 333399 333333'
).split(' ');

/** RRGGBB of each theme colour index, from the theme part's colour scheme; Office's default where it is silent. */
export function themeColours(xml: string | undefined): string[] {
  const scheme = xml ? /<(?:\w+:)?clrScheme[\s>][\s\S]*?<\/(?:\w+:)?clrScheme>/.exec(xml)?.[0] : undefined;
  return [...THEME_ORDER, ...THEME_LINKS].map((name, i) => {
    const entry = scheme && new RegExp(`<(?:\\w+:)?${name}>([\\s\\S]*?)</(?:\\w+:)?${name}>`).exec(scheme)?.[1];
    const rgb = entry && (/srgbClr\s+val="([0-9A-Fa-f]{6})"/.exec(entry) ?? /lastClr="([0-9A-Fa-f]{6})"/.exec(entry));
    return rgb ? rgb[1].toUpperCase() : OFFICE_THEME[i];
  });
}

function toHls(r: number, g: number, b: number): [number, number, number] {
  const max = Math.max(r, g, b);
  const min = Math.min(r, g, b);
  const l = (max + min) / 2;
  if (max === min) return [0, l, 0];
  const d = max - min;
  const s = l <= 0.5 ? d / (max + min) : d / (2 - max - min);
  const h = max === r ? (g - b) / d : max === g ? 2 + (b - r) / d : 4 + (r - g) / d;
  return [(h / 6 + 1) % 1, l, s];
}

function fromHls(h: number, l: number, s: number): [number, number, number] {
  if (s === 0) return [l, l, l];
  const m2 = l <= 0.5 ? l * (1 + s) : l + s - l * s;
  const m1 = 2 * l - m2;
  const part = (hue: number) => {
    const x = ((hue % 1) + 1) % 1;
    if (x < 1 / 6) return m1 + (m2 - m1) * x * 6;
    if (x < 0.5) return m2;
    if (x < 2 / 3) return m1 + (m2 - m1) * (2 / 3 - x) * 6;
    return m1;
  };
  return [part(h + 1 / 3), part(h), part(h - 1 / 3)];
}

/** A colour lightened (tint > 0) or darkened (tint < 0) on its luminance. */
export function tinted(rgb: string, tint: number): string {
  if (!tint) return rgb;
  const [h, l, s] = toHls(
    ...([0, 2, 4].map((i) => parseInt(rgb.slice(i, i + 2), 16) / 255) as [number, number, number]),
  );
  const lum = tint < 0 ? l * (1 + tint) : l * (1 - tint) + tint;
  return fromHls(h, lum, s)
    .map((v) =>
      Math.round(v * 255)
        .toString(16)
        .padStart(2, '0'),
    )
    .join('')
    .toUpperCase();
}

export interface StoredColour {
  rgb?: string;
  theme?: number;
  indexed?: number;
  tint?: number;
}

/** A stored colour as Excel shows it, "FFRRGGBB"; undefined when it names nothing. */
export function resolvedColour(colour: StoredColour, theme: readonly string[]): string | undefined {
  let rgb: string | undefined;
  if (colour.rgb && /^[0-9A-Fa-f]{6,8}$/.test(colour.rgb)) rgb = colour.rgb.slice(-6).toUpperCase();
  else if (colour.theme !== undefined) rgb = theme[colour.theme];
  else if (colour.indexed !== undefined) rgb = INDEXED[colour.indexed] ?? (colour.indexed === 64 ? '000000' : 'FFFFFF');
  return rgb && `FF${tinted(rgb, colour.tint ?? 0)}`;
}
