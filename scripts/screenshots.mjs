// Takes screenshots of the built site in headless Chromium: every state a person can see (the
// start, a middle question, the examples open, and the outcome of every row of the golden
// table), in several views, for review; and the README's screenshot.
//
// Usage: node scripts/screenshots.mjs [out-dir=e2e/artifacts/screens]   (after `make dist`)
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { serve } from "./lib/serve.mjs";
import { launch } from "./lib/browser.mjs";
import { BY_PATTERN, ROWS, hashOf } from "./lib/golden.mjs";

const out = process.argv[2] ?? "e2e/artifacts/screens";
mkdirSync(out, { recursive: true });

const STATES = [
  ["start", ""],
  ["middle", hashOf(ROWS[0], 1)],
  ["examples-open", hashOf(ROWS.at(-1), 2), { open: true }],
  ...ROWS.map((row) => [row.node, hashOf(row)]),
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

// The README's picture: the widget at the combined outcome, with the path through the tree.
const page = await browser.newPage({ viewport: { width: 1160, height: 900 }, deviceScaleFactor: 1 });
await page.goto(url + hashOf(BY_PATTERN.combined));
await page.locator(".idt").screenshot({ path: "docs/screenshot.png" });
await browser.close();
server.close();
console.log(`screenshots: ${STATES.length * VIEWS.length} states in ${out}/, README picture in docs/screenshot.png`);
