/**
 * Debian's Chromium (the machine cannot download Playwright's own) and the flags it needs here: no
 * sandbox as root, no GPU, and none of the background connections a closed network refuses. Shared by
 * the Playwright journeys and the UI bench, so both run the same browser the same way.
 */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

export const CHROMIUM_ARGS: readonly string[] = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
  "--disable-quic",
];
