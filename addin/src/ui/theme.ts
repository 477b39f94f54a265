/** Light or dark Fluent 2 tokens, following Office's theme inside Office and the system's in a plain browser. */
import { setTheme } from '@fluentui/web-components';
import { webDarkTheme, webLightTheme } from '@fluentui/tokens';

export type ThemeName = 'light' | 'dark';

/** Relative luminance of "#rrggbb" (WCAG), or undefined for anything else. */
function luminance(hex: string): number | undefined {
  const m = /^#?([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex.trim());
  if (!m) return undefined;
  const [r, g, b] = m.slice(1).map((h) => {
    const c = parseInt(h, 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** Office's isDarkTheme where the host has it, else its body colour (older hosts), else the browser's preference. */
export function themeOf(office: Partial<Office.OfficeTheme> | undefined, prefersDark: boolean): ThemeName {
  if (typeof office?.isDarkTheme === 'boolean') return office.isDarkTheme ? 'dark' : 'light';
  const body = luminance(office?.bodyBackgroundColor ?? '');
  if (body !== undefined) return body < 0.18 ? 'dark' : 'light';
  return prefersDark ? 'dark' : 'light';
}

export function applyTheme(name: ThemeName): void {
  setTheme(name === 'dark' ? webDarkTheme : webLightTheme);
  document.documentElement.dataset.theme = name;
  // Native controls (selects, scroll bars) follow too.
  document.documentElement.style.colorScheme = name;
}

/**
 * Applies the theme now and whenever the system's changes (Excel has no theme-changed event for add-ins);
 * returns the update, to call again once Office is ready.
 */
export function followTheme(office: () => Office.OfficeTheme | undefined): () => void {
  const media = window.matchMedia('(prefers-color-scheme: dark)');
  const update = () => applyTheme(themeOf(office(), media.matches));
  update();
  media.addEventListener('change', update);
  return update;
}
