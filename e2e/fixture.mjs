// Shared set-up for the end-to-end tests: a server for dist/, the machine's Chromium, and
// helpers that drive the widget the way a person does.
import assert from "node:assert/strict";
import { after, before } from "node:test";
import { serve } from "../scripts/serve.mjs";
import { launch } from "./browser.mjs";

/** The decision table from the issue: answers in order, and the outcome they lead to. */
export const ROWS = [
  { answers: ["yes", "no"], outcome: "rest", node: "rest-direct" },
  { answers: ["yes", "yes", "yes"], outcome: "combined", node: "combined" },
  { answers: ["yes", "yes", "no"], outcome: "rest", node: "rest-sync-fan-out" },
  { answers: ["no", "yes", "yes"], outcome: "event-driven", node: "event-fan-out" },
  { answers: ["no", "yes", "no"], outcome: "rest", node: "rest-point-to-point" },
  { answers: ["no", "no", "yes"], outcome: "event-driven", node: "event-async" },
  { answers: ["no", "no", "no"], outcome: "rest", node: "rest-sync" },
];

/** Hashes that lead to each of the three patterns. */
export const OUTCOME_HASHES = {
  rest: "#immediate=yes&fan-out=no",
  "event-driven": "#immediate=no&fan-out=yes&async=yes",
  combined: "#immediate=yes&fan-out=yes&async=yes",
};

/**
 * Starts a server and a browser for the tests in one file and stops them afterwards.
 * Returns an object whose `url` and `browser` are set once the tests start.
 */
export function useSite({ root = "dist", base = "/", csp = null, pages = {} } = {}) {
  const site = {};
  before(async () => {
    const { server, url } = await serve({ root, port: 0, base, csp, pages });
    site.server = server;
    site.url = url;
    site.browser = await launch();
  });
  after(async () => {
    await site.browser?.close();
    await new Promise((done) => site.server?.close(done));
  });
  return site;
}

/**
 * Opens a page and records console errors and uncaught exceptions, which `page.assertClean()`
 * turns into a failure.
 */
export async function open(site, path = "", { width = 1280, height = 900, context = {} } = {}) {
  const ctx = await site.browser.newContext({ viewport: { width, height }, ...context });
  const page = await ctx.newPage();
  page.setDefaultTimeout(5000);
  const problems = [];
  page.on("console", (m) => {
    if (m.type() === "error") problems.push(`console: ${m.text()}`);
  });
  page.on("pageerror", (e) => problems.push(`exception: ${e.message}`));
  page.assertClean = () => assert.deepEqual(problems, [], "the page logged errors");
  page.closeAll = () => ctx.close();
  await page.goto(site.url + path);
  await page.locator(".idt").waitFor();
  return page;
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

/** Answers the current question with the card's Yes or No button. */
export async function answerOnCard(page, answer) {
  const before = await current(page);
  await page.locator(".idt-card").getByRole("button", { name: answer === "yes" ? "Yes" : "No", exact: true }).click();
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

/** The text of the element that has focus. */
export function focusedText(page) {
  return page.evaluate(() => document.activeElement?.textContent?.trim() ?? "");
}
