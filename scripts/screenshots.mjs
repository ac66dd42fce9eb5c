// Takes screenshots of the built site in headless Chromium: every state a person can see,
// for review, and the README's screenshot.
//
// Usage: node scripts/screenshots.mjs [out-dir=e2e/artifacts/screens]   (after `make dist`)
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { serve } from "./serve.mjs";
import { launch } from "../e2e/browser.mjs";

const out = process.argv[2] ?? "e2e/artifacts/screens";
mkdirSync(out, { recursive: true });

const STATES = [
  ["start", ""],
  ["middle", "#immediate=no"],
  ["examples-open", "#immediate=no&fan-out=yes", { open: true }],
  ["rest", "#immediate=yes&fan-out=no"],
  ["rest-caution", "#immediate=yes&fan-out=yes&async=no"],
  ["event-driven", "#immediate=no&fan-out=yes&async=yes"],
  ["combined", "#immediate=yes&fan-out=yes&async=yes"],
];
const VIEWS = [
  ["desktop", { width: 1280, height: 900 }],
  ["narrow", { width: 320, height: 700 }],
  ["dark", { width: 1280, height: 900 }, { colorScheme: "dark" }],
];

const { server, url } = await serve({ port: 0 });
const browser = await launch();
for (const [view, viewport, context = {}] of VIEWS) {
  const ctx = await browser.newContext({ viewport, ...context });
  for (const [name, hash, options = {}] of STATES) {
    const page = await ctx.newPage();
    await page.goto(url + hash);
    await page.locator(".idt").waitFor();
    if (options.open) await page.locator("details").first().evaluate((d) => (d.open = true));
    await page.screenshot({ path: join(out, `${view}-${name}.png`), fullPage: true });
    await page.close();
  }
  await ctx.close();
}

// The README's picture: the widget mid-decision with the path and the outcome.
const page = await browser.newPage({ viewport: { width: 1160, height: 900 }, deviceScaleFactor: 1 });
await page.goto(url + "#immediate=yes&fan-out=yes&async=yes");
await page.locator(".idt").screenshot({ path: "docs/screenshot.png" });
await browser.close();
server.close();
console.log(`screenshots: ${STATES.length * VIEWS.length} states in ${out}/, README picture in docs/screenshot.png`);
