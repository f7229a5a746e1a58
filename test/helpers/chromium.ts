/**
 * How the browser tests start Debian's Chromium on these machines: playwright-core pointed at
 * /usr/bin/chromium, headless, with background networking off (the machines have no network but the
 * package registries). Tests skip, printing `skipReason`, where the binary is absent.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { type BrowserContext, chromium } from 'playwright-core';

export const CHROMIUM_PATH = '/usr/bin/chromium';
export const chromiumPresent = existsSync(CHROMIUM_PATH);
export const chromiumSkipReason = `${CHROMIUM_PATH} not found (apt-get install -y chromium; .ci/run installs it)`;

const ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** A fresh persistent context with its profile under `dir`. */
export function launchChromium(dir: string): Promise<BrowserContext> {
  return chromium.launchPersistentContext(join(dir, 'profile'), {
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: ARGS,
  });
}
