// WordPress, as it really embeds an oEmbed provider it does not know: it takes the iframe from
// oembed.json, adds class="wp-embedded-content", sandbox="allow-scripts" (no
// allow-same-origin: an opaque origin), security="restricted", a clip style that keeps the frame
// at one pixel, and a secret, which it also appends to the src as "#?secret=…". Its wp-embed.js
// then says "ready" to each frame and sizes a frame only from { message: "height", value,
// secret } messages, clamped to 200–1000 px, unclipping it on the first message.
//
// The host here is a page on another origin built exactly that way from the shipped
// oembed.json, with a script of our own that plays wp-embed.js's part of the protocol.
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { after, test } from "node:test";
import { serve } from "../scripts/lib/serve.mjs";
import { ROWS, S, useSite, eventually, LIVE } from "./fixture.mjs";

const site = useSite();
const SECRET = "Ab3dE9gH2k";
let host;

/** The iframe WordPress makes from oembed.json's html, for a provider on `siteUrl`. */
function wordpressIframe(siteUrl) {
  const { html } = JSON.parse(readFileSync("dist/oembed.json", "utf8"));
  const src = new URL(html.match(/ src="([^"]+)"/)[1], siteUrl).href;
  return html
    .replace(/ src="[^"]+"/, ` src="${src}#?secret=${SECRET}"`)
    .replace(
      "<iframe ",
      `<iframe class="wp-embedded-content" sandbox="allow-scripts" security="restricted" ` +
        `style="position: absolute; clip: rect(1px, 1px, 1px, 1px);" data-secret="${SECRET}" `,
    );
}

/** The parent side of WordPress's protocol, as wp-embed.js implements it. */
const WP_EMBED = `
window.reported = [];
addEventListener("message", (event) => {
  const data = event.data;
  if (!data || !data.secret || !data.message || !/^[a-zA-Z0-9]+$/.test(data.secret)) return;
  for (const frame of document.querySelectorAll('iframe[data-secret="' + data.secret + '"]')) {
    if (event.source !== frame.contentWindow) continue;
    frame.removeAttribute("style");
    if (data.message === "height") {
      window.reported.push(data.value);
      let height = parseInt(data.value, 10);
      if (height > 1000) height = 1000;
      else if (~~height < 200) height = 200;
      frame.height = height;
    }
  }
});
window.sayReady = () => {
  for (const frame of document.querySelectorAll("iframe.wp-embedded-content")) {
    frame.contentWindow.postMessage({ message: "ready", secret: frame.getAttribute("data-secret") }, "*");
  }
};
addEventListener("DOMContentLoaded", window.sayReady);
`;

// Written on first use: the site's URL is only known once its server is up.
async function hostPost() {
  if (host) return host;
  const page = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>A WordPress post</title>
<link rel="icon" href="data:,"><script>${WP_EMBED}</script></head>
<body><main><h1>A post</h1><p>Which integration style fits?</p>${wordpressIframe(site.url)}<p>After the embed.</p></main></body></html>`;
  host = await serve({ root: "e2e", port: 0, pages: { "post.html": page } });
  return host;
}
after(() => new Promise((done) => (host ? host.server.close(done) : done())));

async function openPost() {
  const ctx = await site.browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = site.track(await ctx.newPage());
  page.setDefaultTimeout(8000);
  await page.goto((await hostPost()).url + "post.html");
  return page;
}

/** The widget's document height inside the frame and the frame's own height and clip. */
async function sizes(page) {
  const frame = page.frameLocator("iframe.wp-embedded-content");
  const content = await frame.locator("html").evaluate((el) => Math.ceil(el.getBoundingClientRect().height));
  const iframe = await page.locator("iframe.wp-embedded-content").evaluate((el) => ({
    height: el.clientHeight,
    clipped: el.hasAttribute("style"),
  }));
  return { content, ...iframe };
}

const clamp = (height) => Math.min(1000, Math.max(200, height));

/**
 * Waits until WordPress's side has sized the frame to the widget's height, as it clamps it,
 * and checks that the last height the frame reported was the widget's, unclamped.
 */
async function sizedToContent(page, message) {
  await eventually(
    async () => {
      const now = await sizes(page);
      return !now.clipped && now.height === clamp(now.content);
    },
    true,
    message,
  );
  const { content } = await sizes(page);
  assert.equal(await page.evaluate(() => window.reported.at(-1)), content, "the frame reports its whole height");
}

test("oembed.json's html is the iframe alone, with a title, a width and a height, and not lazy", () => {
  const { html, width, height } = JSON.parse(readFileSync("dist/oembed.json", "utf8"));
  assert.match(html, /^<iframe [^<>]*><\/iframe>$/, "WordPress strips anything beside the iframe");
  assert.match(html, / title="[^"]+"/);
  assert.match(html, new RegExp(` width="${width}"`));
  assert.match(html, new RegExp(` height="${height}"`));
  // WordPress clips the frame to a pixel until it speaks; Chromium never loads a lazy frame
  // that is clipped like that, so the widget would stay invisible.
  assert.doesNotMatch(html, /loading=/);
  assert.ok(height >= 200 && height <= 1000, "a height WordPress would keep");
});

test("in WordPress's sandboxed frame the widget is shown, sized, walked, and the secret kept", async () => {
  const page = await openPost();
  const frame = page.frameLocator("iframe.wp-embedded-content");
  await frame.locator(LIVE).waitFor();
  await sizedToContent(page, "at the start the frame is unclipped and as tall as the widget");

  // The frame answers WordPress's "ready" (which may come after its first report).
  const heard = await page.evaluate(() => window.reported.length);
  await page.evaluate(() => window.sayReady());
  await eventually(async () => (await page.evaluate(() => window.reported.length)) > heard, true, "a height after ready");

  // A walk inside the sandbox: an opaque origin, no storage, no service worker.
  const row = ROWS.find((r) => r.link === "immediate=yes&fan-out=yes&async=yes");
  for (const answer of ["yes", "yes", "yes"]) {
    const at = await frame.locator("[aria-current=step]").getAttribute("data-node");
    await frame.locator(".idt-card").getByRole("button", { name: S[answer], exact: true }).click();
    // The diagram may be folded in a narrow frame: what counts is that the step moved on.
    await frame.locator(`[data-node="${at}"]:not([aria-current])`).waitFor({ state: "attached" });
  }
  await frame.locator(`.idt[data-outcome="${row.pattern}"]`).waitFor();
  await sizedToContent(page, "at the outcome the frame follows the widget, up to WordPress's 1000 px");

  // Beyond WordPress's ceiling the frame scrolls, so the decision record is still in reach.
  const record = frame.locator(".idt-record > summary");
  await record.scrollIntoViewIfNeeded();
  assert.ok(await record.isVisible());

  const inside = await frame.locator("html").evaluate(() => ({ hash: location.hash, origin: self.origin }));
  assert.equal(inside.hash, `#?secret=${SECRET}`, "WordPress's secret is not a permalink and stays as it was");
  assert.equal(inside.origin, "null", "the frame really runs in an opaque origin");
});
