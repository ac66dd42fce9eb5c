// Authors' trees in the custom element: from `src`, from an inline JSON script and from the
// `tree` property, each walked to an outcome with its events; swapped live; and broken trees,
// each replaced by a panel that lists its problems, beside a widget that keeps working.
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { describe, test } from "node:test";
import { useSite, open, eventually, S } from "./fixture.mjs";

const EXAMPLE = readFileSync("examples/api-style.json", "utf8");
const TREE = JSON.parse(EXAMPLE);
const host = (body, script = "") => `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Trees</title>
<link rel="icon" href="data:,"><script type="module" src="./embed.js"></script></head>
<body><main>${body}</main>${script ? `<script type="module">${script}</script>` : ""}</body></html>`;
const escapeHtml = (text) => text.replaceAll("&", "&amp;").replaceAll("<", "&lt;");

// A dangling reference, an option without a label, a node that asks an unknown question.
const BROKEN = structuredClone(TREE);
BROKEN.nodes[0].next.partners = "nowhere";
BROKEN.questions.callers.options[1].label = "";
const BROKEN_TEXT = JSON.stringify(BROKEN, null, 2);

const site = useSite({
  pages: {
    "trees/api-style.json": EXAMPLE,
    "trees/broken.json": BROKEN_TEXT,
    "sources.html": host(
      `<integration-decision-tree id="by-src" loading="eager" src="trees/api-style.json"></integration-decision-tree>
<integration-decision-tree id="inline" loading="eager"><script type="application/json">${escapeHtml(EXAMPLE)}</script></integration-decision-tree>
<integration-decision-tree id="by-property" loading="eager"></integration-decision-tree>`,
      `fetch("trees/api-style.json").then((r) => r.json()).then((tree) => { document.getElementById("by-property").tree = tree; });`,
    ),
    "broken.html": host(
      `<integration-decision-tree id="not-json" loading="eager"><script type="application/json">{
  "title": "Broken",
  "start": "a",,
}</script></integration-decision-tree>
<integration-decision-tree id="missing" loading="eager" src="trees/nothing-here.json"></integration-decision-tree>
<integration-decision-tree id="graph" loading="eager" src="trees/broken.json"></integration-decision-tree>
<integration-decision-tree id="fine" loading="eager"></integration-decision-tree>`,
    ),
  },
});

const inside = (page, id) => page.locator(`#${id}`);
const question = (page, id) => inside(page, id).locator(".idt-question");

async function answer(page, id, label) {
  const before = await question(page, id).textContent();
  await inside(page, id).locator(".idt-card").getByRole("button", { name: label, exact: true }).click();
  await page.waitForFunction(
    ([host, text]) => document.getElementById(host).shadowRoot.querySelector(".idt-question")?.textContent !== text,
    [id, before],
  );
}

describe("an author's tree in the element", () => {
  test("from src, inline and the tree property: each renders, walks to its outcome and tells the host", async () => {
    const page = await open(site, "sources.html", { wait: "#by-property .idt:not([data-prerendered])" });
    const events = [];
    await page.exposeFunction("seen", (id, detail) => events.push([id, detail]));
    await page.evaluate(() => document.addEventListener("idt-outcome", (e) => window.seen(e.target.id, e.detail)));
    for (const id of ["by-src", "inline", "by-property"]) {
      await inside(page, id).locator(".idt:not([data-prerendered])").waitFor();
      assert.equal(await question(page, id).textContent(), TREE.questions.callers.text, id);
      assert.equal(await inside(page, id).locator(".idt-choices button").count(), 3, `${id}: three options`);
      // A branch label too long for its pill is drawn shortened, whole in its tooltip.
      const partners = inside(page, id).locator('[data-edge="callers:partners"]');
      assert.match(await partners.locator('[data-part="pill-text"]').textContent(), /…$/, `${id}: shortened`);
      assert.equal(await partners.locator("title").textContent(), "Other organisations", `${id}: tooltip`);
      await answer(page, id, "Our services");
      await inside(page, id).locator(".idt-card").getByRole("button", { name: S.yes, exact: true }).click();
      await eventually(() => events.filter(([at]) => at === id).length, 1, `${id}: one outcome event`);
      const [, detail] = events.find(([at]) => at === id);
      assert.equal(detail.outcome, "grpc", id);
      assert.deepEqual(detail.answers, { callers: "services", contract: "yes" }, id);
      assert.equal(await inside(page, id).locator(".idt").getAttribute("data-outcome"), "grpc");
    }
  });

  test("changing src or the tree property swaps the tree live", async () => {
    const page = await open(site, "broken.html", { wait: "#fine .idt:not([data-prerendered])" });
    page.expectProblem(/404|nothing-here/);
    await page.evaluate(() => document.getElementById("fine").setAttribute("src", "trees/api-style.json"));
    await eventually(() => question(page, "fine").textContent().catch(() => null), TREE.questions.callers.text, "the new tree's first question");
    await page.evaluate(() => {
      const element = document.getElementById("fine");
      element.removeAttribute("src");
      element.tree = { title: "One", start: "q", questions: { q: { label: "Q", text: "Ready?" } }, patterns: { p: { name: "P" } },
        nodes: [{ id: "q", ask: "q", yes: "a", no: "b" }, { id: "a", outcome: "p", label: "A", headline: "A.", why: "A." },
          { id: "b", outcome: "p", label: "B", headline: "B.", why: "B." }] };
    });
    await eventually(() => question(page, "fine").textContent().catch(() => null), "Ready?", "the property's tree");
    await page.evaluate(() => { document.getElementById("fine").tree = null; });
    await eventually(() => question(page, "fine").textContent().catch(() => null), readTree().questions.immediate.text, "back to the built-in tree");
  });
});

