// Moving around a walk: rewinding from the diagram, Back, Change, Start again, permalinks,
// browser history, hand-edited hashes, bad hashes, keyboard use and hosting under a sub-path.
import assert from "node:assert/strict";
import { describe, test } from "node:test";
import {
  S, TREE, useSite, open, outcome, current, answerOnCard, answerOnDiagram, hash, focusedText, eventually, LIVE } from "./fixture.mjs";

const site = useSite();
const fill = (template, values) => template.replace(/\{(\w+)\}/g, (_, name) => values[name]);

/** Waits until the element matching `selector` is the one with focus. */
async function focusIsOn(page, selector) {
  const expected = (await page.locator(selector).textContent()).trim();
  await eventually(() => focusedText(page), expected, `focus is on ${selector}`);
}

test("choosing an answered question in the diagram rewinds to it", async () => {
  const page = await open(site);
  await answerOnDiagram(page, "no");
  await answerOnDiagram(page, "yes");
  assert.equal(await current(page), "async-fan-out");
  await page.locator('[data-node="immediate"] text').first().click();
  await eventually(() => current(page), "immediate");
  assert.equal(await page.locator("[data-edge][data-on-path]").count(), 0, "later answers are dropped");
  await eventually(() => hash(page), "");
  await focusIsOn(page, ".idt-question");
});

test("Back undoes one answer, even from an outcome", async () => {
  const page = await open(site, "#immediate=no&fan-out=yes&async=yes");
  assert.equal(await outcome(page), "event-driven");
  await page.getByRole("button", { name: S.back, exact: true }).click();
  await eventually(() => current(page), "async-fan-out");
  assert.equal(await outcome(page), null);
  await eventually(() => hash(page), "#immediate=no&fan-out=yes");
  await page.getByRole("button", { name: S.back, exact: true }).click();
  await eventually(() => current(page), "fan-out");
});

test("Change goes back to that question and drops later answers", async () => {
  const page = await open(site, "#immediate=yes&fan-out=yes&async=no");
  assert.equal(await outcome(page), "rest");
  const name = fill(S.change_label, { n: 2, question: TREE.questions["fan-out"].text });
  await page.getByRole("button", { name, exact: true }).click();
  await eventually(() => current(page), "fan-out-after-sync");
  assert.equal(await page.locator(".idt-answer-row").count(), 1);
  await answerOnCard(page, "no");
  assert.equal(await outcome(page), "rest");
  await eventually(() => hash(page), "#immediate=yes&fan-out=no");
});

test("Start again at an outcome clears every answer and the hash", async () => {
  const page = await open(site, "#immediate=yes&fan-out=yes&async=yes");
  assert.equal(await page.locator(".idt-answer-row").count(), 3);
  await page.getByRole("button", { name: S.restart, exact: true }).click();
  await eventually(() => current(page), "immediate");
  assert.equal(await outcome(page), null);
  await eventually(() => hash(page), "");
  assert.equal(await page.locator(".idt-summary").count(), 0);
  assert.equal(await page.locator("[data-edge][data-on-path]").count(), 0);
});

test("a permalink restores its state, also after a reload", async () => {
  const page = await open(site, "#immediate=yes&fan-out=yes&async=yes");
  assert.equal(await outcome(page), "combined");
  await page.reload();
  await page.locator(LIVE).waitFor();
  assert.equal(await outcome(page), "combined");
  assert.equal(await page.locator(".idt-answer-row").count(), 3);
});

test("browser back and forward move between steps, and focus follows", async () => {
  const page = await open(site);
  await answerOnCard(page, "no");
  await answerOnCard(page, "yes");
  await answerOnCard(page, "yes");
  assert.equal(await outcome(page), "event-driven");
  await page.goBack();
  await eventually(() => current(page), "async-fan-out");
  await focusIsOn(page, ".idt-question");
  await page.goBack();
  await eventually(() => current(page), "fan-out");
  await focusIsOn(page, ".idt-question");
  await page.goForward();
  await eventually(() => current(page), "async-fan-out");
  await page.goForward();
  await eventually(() => outcome(page), "event-driven");
  await focusIsOn(page, ".idt-headline");
});

