// Working without a network: the single-file download opened from disk (copied alone into an
// empty folder, as it is once mailed or attached to a wiki page), the static site after one
// visit, and readers without JavaScript.
import assert from "node:assert/strict";
import { copyFileSync, mkdtempSync, readFileSync, readdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { test } from "node:test";
import { OUTCOME_HASHES, TREE, useSite, open, outcome, current, answerOnCard, eventually, LIVE } from "./fixture.mjs";
import { entry } from "../scripts/lib/dist.mjs";

/** The Dutch translation, for the plain version in Dutch. */
const NL = JSON.parse(readFileSync("data/tree.nl.json", "utf8"));

const site = useSite();

/** standalone.html copied on its own into an empty folder: nothing beside it to lean on. */
function standaloneAlone() {
  const folder = mkdtempSync(join(tmpdir(), "idt-standalone-"));
  copyFileSync("dist/standalone.html", join(folder, "standalone.html"));
  assert.deepEqual(readdirSync(folder), ["standalone.html"]);
  return pathToFileURL(join(folder, "standalone.html")).href;
}

/** A page in a fresh context where every request that is not a file: URL is refused. */
async function offlinePage(options = {}) {
  const requests = [];
  const page = await open(site, null, {
    ...options,
    before: (page) =>
      page.context().route("**/*", (route) => {
        const url = route.request().url();
        if (url.startsWith("file:")) return route.continue();
        requests.push(url);
        return route.abort();
      }),
  });
  page.requests = requests;
  return page;
}

test("standalone.html alone in a folder walks to all three outcomes from file:// with the network blocked", async () => {
  const file = standaloneAlone();
  const page = await offlinePage();
  for (const [expected, hash] of Object.entries(OUTCOME_HASHES)) {
    await page.goto(file + hash);
    await page.locator(LIVE).waitFor();
    assert.equal(await outcome(page), expected);
  }
  await page.goto(file);
  await page.locator(LIVE).waitFor();
  for (const answer of ["no", "yes", "yes"]) await answerOnCard(page, answer);
  assert.equal(await outcome(page), "event-driven");
  assert.deepEqual(page.requests, [], "no network requests");
});

test("standalone.html alone in a folder, without JavaScript, shows the questions and the decision table", async () => {
  const file = standaloneAlone();
  const page = await offlinePage({ context: { javaScriptEnabled: false } });
  await page.goto(file);
  assert.equal(page.url(), file, "it stays on the file: there is nowhere else to go");
  const fallback = page.locator(".idt-fallback");
  assert.ok(await fallback.isVisible(), "the fallback is shown");
  assert.equal(await fallback.locator("ol > li").count(), Object.keys(TREE.questions).length);
  assert.equal(await fallback.locator("tbody > tr").count(), TREE.nodes.filter((n) => n.outcome).length);
  assert.equal(await fallback.locator("ol > li > strong").first().textContent(), TREE.questions.immediate.text);
  assert.equal(await fallback.locator("a").count(), 0, "no link to a page that is not there");
  assert.deepEqual(page.requests, [], "no network requests");
});

/** The paths of every response the offline cache holds, in every release's cache (not the worker's own notes). */
function cachedPaths(page) {
  return page.evaluate(async () => {
    const paths = [];
    for (const name of (await caches.keys()).filter((n) => n.startsWith("idt-release-"))) {
      for (const request of await (await caches.open(name)).keys()) paths.push(new URL(request.url).pathname.split("/").pop());
    }
    return paths.sort();
  });
}

/** What the page `id` of the site table loads (dist/site.json), minus the worker script itself. */
const needs = (id) => entry("dist", id).loads.filter((f) => f !== "sw.js").sort();

test("a first visit stores what that page needs offline, and nothing it does not use", async () => {
  const page = await open(site);
  await page.evaluate(() => navigator.serviceWorker.ready);
  await eventually(() => cachedPaths(page), needs("page"), "after index.html: its own files");
  await page.goto(site.url + "embed.html");
  await page.locator(LIVE).waitFor();
  const both = [...new Set([...needs("page"), ...needs("frame")])].sort();
  await eventually(() => cachedPaths(page), both, "after embed.html: its files join them");
});

test("after one visit, the site works with the network off", async () => {
  const page = await open(site);
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller) {
      await new Promise((done) => navigator.serviceWorker.addEventListener("controllerchange", done, { once: true }));
    }
  });
  await eventually(() => cachedPaths(page), needs("page"));
  await page.goto(site.url + "embed.html");
  await page.locator(LIVE).waitFor();
  const stored = async () => {
    const have = await cachedPaths(page);
    return needs("frame").every((f) => have.includes(f));
  };
  await eventually(stored, true, "embed.html's files are stored");
  await page.context().setOffline(true);
  for (const path of ["", "index.html"]) {
    await page.goto(site.url + path);
    await page.locator(LIVE).waitFor();
    for (const answer of ["yes", "yes", "no"]) await answerOnCard(page, answer);
    assert.equal(await outcome(page), "rest", `${path || "the site's root"} walks offline`);
  }
  await page.goto(site.url + "embed.html#ignored");
  await page.locator(LIVE).waitFor();
  assert.equal(await current(page), "immediate", "the iframe page is cached too");
});

test("without JavaScript the page and the iframe page show the questions and the decision table", async () => {
  const page = await open(site, "", { context: { javaScriptEnabled: false }, wait: null });
  for (const path of ["", "embed.html"]) {
    await page.goto(site.url + path);
    // Both pages send readers without JavaScript to their plain version (which the page then
    // never downloads when scripts run).
    await page.waitForURL(/fallback\.html$/);
    const fallback = page.locator(".idt-fallback");
    assert.ok(await fallback.isVisible(), `${path || "index.html"} shows its fallback`);
    assert.equal(await fallback.locator("ol > li").count(), 3);
    assert.equal(await fallback.locator("tbody > tr").count(), 7);
    assert.equal(await fallback.locator("ol > li > strong").first().textContent(), TREE.questions.immediate.text);
    // The traps and the basics reach readers without scripts too.
    assert.ok((await fallback.textContent()).includes(TREE.questions.immediate.caution));
    assert.ok((await fallback.textContent()).includes(TREE.checks.idempotent));
  }
  assert.equal(await page.locator(".idt-fallback a").getAttribute("href"), "./index.html");
  // In Dutch too: the plain version links to its other languages, and each to its own page.
  await page.getByRole("link", { name: "Nederlands" }).click();
  await page.waitForURL(/fallback\.nl\.html$/);
  assert.equal(await page.evaluate(() => document.documentElement.lang), "nl");
  assert.equal(await page.locator("h1").textContent(), NL.title);
  assert.equal(await page.locator(".idt-fallback ol > li > strong").first().textContent(), NL.questions.immediate.text);
  assert.equal(await page.locator(".idt-fallback a").getAttribute("href"), "./index.html?lang=nl");
  assert.equal(await page.getByRole("link", { name: "Nederlands" }).getAttribute("aria-current"), "true");
});
