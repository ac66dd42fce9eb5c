// An author's tree, built into a whole site with `TREE=examples/api-style.json` (`make
// example-site`): a three-way question answered by its buttons and by the diagram, option keys in
// the permalink and the events, the page titled by the tree, and the decision record.
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { describe, test } from "node:test";
import { useSite, open, outcome, current, lastOnPath, hash, eventually } from "./fixture.mjs";

const EXAMPLE = JSON.parse(readFileSync("examples/api-style.json", "utf8"));
/** Its Dutch translation, beside it: the example site speaks Dutch too. */
const DUTCH = JSON.parse(readFileSync("examples/api-style.nl.json", "utf8"));
const site = useSite({ root: "target/example-site" });

/** The option of `question` with this key. */
const option = (question, key) => EXAMPLE.questions[question].options?.find((o) => o.key === key);

/** [permalink, outcome node, pattern], as in tests/authored.rs. */
const ROWS = [
  ["callers=front-ends&screens=yes", "graphql", "graphql"],
  ["callers=front-ends&screens=no", "front-end-rest", "rest"],
  ["callers=services&contract=yes", "grpc", "grpc"],
  ["callers=services&contract=no", "service-rest", "rest"],
  ["callers=partners", "public-rest", "rest"],
];

describe("an author's tree with a three-way question", () => {
  test("the page is the tree's, and the first question offers its three options in order", async () => {
    const page = await open(site);
    assert.equal(await page.title(), EXAMPLE.title);
    assert.equal(await page.locator("h1").innerText(), EXAMPLE.title);
    const buttons = page.locator(".idt-card .idt-choices button");
    assert.deepEqual(await buttons.evaluateAll((b) => b.map((x) => x.dataset.answer)), ["front-ends", "services", "partners"]);
    assert.deepEqual(await buttons.allInnerTexts(), EXAMPLE.questions.callers.options.map((o) => o.label));
    // Every branch of the diagram carries its option's label.
    for (const o of EXAMPLE.questions.callers.options) {
      const text = await page.locator(`[data-edge="callers:${o.key}"] text`).textContent();
      assert.ok(o.label.startsWith(text.replace(/\u2026$/, "")), `${o.key}: ${text}`);
    }
  });

  for (const [link, node, pattern] of ROWS) {
    for (const how of ["buttons", "diagram"]) {
      test(`${link} by ${how} leads to ${node}`, async () => {
        const page = await open(site);
        const pairs = link.split("&").map((p) => p.split("="));
        for (const [i, [question, key]] of pairs.entries()) {
          const at = await current(page);
          if (how === "buttons") {
            const name = option(question, key)?.label ?? { yes: "Yes", no: "No" }[key];
            await page.locator(".idt-card").getByRole("button", { name, exact: true }).click();
          } else {
            await page.locator(`[data-edge="${at}:${key}"] text`).click();
          }
          await eventually(() => hash(page), "#" + pairs.slice(0, i + 1).map((p) => p.join("=")).join("&"), `the link after ${i + 1}`);
        }
        assert.equal(await outcome(page), pattern);
        assert.equal(await lastOnPath(page), node);
      });
    }
  }

  test("a permalink opens the outcome; the events carry option keys; the record names the option", async () => {
    const page = await open(site, "index.html#callers=services");
    assert.equal(await current(page), "contract");
    const events = [];
    await page.exposeFunction("seen", (detail) => events.push(detail));
    await page.evaluate(() => document.addEventListener("idt-outcome", (e) => window.seen(e.detail)));
    await page.locator(".idt-card").getByRole("button", { name: "Yes", exact: true }).click();
    await eventually(() => events.length, 1, "one outcome event");
    assert.equal(events[0].outcome, "grpc");
    assert.deepEqual(events[0].answers, { callers: "services", contract: "yes" });
    // What would change this: the two other options of the first question and the other answer.
    const flips = await page.locator("[data-flip]").evaluateAll((b) => b.map((x) => `${x.dataset.flip}=${x.dataset.flipAnswer}>${x.dataset.flipTo}`));
    assert.deepEqual(flips, ["callers=front-ends>question", "callers=partners>rest", "contract=no>rest"]);
  });

  test("in Dutch: the author's words translated, the borrowed ones in Dutch, the same keys", async () => {
    const page = await open(site, "index.html?lang=nl#callers=services");
    assert.equal(await page.locator("h1").innerText(), DUTCH.title);
    assert.equal(await page.locator(".idt-question").innerText(), DUTCH.questions.contract.text);
    // The tree's yes/no question borrows the interface's "Ja"/"Nee"; its summary row says
    // the three-way answer in Dutch.
    await page.locator(".idt-card").getByRole("button", { name: "Ja", exact: true }).click();
    await eventually(() => outcome(page), "grpc");
    assert.equal(await hash(page), "#callers=services&contract=yes");
    assert.equal((await page.locator(".idt-headline").innerText()).trim(), DUTCH.nodes.grpc.headline);
    assert.ok((await page.locator(".idt-answer-given").allInnerTexts()).includes(DUTCH.questions.callers.options.services.label));
  });
});
