// The authoring page: problems appear with their line as you type and take the cursor there;
// a fixed tree shows in the live preview; the text survives a reload; the download holds the
// text; and the page works offline after one visit.
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { test } from "node:test";
import { entry } from "../scripts/lib/dist.mjs";
import { useSite, open, eventually } from "./fixture.mjs";

const site = useSite();
const EXAMPLE = JSON.parse(readFileSync("examples/api-style.json", "utf8"));
const PREVIEW = "integration-decision-tree";

async function openAuthor(context = {}) {
  const page = await open(site, "author.html", { wait: `${PREVIEW} .idt:not([data-prerendered])`, context });
  await page.locator(".author-problems li").first().waitFor();
  return page;
}

/** Replaces the editor's text as a person would, with one input event. */
async function type(page, text) {
  await page.locator("textarea[name=tree]").fill(text);
}

const questionInPreview = (page) => page.locator(`${PREVIEW} .idt-question`).textContent();

test("a problem appears with its line, takes the cursor there, and fixing it updates the preview", async () => {
  const page = await openAuthor();
  assert.equal(await questionInPreview(page), EXAMPLE.questions.callers.text, "starts from the example");
  assert.equal(await page.locator(".author-none").count(), 1, "no problems in the example");

  const broken = structuredClone(EXAMPLE);
  broken.nodes[0].next.partners = "nowhere";
  const text = JSON.stringify(broken, null, 2);
  await type(page, text);
  const problem = page.locator('.author-problems button[data-error-path="/nodes/callers/next/partners"]');
  await problem.waitFor();
  const line = text.slice(0, text.indexOf('"nowhere"')).split("\n").length;
  assert.equal(await problem.getAttribute("data-line"), String(line));
  assert.match(await problem.textContent(), /nowhere/);
  assert.equal(await page.locator(`${PREVIEW} [data-tree-errors]`).count(), 1, "the preview shows the panel");
  await problem.click();
  const caretLine = await page.locator("textarea[name=tree]").evaluate((t) => t.value.slice(0, t.selectionStart).split("\n").length);
  assert.equal(caretLine, line, "the cursor is on the problem's line");

  const fixed = structuredClone(EXAMPLE);
  fixed.questions.callers.text = "Who will call this API?";
  await type(page, JSON.stringify(fixed, null, 2));
  await eventually(() => questionInPreview(page).catch(() => null), "Who will call this API?", "the preview shows the fixed tree");
  await eventually(() => page.locator(".author-none").count(), 1, "no problems left");
});

test("the text survives a reload, the download holds it, and the page marks what is not downloaded", async () => {
  const page = await openAuthor();
  assert.equal(await page.evaluate(() => document.body.hasAttribute("data-unsaved")), false, "the untouched example has nothing to lose");
  const mine = structuredClone(EXAMPLE);
  mine.title = "Mine";
  const text = JSON.stringify(mine, null, 2);
  await type(page, text);
  assert.equal(await page.evaluate(() => document.body.hasAttribute("data-unsaved")), true);
  // Leaving with changes not downloaded asks first.
  const asked = [];
  page.on("dialog", (dialog) => {
    asked.push(dialog.type());
    dialog.accept();
  });
  await page.reload();
  assert.deepEqual(asked, ["beforeunload"], "the page asked before leaving");
  await page.locator(`${PREVIEW} .idt:not([data-prerendered])`).waitFor();
  assert.equal(await page.locator("textarea[name=tree]").inputValue(), text, "restored after a reload");
  const [download] = await Promise.all([page.waitForEvent("download"), page.locator("button[name=download]").click()]);
  assert.equal(download.suggestedFilename(), "mine.json");
  assert.equal(readFileSync(await download.path(), "utf8"), text);
  assert.equal(await page.evaluate(() => document.body.hasAttribute("data-unsaved")), false, "downloaded");
  // Downloaded: leaving asks nothing.
  await page.reload();
  await page.locator(`${PREVIEW} .idt:not([data-prerendered])`).waitFor();
  assert.deepEqual(asked, ["beforeunload"], "no question once downloaded");
});

test("the inline snippet keeps the tree inside its script element, whatever the tree says", async () => {
  const page = await openAuthor({ permissions: ["clipboard-read", "clipboard-write"] });
  const hostile = structuredClone(EXAMPLE);
  hostile.title = "<!--<script>";
  hostile.questions.callers.text = "</script><img src=x onerror=alert(1)>";
  await type(page, JSON.stringify(hostile, null, 2));
  await page.locator("button[name=copy-inline]").click();
  const snippet = await page.evaluate(() => navigator.clipboard.readText());
  assert.equal(snippet.match(/</g).length, 6, "only the snippet's own tags have a <");
  // The host page parses it back to the same tree.
  const parsed = await page.evaluate((html) => {
    const doc = new DOMParser().parseFromString(`<body>${html}</body>`, "text/html");
    return JSON.parse(doc.querySelector('integration-decision-tree > script[type="application/json"]').textContent);
  }, snippet);
  assert.deepEqual(parsed, hostile);
});

test("the iframe snippet points tree.html at the tree file, whatever the title says", async () => {
  const page = await openAuthor({ permissions: ["clipboard-read", "clipboard-write"] });
  const hostile = structuredClone(EXAMPLE);
  hostile.title = 'Which "API" <style> & why';
  await type(page, JSON.stringify(hostile, null, 2));
  await page.locator("button[name=copy-iframe]").click();
  const snippet = await page.evaluate(() => navigator.clipboard.readText());
  const frame = await page.evaluate((html) => {
    const doc = new DOMParser().parseFromString(`<body>${html}</body>`, "text/html");
    const iframe = doc.body.firstElementChild;
    return { count: doc.body.querySelectorAll("*").length, tag: iframe.localName, src: iframe.getAttribute("src"), title: iframe.title };
  }, snippet);
  assert.deepEqual(frame, { count: 1, tag: "iframe", src: `${site.url}tree.html?src=which-api-style-why.json`, title: hostile.title });
  assert.match(await page.locator("#author-status").textContent(), /which-api-style-why\.json next to tree\.html/);
});

test("after one visit, the authoring page works offline", async () => {
  const page = await openAuthor();
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller) {
      await new Promise((done) => navigator.serviceWorker.addEventListener("controllerchange", done, { once: true }));
    }
  });
  const needs = entry("dist", "authoring").loads.filter((f) => f !== "sw.js");
  const stored = async () => {
    const have = await page.evaluate(async () => {
      const paths = [];
      for (const name of (await caches.keys()).filter((n) => n.startsWith("idt-release-"))) {
        for (const request of await (await caches.open(name)).keys()) paths.push(new URL(request.url).pathname.split("/").pop());
      }
      return paths;
    });
    return needs.every((f) => have.includes(f));
  };
  await eventually(stored, true, "the authoring page's files are stored");
  const mine = structuredClone(EXAMPLE);
  mine.questions.callers.text = "Offline?";
  await type(page, JSON.stringify(mine, null, 2));
  await eventually(() => questionInPreview(page).catch(() => null), "Offline?", "typed");
  await page.context().setOffline(true);
  await page.reload();
  await page.locator(`${PREVIEW} .idt:not([data-prerendered])`).waitFor();
  assert.equal(await questionInPreview(page), "Offline?", "the text and the preview work offline");
});