function readTree() {
  return JSON.parse(readFileSync("data/tree.json", "utf8"));
}

describe("a tree that cannot be used", () => {
  test("bad JSON, a missing file and a broken graph each show their problems; the widget beside them works", async () => {
    const page = await open(site, "broken.html", { wait: "#fine .idt:not([data-prerendered])" });
    page.expectProblem(/404|nothing-here/);
    const panel = (id) => inside(page, id).locator("[data-tree-errors]");
    for (const id of ["not-json", "missing", "graph"]) {
      await panel(id).waitFor();
      assert.equal(await panel(id).getAttribute("role"), "alert", id);
      assert.equal(await panel(id).locator("h2").textContent(), S.tree_errors_heading, id);
    }
    // Not JSON: the parser's complaint, with the line and column where the text broke.
    const syntax = panel("not-json").locator("li");
    assert.equal(await syntax.count(), 1);
    assert.match(await syntax.textContent(), /not valid JSON/);
    assert.equal(await syntax.getAttribute("data-line"), "3", "the line with the stray comma");
    // A missing file: which URL, and how it failed.
    const missing = await panel("missing").textContent();
    assert.match(missing, /trees\/nothing-here\.json/);
    assert.match(missing, /404/);
    // A broken graph: each problem with its node, its path and its line in the file.
    const items = panel("graph").locator("li");
    const entries = await items.evaluateAll((list) => list.map((li) => [li.dataset.errorPath, li.dataset.errorNode ?? null, li.dataset.line ?? null]));
    const line = (needle) => String(BROKEN_TEXT.slice(0, BROKEN_TEXT.indexOf(needle)).split("\n").length);
    assert.deepEqual(entries.find(([path]) => path === "/nodes/callers/next/partners"), ["/nodes/callers/next/partners", "callers", line('"partners": "nowhere"')]);
    assert.deepEqual(entries.find(([path]) => path === "/questions/callers/options/1/label"), ["/questions/callers/options/1/label", null, line('"label": ""')]);
    assert.match(await panel("graph").textContent(), /trees\/broken\.json/, "the panel says where the tree came from");
    // Nothing thrown into the host page, and the built-in widget beside them walks on.
    await inside(page, "fine").locator(".idt-card").getByRole("button", { name: S.no, exact: true }).click();
    await eventually(() => inside(page, "fine").locator("[data-node][aria-current=step]").getAttribute("data-node"), "fan-out", "the working widget moved on");
  });

  test("markup and bidi overrides in an author's tree stay text", async () => {
    const page = await open(site, "sources.html", { wait: "#by-property .idt:not([data-prerendered])" });
    await page.evaluate(() => {
      const element = document.getElementById("inline");
      element.tree = { title: "<b>t</b>", start: "q", questions: { q: { label: "<img src=x onerror=alert(1)>", text: "<script>alert(2)</script> \u202eevil" } },
        patterns: { p: { name: "<i>P</i>" } },
        nodes: [{ id: "q", ask: "q", yes: "a", no: "b" }, { id: "a", outcome: "p", label: "javascript:alert(3)", headline: "<u>A</u>", why: "A." },
          { id: "b", outcome: "p", label: "B", headline: "B.", why: "B." }] };
    });
    // Shown as text; the override the author opened is closed where the text ends (U+202C), so
    // nothing after it on the page is turned around.
    await eventually(() => question(page, "inline").textContent().catch(() => null), "<script>alert(2)</script> \u202eevil\u202c", "shown as text");
    assert.equal(await inside(page, "inline").locator(".idt").locator("img, script, b, i, u").count(), 0);
  });

  test("tree.html?src= shows an author's tree from its own site, and never one from another", async () => {
    const page = await open(site, "tree.html?src=trees/api-style.json&theme=dark");
    const frame = page.locator("#app");
    assert.equal(await frame.locator(".idt-question").textContent(), TREE.questions.callers.text);
    assert.equal(await frame.locator(".idt").getAttribute("data-theme"), "dark", "the query's settings reach the element");
    await frame.locator(".idt-card").getByRole("button", { name: "Our services", exact: true }).click();
    await frame.locator(".idt-card").getByRole("button", { name: S.yes, exact: true }).click();
    await eventually(() => frame.locator(".idt").getAttribute("data-outcome"), "grpc", "walked to its outcome");
    // Opened on its own it is a page: the answers go into its address, and that link reopens
    // this tree at this outcome.
    await eventually(() => page.evaluate(() => /callers=services/.test(location.hash)), true, "a permalink");
    const link = await page.evaluate(() => location.href);
    const again = await open(site, null);
    await again.goto(link);
    await eventually(() => again.locator("#app .idt").getAttribute("data-outcome").catch(() => null), "grpc", "the link reopens the outcome");

    const asked = [];
    const foreign = await open(site, null);
    foreign.on("request", (request) => asked.push(request.url()));
    for (const src of ["https://example.org/tree.json", "//example.org/tree.json", "http://[bad"]) {
      await foreign.goto(`${site.url}tree.html?src=${encodeURIComponent(src)}`);
      const refusal = foreign.locator(".page-alert[role=alert]");
      await refusal.waitFor();
      assert.match(await refusal.textContent(), /own site only/, src);
      assert.ok((await refusal.textContent()).includes(src.startsWith("//") ? "https://example.org/tree.json".replace("https:", new URL(site.url).protocol) : src), "names what it refused");
      assert.equal(await foreign.locator(".idt, integration-decision-tree").count(), 0, `${src}: no widget`);
      assert.ok(await refusal.isVisible(), "shown");
    }
    // In the reader's language.
    await foreign.goto(`${site.url}tree.html?lang=nl&src=${encodeURIComponent("https://example.org/tree.json")}`);
    assert.match(await foreign.locator(".page-alert[role=alert]").textContent(), /alleen beslisbomen van haar eigen site/);
    assert.equal(await foreign.locator(".page-alert").getAttribute("lang"), "nl");
    assert.deepEqual(asked.filter((url) => !url.startsWith(site.url)), [], "nothing fetched from another site");
    assert.ok(!asked.some((url) => /authoring/.test(url)), "nor the widget, for nothing to show");

    // Nor through a redirect on its own site (an open redirect must not smuggle a tree in).
    let served = 0;
    const smuggled = await open(site, null, {
      before: async (page) => {
        await page.route("**/trees/elsewhere.json", (route) => route.fulfill({ status: 302, headers: { location: "http://other.test/tree.json" } }));
        await page.route("http://other.test/**", (route) => {
          served++;
          route.fulfill({ status: 200, contentType: "application/json", headers: { "access-control-allow-origin": "*" }, body: EXAMPLE });
        });
      },
    });
    // Chromium logs its refusal to follow the redirect: expected here.
    smuggled.expectProblem(/Unsafe attempt to load URL http:\/\/other\.test\//);
    await smuggled.goto(`${site.url}tree.html?src=trees/elsewhere.json`);
    const panel = smuggled.locator("[data-tree-errors]");
    await panel.waitFor();
    assert.match(await panel.textContent(), /must come from this site/);
    assert.equal(served, 0, "the other site was never asked");
    assert.equal(await smuggled.locator(".idt-question").count(), 0);

    // A widget that cannot load says so, with a way to try again, rather than leaving the frame
    // blank.
    const offline = await open(site, null, { before: (page) => page.route("**/authoring-*.wasm", (route) => route.abort()) });
    // The aborted request is logged by the browser: expected here.
    offline.expectProblem(/net::ERR_FAILED|Failed to load resource/);
    await offline.goto(`${site.url}tree.html?src=trees/api-style.json`);
    const failed = offline.locator("[data-load-failed][role=alert]");
    await failed.waitFor();
    assert.match(await failed.textContent(), new RegExp(S.page_load_failed));
    await offline.unroute("**/authoring-*.wasm");
    await failed.getByRole("button", { name: S.page_retry, exact: true }).click();
    await offline.locator(".idt-question").waitFor();

    // A file that is not a tree gets the problem panel; without `src` the page is embed.html.
    const broken = await open(site, "tree.html?src=trees/broken.json", { wait: "[data-tree-errors]" });
    assert.match(await broken.locator("[data-tree-errors]").textContent(), /nowhere/);
    const plain = await open(site, "tree.html?theme=dark");
    await plain.waitForURL(/embed\.html\?theme=dark$/);
  });
});
