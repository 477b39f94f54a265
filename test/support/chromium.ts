/**
 * Finds a Chromium for browser tests (playwright-core drives it; no browser download). Set PSEA_CHROMIUM to
 * point at another binary. Without one, browser tests skip with a loud notice — except under CI=true, where
 * a missing browser is a failure.
 */
import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

export const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'];
const CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];

export function chromiumPath(): string | undefined {
  const fromEnv = process.env.PSEA_CHROMIUM;
  if (fromEnv) return existsSync(fromEnv) ? fromEnv : undefined;
  return CANDIDATES.find((p) => existsSync(p));
}

/** True when browser tests must skip; throws under CI=true instead of skipping. */
export function skipBrowserTests(): boolean {
  if (chromiumPath()) return false;
  const notice =
    'No Chromium found (looked at PSEA_CHROMIUM, ' + CANDIDATES.join(', ') + '). Install one: apt-get install chromium';
  if (process.env.CI === 'true') throw new Error(`${notice} — browser tests cannot skip under CI=true`);
  console.warn(`\n*** SKIPPING BROWSER TESTS *** ${notice}\n`);
  return true;
}

export async function launchChromium(): Promise<Browser> {
  const executablePath = chromiumPath();
  if (!executablePath) throw new Error('No Chromium: apt-get install chromium, or set PSEA_CHROMIUM');
  return chromium.launch({ executablePath, args: CHROMIUM_ARGS, headless: true });
}
