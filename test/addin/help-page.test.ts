import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { HELP_SECTION, addinSection, helpPage } from '../../addin/scripts/help-page.js';

const readme = readFileSync(join(resolve(import.meta.dirname, '../..'), 'README.md'), 'utf8');

describe('help.html from the README', () => {
  it('takes the add-in section, from its heading to the next one of its level', () => {
    const md = '# T\n\nintro\n\n' + HELP_SECTION + '\n\nPane text.\n\n### Sub\n\nMore.\n\n## Layout\n\nNot this.\n';
    expect(addinSection(md)).toBe(HELP_SECTION + '\n\nPane text.\n\n### Sub\n\nMore.\n');
    expect(addinSection(md.replace(/\n/g, '\r\n'))).toContain('More.');
    expect(() => addinSection('# Nothing here\n')).toThrow(/no "## The Excel add-in/);
  });

  it('renders it one heading level up, with no script and nothing to load', () => {
    const page = helpPage(readme, '9.9.9');
    expect(page).toContain('<h1>The Excel add-in (task pane)</h1>');
    expect(page).toContain('<h2>Load it in Excel on the web</h2>');
    expect(page).not.toMatch(/<h[1-6]>Layout<\/h[1-6]>/);
    expect(page).not.toMatch(/<script|<link|<img|@import|url\(/i);
    expect(page).toContain("default-src 'none'");
    expect(page).toContain('psea-sheets 9.9.9');
  });
});
