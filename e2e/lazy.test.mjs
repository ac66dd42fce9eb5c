// The custom element costs a host page nothing until it is scrolled to: with `loading="lazy"`
// (the default) the page downloads embed.js and nothing else until the element comes within
// about a screen of the viewport; the element shows the first state at once, so it has its
// height from the start and nothing on the host page moves when the live widget arrives.
import assert from "node:assert/strict";
import { after, test } from "node:test";
import { serve } from "../scripts/lib/serve.mjs";
import { S, useSite, eventually, LIVE } from "./fixture.mjs";

const site = useSite();
let host;

/** A long article: `screens` screens of text, the element, and a paragraph after it. */
const article = (element, screens = 4) => {
  const paragraph = "<p>" + "An architecture article goes on about coupling and consistency. ".repeat(12) + "</p>";
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>A long post</title>
<link rel="icon" href="data:,"><script type="module" src="${site.url}embed.js"></script>
<style>body { max-width: 46rem; margin: 0 auto; font: 18px/1.6 Georgia, serif }</style></head>
<body><main><h1>A long post</h1>${paragraph.repeat(screens * 4)}${element}<p id="after">After the widget.</p></main></body></html>`;
};

async function hostPage(name) {
  host ??= await serve({
    root: "e2e",
    port: 0,
    pages: {
      "lazy.html": article(`<integration-decision-tree id="tree"></integration-decision-tree>`),
      "eager.html": article(`<integration-decision-tree id="tree" loading="eager"></integration-decision-tree>`),
      "wrong.html": article(`<integration-decision-tree id="tree" loading="later"></integration-decision-tree>`),
    },
  });
  const ctx = await site.browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = site.track(await ctx.newPage());
  page.setDefaultTimeout(8000);
  page.fetched = [];
  page.on("request", (request) => page.fetched.push(new URL(request.url()).pathname.split("/").pop()));
  page.warnings = [];
  page.on("console", (m) => m.type() === "warning" && page.warnings.push(m.text()));
  await page.addInitScript(() => {
    window.shifts = [];
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) window.shifts.push({ value: entry.value, input: entry.hadRecentInput });
    }).observe({ type: "layout-shift", buffered: true });
  });
  await page.goto(host.url + name);
  return page;
}
after(() => new Promise((done) => (host ? host.server.close(done) : done())));

const wasmFetched = (page) => page.fetched.some((f) => f.endsWith(".wasm"));
const top = (page, selector) => page.locator(selector).evaluate((el) => Math.round(el.getBoundingClientRect().top + scrollY));

test("below the fold, the element fetches nothing but embed.js until scrolled to, then shifts nothing", async () => {
  const page = await hostPage("lazy.html");
  await page.locator("#tree .idt[data-prerendered]").waitFor({ state: "attached" });
  // Time for anything eager to start: a lazy element must not.
  await page.waitForTimeout(500);
  assert.deepEqual(page.fetched.filter((f) => f !== "lazy.html"), ["embed.js"], "only embed.js before the reader gets near");
  const reserved = await page.locator("#tree").evaluate((el) => el.getBoundingClientRect().height);
  assert.ok(reserved > 300, "the element has its height before the wasm");
  const afterBefore = await top(page, "#after");

  await page.locator("#tree").scrollIntoViewIfNeeded();
  await page.locator(`#tree ${LIVE}`).waitFor();
  assert.ok(wasmFetched(page), "scrolled to, it loads the widget");
  assert.equal(await top(page, "#after"), afterBefore, "what follows the element stays where it was");
  assert.equal(await page.locator("#tree").evaluate((el) => el.getBoundingClientRect().height), reserved);
  assert.deepEqual(await page.evaluate(() => window.shifts), [], "no layout shift on the host page");

  // And it works: one answer.
  await page.locator("#tree .idt-card").getByRole("button", { name: S.no, exact: true }).click();
  await page.locator('#tree [data-node="fan-out"][aria-current=step]').waitFor({ state: "attached" });
});

test('loading="eager" loads at once, below the fold too', async () => {
  const page = await hostPage("eager.html");
  await page.locator(`#tree ${LIVE}`).waitFor({ state: "attached" });
  assert.ok(wasmFetched(page));
  assert.equal(await page.evaluate(() => scrollY), 0, "without scrolling");
});

test("an unknown loading value warns once and stays lazy", async () => {
  const page = await hostPage("wrong.html");
  await page.locator("#tree .idt[data-prerendered]").waitFor({ state: "attached" });
  await page.waitForTimeout(500);
  assert.ok(!wasmFetched(page));
  await eventually(() => page.warnings.filter((w) => w.includes('loading="later"')).length, 1, "one warning");
  await page.locator("#tree").scrollIntoViewIfNeeded();
  await page.locator(`#tree ${LIVE}`).waitFor();
  assert.equal(page.warnings.filter((w) => w.includes("loading")).length, 1, "and only one");
});
