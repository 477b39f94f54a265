/**
 * The built pane served to a real Chromium: office.js is answered by a stub host over in-memory sheets
 * (office-stub.ts), and every request is recorded so a test can fail on any other.
 */
import { existsSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { extname, join, resolve } from 'node:path';
import type { AddressInfo } from 'node:net';
import { build } from 'vite';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from '../support/chromium.js';
import { plantedMatrix } from './fixtures.js';

export const ROOT = resolve(import.meta.dirname, '../..');
export const OUT = join(ROOT, 'test-output');
export const OFFICE_JS = 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js';

const TYPES: Record<string, string> = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.png': 'image/png',
  '.xml': 'application/xml',
};

export interface OpenOptions {
  displayLanguage?: string;
  sheets?: Record<string, unknown[][]>;
  /** Office.context.officeTheme as the host reports it; absent by default. */
  officeTheme?: Partial<Office.OfficeTheme>;
  /** The system's colour scheme, as prefers-color-scheme reports it. */
  colorScheme?: 'light' | 'dark';
  width?: number;
  /** null: as in a plain browser, where Office.onReady reports no host. */
  host?: null;
}

export interface OpenPane {
  page: Page;
  requests: string[];
  problems: string[];
}

async function stubScript(): Promise<string> {
  const stubBuild = await build({
    configFile: false,
    logLevel: 'warn',
    build: {
      write: false,
      minify: false,
      lib: {
        entry: join(ROOT, 'test/addin/office-stub.ts'),
        formats: ['iife'],
        name: 'PseaOfficeStub',
        fileName: 'office',
      },
    },
  });
  const outputs = Array.isArray(stubBuild) ? stubBuild : [stubBuild];
  return (outputs[0] as { output: { code?: string }[] }).output[0].code ?? '';
}

export class PaneServer {
  private constructor(
    readonly dist: string,
    readonly base: string,
    readonly browser: Browser,
    private readonly server: Server,
    private readonly stub: string,
  ) {}

  /** Builds the pane with the project's Vite config into test-output/NAME and serves it on a free port. */
  static async start(name: string): Promise<PaneServer> {
    const dist = join(OUT, name);
    await build({
      configFile: join(ROOT, 'addin/vite.config.ts'),
      logLevel: 'warn',
      build: { outDir: dist, emptyOutDir: true },
    });
    const stub = await stubScript();
    const server = createServer((req, res) => {
      const path = join(dist, decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname));
      if (!path.startsWith(dist) || !existsSync(path)) {
        res.writeHead(404).end();
        return;
      }
      res
        .writeHead(200, { 'content-type': TYPES[extname(path)] ?? 'application/octet-stream' })
        .end(readFileSync(path));
    });
    await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    return new PaneServer(dist, base, await launchChromium(), server, stub);
  }

  async stop(): Promise<void> {
    await this.browser.close();
    await new Promise((ok) => this.server.close(ok));
  }

  /** Opens a page at PATH with console errors and page errors collected as problems. */
  async page(path: string, opts: OpenOptions = {}): Promise<OpenPane> {
    const page = await this.browser.newPage({
      viewport: { width: opts.width ?? 320, height: 900 },
      colorScheme: opts.colorScheme ?? 'light',
    });
    const requests: string[] = [];
    const problems: string[] = [];
    page.on('request', (r) => requests.push(r.url()));
    page.on('console', (m) => {
      if (m.type() === 'error') problems.push(m.text());
    });
    page.on('pageerror', (e) => problems.push(e.message));
    await page.route(OFFICE_JS, (route) =>
      route.fulfill({ status: 200, contentType: 'text/javascript', body: this.stub }),
    );
    const setup = {
      sheets: opts.sheets ?? { Matrix: plantedMatrix() },
      displayLanguage: opts.displayLanguage ?? 'en-US',
      officeTheme: opts.officeTheme,
      host: opts.host,
    };
    await page.addInitScript((s) => {
      (window as unknown as { __PSEA_SETUP__: unknown }).__PSEA_SETUP__ = s;
    }, setup);
    await page.goto(`${this.base}/${path}`);
    return { page, requests, problems };
  }

  /** The task pane, mounted once Office is "ready". */
  async open(opts: OpenOptions = {}): Promise<OpenPane> {
    const pane = await this.page('taskpane.html', opts);
    await pane.page.waitForFunction(() => document.querySelector('#template-kind option') !== null);
    return pane;
  }

  /** Requests that went anywhere but this server and office.js. */
  foreign(requests: readonly string[]): string[] {
    return requests.filter((u) => !u.startsWith(this.base) && u !== OFFICE_JS);
  }
}
