// Working without a network: the single-file download opened from disk, the static site
// after one visit, and readers without JavaScript.
import assert from "node:assert/strict";
import { resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { test } from "node:test";
import { OUTCOME_HASHES, useSite, open, outcome, current, answerOnCard } from "./fixture.mjs";

const site = useSite();

test("standalone.html opened from file:// walks to all three outcomes with the network blocked", async () => {
  const context = await site.browser.newContext();
  const requests = [];
  await context.route("**/*", (route) => {
    const url = route.request().url();
    if (url.startsWith("file:")) return route.continue();
    requests.push(url);
    return route.abort();
  });
  const page = await context.newPage();
  page.setDefaultTimeout(8000);
  const errors = [];
  page.on("pageerror", (e) => errors.push(e.message));
  const file = pathToFileURL(resolve("dist/standalone.html")).href;
  for (const [expected, hash] of Object.entries(OUTCOME_HASHES)) {
    await page.goto(file + hash);
    await page.locator(".idt").waitFor();
    assert.equal(await outcome(page), expected);
  }
  await page.goto(file);
  await page.locator(".idt").waitFor();
  for (const answer of ["no", "yes", "yes"]) await answerOnCard(page, answer);
  assert.equal(await outcome(page), "event-driven");
  assert.deepEqual(requests, [], "no network requests");
  assert.deepEqual(errors, []);
  await context.close();
});

test("after one visit, the site works with the network off", async () => {
  const page = await open(site);
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller) {
      await new Promise((done) => navigator.serviceWorker.addEventListener("controllerchange", done, { once: true }));
    }
  });
  await page.context().setOffline(true);
  await page.reload();
  await page.locator(".idt").waitFor();
  for (const answer of ["yes", "yes", "no"]) await answerOnCard(page, answer);
  assert.equal(await outcome(page), "rest");
  await page.goto(site.url + "embed.html#ignored");
  await page.locator(".idt").waitFor();
  assert.equal(await current(page), "immediate", "the iframe page is cached too");
  await page.closeAll();
});

test("without JavaScript the page shows the questions and the decision table", async () => {
  const context = await site.browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  for (const path of ["", "embed.html"]) {
    await page.goto(site.url + path);
    // The page sends readers without JavaScript to its plain version; embed.html inlines it.
    if (!path) await page.waitForURL(/fallback\.html$/);
    const fallback = page.locator(".idt-fallback");
    assert.ok(await fallback.isVisible(), `${path || "index.html"} shows its fallback`);
    assert.equal(await fallback.locator("ol > li").count(), 3);
    assert.equal(await fallback.locator("tbody > tr").count(), 7);
    assert.match(await fallback.locator("li").first().textContent(), /immediate response/);
  }
  assert.equal(await page.locator(".idt-fallback a").getAttribute("href"), "./index.html");
  await context.close();
});
