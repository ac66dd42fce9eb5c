// Failures you can see: when the wasm, its glue or the tree cannot be loaded (missing or
// truncated), the page, the iframe page and the element say so in place, in the reader's
// language, announced, with a button that tries again; a console warning names the file and
// how it failed; nothing is thrown into the page. And a page that already defines the element's
// tag hears of it once.
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { describe, test } from "node:test";
import { site as described } from "../scripts/lib/dist.mjs";
import { LIVE, S, useSite, open } from "./fixture.mjs";

const NL = JSON.parse(readFileSync("data/tree.nl.json", "utf8")).strings;
const { files } = described("dist");
const host = (attributes = "", before = "") => `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Host</title><link rel="icon" href="data:,">
${before}<script type="module" src="./embed.js"></script></head><body><main><integration-decision-tree loading="eager" ${attributes}></integration-decision-tree></main></body></html>`;
const site = useSite({
  pages: {
    "host.html": host(),
    "host-nl.html": host('lang="nl"'),
    "taken.html": host("", `<script>customElements.define("integration-decision-tree", class extends HTMLElement {});</script>`),
  },
});

/** How a file fails: answered 404, or served cut in half (a truncated download). */
const FAULTS = {
  missing: (route) => route.fulfill({ status: 404, body: "not found", headers: { "access-control-allow-origin": "*" } }),
  truncated: async (route) => {
    const response = await route.fetch();
    const body = await response.body();
    await route.fulfill({ response, body: body.subarray(0, Math.floor(body.length / 2)) });
  },
};

/**
 * Opens `path` with `file` failing as `fault`, checks the failure panel and the console's word
 * on it, then lets the file through and tries again: the live widget appears.
 */
async function failsVisibly(path, file, fault, { words = S, scope = (page) => page } = {}) {
  const warnings = [];
  const page = await open(site, null, {
    before: async (page) => {
      page.on("console", (m) => m.type() === "warning" && warnings.push(m.text()));
      await page.route(`**/${file}`, FAULTS[fault]);
    },
  });
  // The browser logs a failed load; the widget's own word is a warning, below.
  page.expectProblem(/Failed to load|404|status of 404|net::ERR/);
  await page.goto(site.url + path);
  const panel = scope(page).locator("[data-load-failed][role=alert]");
  await panel.waitFor();
  assert.equal((await panel.locator("p").textContent()).trim(), words.page_load_failed);
  assert.equal(await scope(page).locator(".idt-question").count(), 0, "no dimmed first state left pretending");
  assert.ok(
    warnings.some((w) => w.includes(file.replace("*", "")) || w.includes(file.split("-")[0])),
    `a warning names the file: ${warnings.join(" | ")}`,
  );
  if (fault === "missing") assert.ok(warnings.some((w) => /404/.test(w)), `and its status: ${warnings.join(" | ")}`);
  await page.unroute(`**/${file}`);
  await panel.getByRole("button", { name: words.page_retry, exact: true }).click();
  await scope(page).locator(`${LIVE} .idt-question`).waitFor();
  assert.equal(await scope(page).locator("[data-load-failed]").count(), 0, "after trying again, the widget");
}

describe("a widget that cannot load says so, with a way to try again", () => {
  for (const fault of Object.keys(FAULTS)) {
    test(`index.html with its wasm ${fault}`, () => failsVisibly("index.html", files.wasm.widget, fault));
    test(`embed.html with its wasm ${fault}`, () => failsVisibly("embed.html", files.wasm.widget, fault));
    test(`tree.html with its wasm ${fault}`, () => failsVisibly("tree.html?src=tree.en-x.json".replace("tree.en-x.json", files.trees.en), files.wasm.authoring, fault));
    const element = { scope: (page) => page.locator("integration-decision-tree") };
    test(`the element with its wasm ${fault}`, () => failsVisibly("host.html", files.wasm.widget, fault, element));
    test(`the element with its glue ${fault}`, () => failsVisibly("host.html", files.glue.widget, fault, element));
    test(`the element with its tree ${fault}`, () => failsVisibly("host.html", files.trees.en, fault, element));
  }
  test("index.html whose own script is missing", () => failsVisibly("index.html", "page-*.js", "missing"));
  test("the page in Dutch says it in Dutch", () => failsVisibly("index.html?lang=nl", files.wasm.widget, "missing", { words: NL }));
  test("the element in Dutch says it in Dutch", () =>
    failsVisibly("host-nl.html", files.wasm.widget, "missing", { words: NL, scope: (page) => page.locator("integration-decision-tree") }));
});

test("a page that already defines the element's tag hears of it once, and nothing breaks", async () => {
  const warnings = [];
  const page = await open(site, null, { before: (page) => page.on("console", (m) => m.type() === "warning" && warnings.push(m.text())) });
  await page.goto(site.url + "taken.html");
  await page.waitForFunction(() => document.readyState === "complete");
  await page.waitForTimeout(300);
  const about = warnings.filter((w) => w.includes("already defines <integration-decision-tree>"));
  assert.equal(about.length, 1, warnings.join(" | "));
  assert.equal(await page.locator("integration-decision-tree .idt").count(), 0, "its elements are left to the other definition");
});
