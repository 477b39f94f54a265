import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { manifestFor, DEV_URL } from '../../addin/vite.config.js';

const root = resolve(import.meta.dirname, '../..');
/** CI clones the repo with shared/ beside it. */
const xsd = resolve(root, '../shared/office-addin-xsd/OfficeAppManifestV1_1.xsd');
const hasXmllint = spawnSync('xmllint', ['--version']).status === 0;
const hasXsd = existsSync(xsd);

function xmllint(file: string): { ok: boolean; output: string } {
  const run = spawnSync('xmllint', ['--noout', '--schema', xsd, file], { encoding: 'utf8' });
  return { ok: run.status === 0, output: run.stderr + run.stdout };
}

describe('manifest.xml', () => {
  if ((!hasXmllint || !hasXsd) && process.env.CI !== 'true') {
    it.skip('needs xmllint and ../shared/office-addin-xsd', () => {});
    console.warn(
      `\n*** manifest tests SKIPPED: ${
        hasXmllint
          ? `no schemas at ${xsd} (shared/ must sit beside the clone)`
          : 'xmllint not found; install it with apt-get install libxml2-utils'
      } ***\n`,
    );
    return;
  }

  it('has xmllint and the schemas', () => {
    expect(hasXmllint, 'xmllint not found: apt-get install libxml2-utils').toBe(true);
    expect(hasXsd, `no schemas at ${xsd}`).toBe(true);
  });

  it('validates offline against the Office add-in schemas', () => {
    const result = xmllint(join(root, 'manifest.xml'));
    expect(result.output).toContain('validates');
    expect(result.ok).toBe(true);
  });

  it('is a Workbook task pane with ReadWriteDocument, a ribbon button and the dev URL', () => {
    const xml = execFileSync(
      'xmllint',
      ['--xpath', 'string(//*[local-name()="Permissions"])', join(root, 'manifest.xml')],
      { encoding: 'utf8' },
    );
    expect(xml.trim()).toBe('ReadWriteDocument');
    const text = manifestFor(DEV_URL);
    expect(text).toContain('<Host Name="Workbook" />');
    expect(text).toContain('xsi:type="ShowTaskpane"');
    expect(text).toContain(`${DEV_URL}/taskpane.html`);
  });

  it('takes the production URL at build time and still validates', () => {
    const text = manifestFor('https://addins.example.org/psea/');
    expect(text).not.toContain('localhost');
    expect(text).toContain('https://addins.example.org/psea/taskpane.html');
    const file = join(mkdtempSync(join(tmpdir(), 'psea-manifest-')), 'manifest.xml');
    writeFileSync(file, text);
    expect(xmllint(file).ok).toBe(true);
    expect(() => manifestFor('http://insecure.example.org')).toThrow(/https/);
  });

  it('fails validation when a required element is missing (the check can fail)', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'psea-manifest-')), 'manifest.xml');
    writeFileSync(file, manifestFor(DEV_URL).replace(/<Permissions>.*<\/Permissions>/, ''));
    expect(xmllint(file).ok).toBe(false);
  });
});
