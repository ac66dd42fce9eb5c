// Moving around a walk: rewinding from the diagram, Back, Change, Start again, permalinks,
// browser history, bad hashes, keyboard use and hosting under a sub-path.
import assert from "node:assert/strict";
import { describe, test } from "node:test";
import {
  useSite, open, outcome, current, answerOnCard, answerOnDiagram, hash, focusedText,
} from "./fixture.mjs";

const site = useSite();

test("choosing an answered question in the diagram rewinds to it", async () => {
  const page = await open(site);
  await answerOnDiagram(page, "no");
  await answerOnDiagram(page, "yes");
  assert.equal(await current(page), "async-fan-out");
  await page.locator('[data-node="immediate"] text').first().click();
  assert.equal(await current(page), "immediate");
  assert.equal(await page.locator("[data-edge][data-on-path]").count(), 0, "later answers are dropped");
  assert.equal(await hash(page), "");
  assert.equal(await focusedText(page), await page.locator(".idt-question").textContent());
  page.assertClean();
  await page.closeAll();
});

test("Back undoes one answer, even from an outcome", async () => {
  const page = await open(site, "#immediate=no&fan-out=yes&async=yes");
  assert.equal(await outcome(page), "event-driven");
  await page.getByRole("button", { name: "Back", exact: true }).click();
  assert.equal(await outcome(page), null);
  assert.equal(await current(page), "async-fan-out");
  assert.equal(await hash(page), "#immediate=no&fan-out=yes");
  await page.getByRole("button", { name: "Back", exact: true }).click();
  assert.equal(await current(page), "fan-out");
  await page.closeAll();
});

test("Change goes back to that question and drops later answers", async () => {
  const page = await open(site, "#immediate=yes&fan-out=yes&async=no");
  assert.equal(await outcome(page), "rest");
  const change = page.getByRole("button", { name: /^Change your answer to question 2/ });
  await change.click();
  assert.equal(await current(page), "fan-out-after-sync");
  assert.equal(await page.locator(".idt-answer-row").count(), 1);
  await answerOnCard(page, "no");
  assert.equal(await outcome(page), "rest");
  assert.equal(await hash(page), "#immediate=yes&fan-out=no");
  await page.closeAll();
});

test("Start again clears every answer and the hash", async () => {
  const page = await open(site, "#immediate=yes&fan-out=yes&async=yes");
  await page.getByRole("button", { name: "Start again", exact: true }).click();
  assert.equal(await outcome(page), null);
  assert.equal(await current(page), "immediate");
  assert.equal(await hash(page), "");
  assert.equal(await page.locator(".idt-summary").count(), 0);
  await page.closeAll();
});

test("a permalink restores its state, also after a reload", async () => {
  const page = await open(site, "#immediate=yes&fan-out=yes&async=yes");
  assert.equal(await outcome(page), "combined");
  await page.reload();
  await page.locator(".idt").waitFor();
  assert.equal(await outcome(page), "combined");
  assert.equal(await page.locator(".idt-answer-row").count(), 3);
  page.assertClean();
  await page.closeAll();
});

test("browser back and forward move between steps", async () => {
  const page = await open(site);
  await answerOnCard(page, "no");
  await answerOnCard(page, "yes");
  await answerOnCard(page, "yes");
  assert.equal(await outcome(page), "event-driven");
  await page.goBack();
  await page.waitForFunction(() => !document.querySelector(".idt[data-outcome]"));
  assert.equal(await current(page), "async-fan-out");
  await page.goBack();
  await page.waitForFunction(() => document.querySelector('[data-node="fan-out"][aria-current=step]'));
  await page.goForward();
  await page.waitForFunction(() => document.querySelector('[data-node="async-fan-out"][aria-current=step]'));
  await page.goForward();
  await page.waitForFunction(() => document.querySelector(".idt[data-outcome=event-driven]"));
  page.assertClean();
  await page.closeAll();
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
      assert.equal(await hash(page), canonical, "the hash is rewritten in canonical form");
      page.assertClean();
      await page.closeAll();
    });
  }
});

test("the diagram works from the keyboard, and focus follows each step", async () => {
  const page = await open(site);
  const choice = page.locator('[data-edge="immediate:yes"]');
  await choice.focus();
  await page.keyboard.press("Enter");
  assert.equal(await current(page), "fan-out-after-sync");
  assert.equal(await focusedText(page), (await page.locator(".idt-question").textContent()).trim());
  await page.locator('[data-edge="fan-out-after-sync:no"]').focus();
  await page.keyboard.press(" ");
  assert.equal(await outcome(page), "rest");
  assert.equal(await focusedText(page), (await page.locator(".idt-headline").textContent()).trim());
  const live = await page.locator("[aria-live=polite]").textContent();
  assert.match(live, /^Recommendation: /);
  await page.closeAll();
});

test("every focusable part of the diagram has a name that says what it does", async () => {
  const page = await open(site, "#immediate=no");
  const answered = page.locator('[data-node="immediate"]');
  assert.equal(await answered.getAttribute("role"), "button");
  assert.match(await answered.getAttribute("aria-label"), /^Question 1: .+\? Answered No\./);
  assert.match(await page.locator('[data-edge="fan-out:yes"]').getAttribute("aria-label"), /^Answer Yes to question 2: Must several systems react/);
  const current = page.locator("[aria-current=step]");
  assert.match(await current.getAttribute("aria-label"), /^Question 2: .+ Current question\.$/);
  await page.closeAll();
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
    page.assertClean();
    await page.closeAll();
  });
});
