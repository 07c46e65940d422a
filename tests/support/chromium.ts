/**
 * Finds the system Chromium (CHROME_PATH, then /usr/bin/chromium). When none is found and we
 * are root on a machine with apt, installs Debian's `chromium` package; otherwise fails with
 * the exact command to run. Playwright's own browser download is never used.
 */
import { execFileSync, execSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

const CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];
const INSTALL = 'apt-get update && apt-get install -y chromium';

function which(cmd: string): string | undefined {
  try {
    return (
      execFileSync('sh', ['-c', `command -v ${cmd}`], { encoding: 'utf8' }).trim() || undefined
    );
  } catch {
    return undefined;
  }
}

export function chromiumPath(): string {
  const env = process.env.CHROME_PATH;
  if (env) {
    if (!existsSync(env)) throw new Error(`CHROME_PATH=${env} does not exist`);
    return env;
  }
  const found = CANDIDATES.find((p) => existsSync(p)) ?? which('chromium');
  if (found) return found;
  if (process.getuid?.() === 0 && which('apt-get')) {
    console.log(`No Chromium found; installing Debian's chromium package: ${INSTALL}`);
    execSync(INSTALL, {
      stdio: 'inherit',
      env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
    });
    if (existsSync('/usr/bin/chromium')) return '/usr/bin/chromium';
  }
  throw new Error(`No Chromium found. Install it with: sudo ${INSTALL}  (or set CHROME_PATH)`);
}

/** Headless flags for this sandbox: no GPU, no background calls to Google's hosts. */
export const CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
];

export function launch(): Promise<Browser> {
  return chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_FLAGS });
}
