/**
 * Builds the task pane into dist/. office.js stays a CDN <script> (never bundled), and
 * dist/manifest.xml gets the production URL from ADDIN_URL (default: the dev URL).
 */
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { homedir } from 'node:os';
import { defineConfig, type Plugin } from 'vite';
import { HELP_FILE, helpPage } from './scripts/help-page.js';

const root = resolve(import.meta.dirname, '..');
export const DEV_URL = 'https://localhost:3000';

export function manifestFor(url: string): string {
  const base = url.replace(/\/+$/, '');
  if (!/^https:\/\/[^\s"<>]+$/.test(base)) throw new Error(`ADDIN_URL must be an https URL, not "${url}"`);
  return readFileSync(resolve(root, 'manifest.xml'), 'utf8').split(DEV_URL).join(base);
}

function manifest(): Plugin {
  return {
    name: 'psea-manifest',
    apply: 'build',
    closeBundle() {
      const out = resolve(root, 'dist');
      mkdirSync(out, { recursive: true });
      writeFileSync(resolve(out, 'manifest.xml'), manifestFor(process.env.ADDIN_URL || DEV_URL));
    },
  };
}

/** help.html beside the pane, rendered from the README as it is when the pane is built (and on request in dev). */
function help(): Plugin {
  const page = () => {
    const { version } = JSON.parse(readFileSync(resolve(root, 'package.json'), 'utf8')) as { version: string };
    return helpPage(readFileSync(resolve(root, 'README.md'), 'utf8'), version);
  };
  return {
    name: 'psea-help',
    generateBundle() {
      this.emitFile({ type: 'asset', fileName: HELP_FILE, source: page() });
    },
    configureServer(server) {
      server.middlewares.use(`/${HELP_FILE}`, (_req, res) => {
        res.setHeader('content-type', 'text/html; charset=utf-8');
        res.end(page());
      });
    },
  };
}

async function httpsOptions() {
  // office-addin-dev-certs makes a localhost certificate and installs its CA so Office trusts it (asks once, on
  // Windows/Mac).
  const certs = await import('office-addin-dev-certs');
  try {
    return await certs.getHttpsServerOptions();
  } catch (error) {
    // Where the CA cannot be installed (Linux without sudo), serve with the generated files anyway; trust them by hand.
    const dir = resolve(homedir(), '.office-addin-dev-certs');
    console.warn(
      `office-addin-dev-certs: ${(error as Error).message.split('\n')[0]}; serving with the certificate ` +
        `in ${dir} (not trusted by Office until you trust its CA).`,
    );
    return { cert: readFileSync(resolve(dir, 'localhost.crt')), key: readFileSync(resolve(dir, 'localhost.key')) };
  }
}

export default defineConfig(async ({ command }) => ({
  root: resolve(root, 'addin/src'),
  publicDir: resolve(root, 'addin/assets'),
  base: './',
  build: {
    outDir: resolve(root, process.env.ADDIN_OUT_DIR || 'dist'),
    emptyOutDir: true,
    rollupOptions: { input: resolve(root, 'addin/src/taskpane.html') },
  },
  server: command === 'serve' ? { port: 3000, strictPort: true, https: await httpsOptions() } : undefined,
  plugins: [manifest(), help()],
}));
