import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { manifestFor, DEV_URL } from '../../addin/vite.config.js';
import { HELP_FILE } from '../../addin/scripts/help-page.js';

const root = resolve(import.meta.dirname, '../..');
/** CI clones the repo with shared/ beside it. */
const xsd = resolve(root, '../shared/office-addin-xsd/OfficeAppManifestV1_1.xsd');
const hasXmllint = spawnSync('xmllint', ['--version']).status === 0;
const hasXsd = existsSync(xsd);

function xmllint(file: string): { ok: boolean; output: string } {
  const run = spawnSync('xmllint', ['--noout', '--schema', xsd, file], { encoding: 'utf8' });
  return { ok: run.status === 0, output: run.stderr + run.stdout };
}

/** AppDomains are for other origins the pane navigates to: an origin each (no path), never the pane's own. */
function appDomainProblems(xml: string): string[] {
  const page = new URL(/<SourceLocation DefaultValue="([^"]+)"/.exec(xml)![1]).origin;
  return [...xml.matchAll(/<AppDomain>([^<]*)<\/AppDomain>/g)]
    .map((m) => m[1].trim())
    .flatMap((domain) => {
      const origin = URL.canParse(domain) ? new URL(domain).origin : undefined;
      if (origin !== domain.replace(/\/$/, '')) return [`${domain}: not an origin (scheme://host[:port], no path)`];
      return origin === page ? [`${domain}: the pane's own origin`] : [];
    });
}

const supportUrl = (xml: string) => /<SupportUrl DefaultValue="([^"]+)"/.exec(xml)![1];

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

  it('lists no AppDomain that is the pane’s own origin or has a path, here or in a production build', () => {
    expect(appDomainProblems(manifestFor(DEV_URL))).toEqual([]);
    expect(appDomainProblems(manifestFor('https://addins.example.org/psea/'))).toEqual([]);
    const wrong = manifestFor('https://addins.example.org/psea/').replace(
      '<Hosts>',
      '<AppDomains><AppDomain>https://addins.example.org</AppDomain>' +
        '<AppDomain>https://login.example.org/x</AppDomain>' +
        '<AppDomain>https://login.example.org</AppDomain></AppDomains><Hosts>',
    );
    expect(appDomainProblems(wrong)).toEqual([
      "https://addins.example.org: the pane's own origin",
      'https://login.example.org/x: not an origin (scheme://host[:port], no path)',
    ]);
  });

  it('points SupportUrl and the Get Started link at the help page shipped beside the pane, not at the pane', () => {
    for (const base of [DEV_URL, 'https://addins.example.org/psea']) {
      const xml = manifestFor(base);
      expect(supportUrl(xml)).toBe(`${base}/${HELP_FILE}`);
      expect(xml).toContain(`<bt:Url id="Help.Url" DefaultValue="${base}/${HELP_FILE}" />`);
      expect(xml).toContain('<LearnMoreUrl resid="Help.Url" />');
    }
  });

  it('ships every icon it names, at the size it names', () => {
    const xml = manifestFor(DEV_URL);
    const icons = [
      ...xml.matchAll(/<(?:IconUrl|HighResolutionIconUrl|bt:Image id="Icon\.\d+x\d+") DefaultValue="([^"]+)"/g),
    ];
    expect(icons.length).toBe(5);
    for (const [, url] of icons) {
      const file = join(root, 'addin/assets', new URL(url).pathname.slice(1));
      const size = Number(/icon-(\d+)\.png$/.exec(file)![1]);
      const png = readFileSync(file);
      expect(png.subarray(1, 4).toString(), file).toBe('PNG');
      expect([png.readUInt32BE(16), png.readUInt32BE(20)], file).toEqual([size, size]);
    }
  });

  it('fails validation when a required element is missing (the check can fail)', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'psea-manifest-')), 'manifest.xml');
    writeFileSync(file, manifestFor(DEV_URL).replace(/<Permissions>.*<\/Permissions>/, ''));
    expect(xmllint(file).ok).toBe(false);
  });
});
