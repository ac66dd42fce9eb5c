// Shared set-up for the end-to-end tests: a server for dist/, the machine's Chromium, and
// helpers that drive the widget the way a person does.
//
// Every page a test opens through `open` (or registers with `site.track`) is watched: a console
// error or an uncaught exception fails the test when it ends, unless the test said it expects
// it (`page.expectProblem(/pattern/)`). Pages are closed when their test ends, pass or fail.
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { after, afterEach, before } from "node:test";
import { isDeepStrictEqual } from "node:util";
import { BY_PATTERN, hashOf } from "../scripts/lib/golden.mjs";
import { serve } from "../scripts/lib/serve.mjs";
import { launch } from "../scripts/lib/browser.mjs";

/** The shipped tree file: tests that click or read wording take it from here. */
export const TREE = JSON.parse(readFileSync("data/tree.json", "utf8"));
/** The interface sentences, by their key in the tree file. */
export const S = TREE.strings;

/**
 * The live widget: the pages come with a prerendered first state (`data-prerendered`, inert)
 * that the wasm replaces; tests that drive the widget wait for this.
 */
export const LIVE = ".idt:not([data-prerendered])";

export { ROWS, hashOf } from "../scripts/lib/golden.mjs";

/** A link (with `#`) to one outcome of each pattern, by pattern. */
export const OUTCOME_HASHES = Object.fromEntries(Object.entries(BY_PATTERN).map(([pattern, row]) => [pattern, hashOf(row)]));

/**
 * Records console errors and uncaught exceptions on `page`. `page.problems()` lists those the
 * test did not announce with `page.expectProblem(pattern)`.
 */
export function watch(page) {
  const seen = [];
  const expected = [];
  page.on("console", (m) => {
    if (m.type() === "error") seen.push(`console: ${m.text()}`);
  });
  page.on("pageerror", (e) => seen.push(`exception: ${e.message}`));
  page.expectProblem = (pattern) => expected.push(pattern);
  page.problems = () => seen.filter((p) => !expected.some((pattern) => pattern.test(p)));
  return page;
}

/**
 * Starts a server and a browser for the tests in one file and stops them afterwards (the server's
 * options are scripts/lib/serve.mjs's).
 * Returns an object whose `url` and `browser` are set once the tests start.
 */
export function useSite({ root = "dist", base = "/", csp = null, pages = {}, headers = {}, validators = [], lastModified = null } = {}) {
  const site = { opened: [] };
  site.track = (page) => {
    site.opened.push(watch(page));
    return page;
  };
  before(async () => {
    const { server, url } = await serve({ root, port: 0, base, csp, pages, headers, validators, lastModified });
    site.server = server;
    site.url = url;
    site.browser = await launch();
  });
  afterEach(async () => {
    const pages = site.opened.splice(0);
    const problems = pages.flatMap((page) => page.problems());
    await Promise.all(pages.map((page) => page.context().close().catch(() => {})));
    assert.deepEqual(problems, [], "a page logged errors");
  });
  after(async () => {
    await site.browser?.close();
    await new Promise((done) => site.server?.close(done));
  });
  return site;
}

/**
 * A fresh page in its own browser context, watched for errors, at `path` below the site;
 * `init` scripts run before the page's own, `before(page)` runs before navigating, and the
 * call returns once `wait` (a selector) is in the page. With `path` null it does not navigate.
 */
export async function open(site, path = "", { width = 1280, height = 900, context = {}, wait = LIVE, init = [], before } = {}) {
  const ctx = await site.browser.newContext({ viewport: { width, height }, ...context });
  const page = site.track(await ctx.newPage());
  page.setDefaultTimeout(8000);
  for (const script of init) await page.addInitScript(script);
  await before?.(page);
  if (path === null) return page;
  await page.goto(site.url + path);
  if (wait) await page.locator(wait).first().waitFor();
  return page;
}

/**
 * Waits until `read()` gives `expected` (deep equality), then asserts it: for state the
 * widget writes in effects, which may run a task after the click that caused them.
 */
export async function eventually(read, expected, message, timeout = 5000) {
  const deadline = Date.now() + timeout;
  let actual = await read();
  while (!isDeepStrictEqual(actual, expected) && Date.now() < deadline) {
    await new Promise((done) => setTimeout(done, 20));
    actual = await read();
  }
  assert.deepEqual(actual, expected, message);
}

/** The widget's `data-outcome`, or null before an outcome is reached. */
export function outcome(page) {
  return page.locator(".idt").getAttribute("data-outcome");
}

/** The id of the question node waiting for an answer, or null at an outcome. */
export async function current(page) {
  const node = page.locator("[data-node][aria-current=step]");
  return (await node.count()) ? node.getAttribute("data-node") : null;
}

/** The id of the last node on the path (the reached outcome, once there is one). */
export function lastOnPath(page) {
  return page.locator("[data-node][data-on-path]").last().getAttribute("data-node");
}

/** The label of an answer on the card, in the tree's wording. */
export const label = (answer) => S[answer];

/** Answers the current question with the card's Yes or No button. */
export async function answerOnCard(page, answer) {
  const before = await current(page);
  await page.locator(".idt-card").getByRole("button", { name: label(answer), exact: true }).click();
  await page.waitForFunction((id) => !document.querySelector(`[data-node="${id}"][aria-current=step]`), before);
}

/** Answers the current question by clicking its branch in the diagram. */
export async function answerOnDiagram(page, answer) {
  const at = await current(page);
  assert.ok(at, "there is a question to answer");
  // A person clicks the branch's Yes/No label (its bounding box also spans the connector).
  await page.locator(`[data-edge="${at}:${answer}"] text`).click();
  await page.waitForFunction((id) => !document.querySelector(`[data-node="${id}"][aria-current=step]`), at);
}

/** The page's current hash, with its `#`. */
export function hash(page) {
  return page.evaluate(() => location.hash);
}

/** The text of the element that has focus (inside shadow roots too). */
export function focusedText(page) {
  return page.evaluate(() => {
    let el = document.activeElement;
    while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
    return el?.textContent?.trim() ?? "";
  });
}
