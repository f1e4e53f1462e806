// @ts-check
// How every Chromium launch looks (Playwright tests and browser benchmarks): Debian's Chromium,
// no sandbox (containers), and no background traffic to Google services.
export const DEFAULT_CHROMIUM_PATH = '/usr/bin/chromium';

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];
