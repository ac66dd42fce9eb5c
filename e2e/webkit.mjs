// Safari's engine: the widget in WebKitGTK, driven through WebKitWebDriver (which needs a
// display: `make engines`, part of `make test`, runs this under Xvfb). Three checks:
//   1. all seven rows of the decision table on index.html, by card (clicks) and by diagram (the
//      keyboard: see `pressBranch` for why not clicks);
//   2. the custom element in a host page on another origin (clicks inside its shadow root);
//   3. the WordPress-style frame: sandboxed, opaque origin, "#?secret=…", clipped until the
//      frame speaks WordPress's height protocol; walked to an outcome inside the frame.
//
// Usage: xvfb-run -a node e2e/webkit.mjs   (setup installs webkit2gtk-driver and Xvfb)
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { serve } from "../scripts/lib/serve.mjs";
import { ROWS } from "../scripts/lib/golden.mjs";
import { webdriver } from "./webdriver.mjs";
import { current, outcome, pressBranch, walkAllRows } from "./walks.mjs";

const DRIVER = process.env.WEBKIT_DRIVER ?? "/usr/bin/WebKitWebDriver";
const BROWSER = process.env.WEBKIT_BROWSER ?? "/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser";
const SECRET = "Wk7Secret9";

const site = await serve({ root: "dist", port: 0 });
const { html } = JSON.parse(readFileSync("dist/oembed.json", "utf8"));
const wordpressIframe = html
  .replace(/ src="([^"]+)"/, (_, src) => ` src="${new URL(src, site.url).href}#?secret=${SECRET}"`)
  .replace(
    "<iframe ",
    `<iframe id="wp" class="wp-embedded-content" sandbox="allow-scripts" security="restricted" ` +
      `style="position: absolute; clip: rect(1px, 1px, 1px, 1px);" data-secret="${SECRET}" `,
  );
// The parent side of WordPress's protocol, as in e2e/wordpress.test.mjs.
const wpEmbed = `addEventListener("message", (event) => {
  const data = event.data;
  if (!data || data.secret !== ${JSON.stringify(SECRET)}) return;
  const frame = document.getElementById("wp");
  if (event.source !== frame.contentWindow) return;
  frame.removeAttribute("style");
  if (data.message === "height") frame.height = Math.min(1000, Math.max(200, parseInt(data.value, 10)));
});`;
const host = await serve({
  root: "e2e",
  port: 0,
  pages: {
    "element.html": `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Host</title><link rel="icon" href="data:,">
<script type="module" src="${site.url}embed.js"></script></head><body><main><h1>A host page</h1>
<integration-decision-tree id="tree" loading="eager"></integration-decision-tree></main></body></html>`,
    "wordpress.html": `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>A post</title><link rel="icon" href="data:,">
<script>${wpEmbed}</script></head><body><main><h1>A post</h1>${wordpressIframe}</main></body></html>`,
  },
});

const browser = await webdriver(DRIVER, (port) => [`--port=${port}`], {
  browserName: "MiniBrowser",
  "webkitgtk:browserOptions": { binary: BROWSER, args: ["--automation"] },
});
try {
  // 1. Seven rows, twice.
  const walked = await walkAllRows(browser, site.url, { diagram: (at, answer) => pressBranch(browser, `${at}:${answer}`) });
  assert.equal(walked, 2 * ROWS.length);

  // 2. The custom element on another origin.
  await browser.go(host.url + "element.html");
  const inElement = (css) => browser.script(`return document.getElementById("tree").shadowRoot.querySelector(${JSON.stringify(css)}) !== null`);
  await browser.until(() => inElement(".idt:not([data-prerendered])"), "the live element");
  const row = ROWS.find((r) => r.link === "immediate=no&fan-out=yes&async=yes");
  for (const answer of row.answers) {
    const at = await browser.script(`return document.getElementById("tree").shadowRoot.querySelector("[aria-current=step]").getAttribute("data-node")`);
    await browser.click(await browser.findInShadow("#tree", `.idt-card [data-answer="${answer}"]`));
    await browser.until(() => inElement(`[data-node="${at}"]:not([aria-current])`), `an answer to ${at} in the element`);
  }
  assert.equal(await browser.script(`return document.getElementById("tree").shadowRoot.querySelector(".idt").getAttribute("data-outcome")`), row.pattern);

  // 3. WordPress's frame.
  await browser.go(host.url + "wordpress.html");
  const frameState = () =>
    browser.script(`const f = document.getElementById("wp"); return { clipped: f.hasAttribute("style"), height: Number(f.height) }`);
  await browser.until(async () => !(await frameState()).clipped, "WordPress to unclip the frame");
  const start = (await frameState()).height;
  assert.ok(start >= 200 && start <= 1000, `the frame was sized (${start} px)`);
  await browser.frame(await browser.find("#wp"));
  await browser.until(async () => (await current(browser)) !== null, "the live widget in the frame");
  const inside = await browser.script("return { hash: location.hash, origin: self.origin }");
  assert.equal(inside.hash, `#?secret=${SECRET}`);
  assert.equal(inside.origin, "null", "the frame runs in an opaque origin");
  for (const answer of ["yes", "yes", "yes"]) {
    const at = await current(browser);
    await browser.click(await browser.find(`.idt-card [data-answer="${answer}"]`));
    await browser.until(async () => (await current(browser)) !== at, `an answer to ${at} in the frame`);
  }
  assert.equal(await outcome(browser), "combined");
  const height = await browser.script("return Math.ceil(document.documentElement.getBoundingClientRect().height)");
  await browser.frame(null);
  await browser.until(async () => (await frameState()).height === Math.min(1000, height), "the frame to follow the outcome's height");

  console.log(
    `webkit: WebKitGTK ${browser.version} walked all ${ROWS.length} rows by card and by diagram, the custom element on another ` +
      `origin, and WordPress's sandboxed frame (resized to ${start} px, then ${Math.min(1000, height)} px at an outcome)`,
  );
} finally {
  await browser.close();
  site.server.close();
  host.server.close();
}
