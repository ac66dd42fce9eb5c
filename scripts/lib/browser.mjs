// Launching the machine's Chromium, for the end-to-end tests, screenshots and benchmarks.
// Never downloads a browser: it uses /usr/bin/chromium (or $CHROMIUM).
import { chromium } from "playwright-core";

export const CHROMIUM = process.env.CHROMIUM ?? "/usr/bin/chromium";

/** Chromium's switches: everything that would reach the network off (Lighthouse uses them too). */
export const CHROMIUM_ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
  "--disable-quic",
];

/** Chromium, headless, with everything that would reach the network switched off. */
export function launch(options = {}) {
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [...CHROMIUM_ARGS, ...(options.args ?? [])],
    ...options,
  });
}