test("a hash edited by hand on a live page moves the widget there, in canonical form", async () => {
  const page = await open(site);
  await page.evaluate(() => (location.hash = "#immediate=no&fan-out=no"));
  await eventually(() => current(page), "async");
  await page.evaluate(() => (location.hash = "#IMMEDIATE=Y&fan-out=n&async=maybe"));
  await eventually(() => outcome(page), "rest");
  assert.equal(await page.locator("[data-node][data-on-path]").last().getAttribute("data-node"), "rest-direct");
  await eventually(() => hash(page), "#immediate=yes&fan-out=no", "the edited hash is rewritten in canonical form");
  await page.evaluate(() => (location.hash = ""));
  await eventually(() => current(page), "immediate");
});

describe("a bad hash never errors", () => {
  for (const [given, at, canonical] of [
    ["#immediate=no&fan-out=maybe&latency=1", "fan-out", "#immediate=no"],
    ["#IMMEDIATE=Y;fan-out=n", "rest-direct", "#immediate=yes&fan-out=no"],
    ["#%%%<script>alert(1)</script>", "immediate", ""],
    ["#fan-out=yes&async=yes", "immediate", ""],
    ["#immediate=no&fan-out=no&async=no&extra=yes&immediate=yes", "rest-sync", "#immediate=no&fan-out=no&async=no"],
  ]) {
    test(`${given} restores what is valid`, async () => {
      const page = await open(site, given);
      const reached = await outcome(page);
      if (reached) {
        assert.equal(await page.locator("[data-node][data-on-path]").last().getAttribute("data-node"), at);
      } else {
        assert.equal(await current(page), at);
      }
      await eventually(() => hash(page), canonical, "the hash is rewritten in canonical form");
    });
  }
});

test("the diagram works from the keyboard, and focus follows each step", async () => {
  const page = await open(site);
  await page.locator('[data-edge="immediate:yes"]').focus();
  await page.keyboard.press("Enter");
  await eventually(() => current(page), "fan-out-after-sync");
  await focusIsOn(page, ".idt-question");
  await page.locator('[data-edge="fan-out-after-sync:no"]').focus();
  await page.keyboard.press(" ");
  await eventually(() => outcome(page), "rest");
  await focusIsOn(page, ".idt-headline");
  const headline = TREE.nodes.find((n) => n.id === "rest-direct").headline;
  await eventually(() => page.locator("[aria-live=polite]").textContent(), fill(S.announce_outcome, { headline }));
});

test("every focusable part of the diagram has a name that says what it does", async () => {
  const page = await open(site, "#immediate=no");
  const answered = page.locator('[data-node="immediate"]');
  assert.equal(await answered.getAttribute("role"), "button");
  const immediate = TREE.questions.immediate.text;
  const fanOut = TREE.questions["fan-out"].text;
  assert.equal(await answered.getAttribute("aria-label"), fill(S.node_answered, { n: 1, question: immediate, answer: S.no }));
  assert.equal(
    await page.locator('[data-edge="fan-out:yes"]').getAttribute("aria-label"),
    fill(S.edge_choice, { n: 2, question: fanOut, answer: S.yes }),
  );
  assert.equal(await page.locator("[aria-current=step]").getAttribute("aria-label"), fill(S.node_current, { n: 2, question: fanOut }));
});

describe("hosted under a sub-path", () => {
  const nested = useSite({ base: "/tools/integration/decision-tree/" });
  test("loads every file relative to the page and walks to an outcome", async () => {
    const page = await open(nested);
    assert.ok(nested.url.endsWith("/tools/integration/decision-tree/"));
    await answerOnCard(page, "yes");
    await answerOnCard(page, "yes");
    await answerOnCard(page, "yes");
    assert.equal(await outcome(page), "combined");
  });
});
