// Languages: the page with ?lang=nl, the element with lang="nl" (or a Dutch host page), a Dutch
// browser; every row of the golden table walked in Dutch by the card and by the diagram, with
// Dutch accessible names; switching language keeps the answers; the Dutch decision record;
// axe in Dutch; 320 px wide in Dutch and right to left without sideways scrolling.
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { test } from "node:test";
import { AxeBuilder } from "@axe-core/playwright";
import { LIVE, OUTCOME_HASHES, ROWS, S, TREE, current, eventually, hashOf, open, outcome, useSite } from "./fixture.mjs";

/** The Dutch translation, as written: the names the tests look for. */
const NL = JSON.parse(readFileSync("data/tree.nl.json", "utf8"));
const fill = (template, values) => template.replace(/\{(\w+)\}/g, (whole, name) => values[name] ?? whole);

const element = (attributes, htmlLang = "en", dir = "ltr") =>
  `<!doctype html><html lang="${htmlLang}" dir="${dir}"><head><meta charset="utf-8"><title>Host</title><link rel="icon" href="data:,">
<meta name="viewport" content="width=device-width, initial-scale=1">
<script type="module" src="./embed.js"></script></head><body><main><h1>Host</h1>
<integration-decision-tree loading="eager" ${attributes}></integration-decision-tree></main></body></html>`;

const site = useSite({
  pages: {
    "element-nl.html": element('lang="nl"'),
    "host-nl.html": element("", "nl"),
    "host-nl-element-en.html": element('lang="en"', "nl"),
    "element-nl-be.html": element('lang="nl-BE"'),
    "rtl.html": element('lang="nl"', "nl", "rtl"),
  },
});

/** Answers the current question in Dutch: the card's "Ja"/"Nee", or the diagram's branch. */
async function answerInDutch(page, answer, how, number) {
  const at = await current(page);
  assert.ok(at, "there is a question to answer");
  const name = NL.strings[answer];
  if (how === "card") {
    await page.locator(".idt-card").getByRole("button", { name, exact: true }).click();
  } else {
    const node = TREE.nodes.find((n) => n.id === at);
    const question = NL.questions[node.ask].text;
    const branch = page.getByRole("button", { name: fill(NL.strings.edge_choice, { answer: name, n: number, question }), exact: true });
    assert.equal(await branch.getAttribute("data-edge"), `${at}:${answer}`);
    await branch.locator("text").click();
  }
  await page.waitForFunction(
    (id) => ![...document.querySelectorAll("*")].some((e) => (e.shadowRoot ?? e).querySelector?.(`[data-node="${id}"][aria-current=step]`)),
    at,
  );
}

/** Walks every row of the golden table on `path`, by card and by diagram. */
async function walkAllRowsInDutch(path) {
  const page = await open(site, path);
  for (const how of ["card", "diagram"]) {
    for (const row of ROWS) {
      await page.goto(`${site.url}${path}`);
      await page.locator(LIVE).waitFor();
      assert.equal(await page.locator(LIVE).getAttribute("lang"), "nl");
      for (const [i, answer] of row.answers.entries()) await answerInDutch(page, answer, how, i + 1);
      assert.equal(await outcome(page), row.pattern, `${how}: ${row.link}`);
      // The outcome's heading is Dutch: the node's own headline.
      const headline = NL.nodes[row.node].headline;
      assert.equal((await page.locator(".idt-headline").first().textContent()).trim(), headline);
    }
  }
  return page;
}

test("index.html?lang=nl walks every row in Dutch, by card and by diagram", async () => {
  const page = await walkAllRowsInDutch("index.html?lang=nl");
  // The page around the widget speaks Dutch too.
  assert.equal(await page.evaluate(() => document.documentElement.lang), "nl");
  assert.equal(await page.locator("h1").textContent(), NL.title);
  // Its title names the step, in Dutch, in front of the page's own Dutch title.
  const label = NL.nodes[ROWS.at(-1).node].label ?? TREE.nodes.find((n) => n.id === ROWS.at(-1).node).label;
  const step = NL.strings.outcome_kicker.replace("{outcome}", label);
  assert.equal(await page.title(), NL.strings.title_step.replace("{step}", step).replace("{title}", NL.strings.page_title));
  assert.equal(await page.getByRole("link", { name: "Nederlands" }).getAttribute("aria-current"), "true");
});

test('<integration-decision-tree lang="nl"> walks every row in Dutch, by card and by diagram', async () => {
  const page = await walkAllRowsInDutch("element-nl.html");
  // The host page keeps its own language; the events speak keys, not words.
  assert.equal(await page.evaluate(() => document.documentElement.lang), "en");
  await page.goto(`${site.url}element-nl.html`);
  await page.locator(LIVE).waitFor();
  const detail = page.evaluate(
    () => new Promise((done) => document.querySelector("integration-decision-tree").addEventListener("idt-answer", (e) => done(e.detail), { once: true })),
  );
  await page.locator(".idt-card").getByRole("button", { name: "Ja", exact: true }).click();
  const { question, answer } = await detail;
  assert.deepEqual({ question, answer }, { question: "immediate", answer: "yes" });
});

test("which language: the element's lang, then the host page's, then the browser's", async () => {
  const language = async (path, context = {}) => {
    const page = await open(site, path, { context });
    return [await page.locator(LIVE).getAttribute("lang"), (await page.locator(".idt-card button[data-answer=yes]").textContent()).trim()];
  };
  assert.deepEqual(await language("host-nl.html"), ["nl", "Ja"]);
  assert.deepEqual(await language("host-nl-element-en.html"), ["en", S.yes]);
  assert.deepEqual(await language("element-nl-be.html"), ["nl", "Ja"]);
  // A page of our own: ?lang= first, then the browser's languages.
  assert.deepEqual(await language("index.html", { locale: "nl-NL" }), ["nl", "Ja"]);
  assert.deepEqual(await language("index.html?lang=en", { locale: "nl-NL" }), ["en", S.yes]);
  assert.deepEqual(await language("index.html?lang=fr"), ["en", S.yes]);
  assert.deepEqual(await language("embed.html?lang=nl"), ["nl", "Ja"]);
});

test("switching language keeps the answers", async () => {
  const page = await open(site, "index.html");
  await page.locator(".idt-card").getByRole("button", { name: S.yes, exact: true }).click();
  await eventually(() => current(page), "fan-out-after-sync");
  await page.getByRole("link", { name: "Nederlands" }).click();
  await page.waitForURL(/\?lang=nl#immediate=yes$/);
  await page.locator(LIVE).waitFor();
  assert.equal(await current(page), "fan-out-after-sync");
  assert.equal(await page.locator(".idt-question").textContent(), NL.questions["fan-out"].text);
  await page.locator(".idt-card").getByRole("button", { name: "Nee", exact: true }).click();
  await eventually(() => outcome(page), "rest");
  await page.getByRole("link", { name: "English" }).click();
  await page.waitForURL(/\?lang=en#immediate=yes&fan-out=no$/);
  await page.locator(LIVE).waitFor();
  assert.equal(await outcome(page), "rest");
  assert.equal(await page.evaluate(() => document.documentElement.lang), "en");
  assert.equal((await page.locator(".idt-headline").first().textContent()).trim(), TREE.nodes.find((n) => n.id === "rest-direct").headline);
});

test("the Dutch decision record has the Dutch headings and answers", async () => {
  const page = await open(site, `index.html?lang=nl${OUTCOME_HASHES["event-driven"]}`);
  await page.locator(".idt-record summary").click();
  const record = await page.locator(".idt-record textarea").inputValue();
  for (const heading of [NL.strings.adr_context_heading, NL.strings.adr_outcome_heading, NL.strings.adr_consequences_heading]) {
    assert.ok(record.includes(`## ${heading}`), `${heading} in\n${record}`);
  }
  assert.ok(!record.includes(`## ${S.adr_context_heading}`), record);
  // The chosen option and its consequences in Dutch sentences, the answers as "Ja"/"Nee".
  for (const sentence of [NL.strings.adr_chosen, NL.strings.adr_good, NL.strings.adr_bad]) {
    const start = sentence.split("{")[0];
    assert.ok(record.includes(start), `"${start}" in\n${record}`);
  }
  assert.match(record, /\| Nee \|/, record);
  for (const english of ["Chosen option", "Good, because", "| No |"]) assert.ok(!record.includes(english), `${english} left in\n${record}`);
});

const TAGS = ["wcag2a", "wcag2aa", "wcag21aa", "wcag22aa"];
for (const [where, path] of [
  ["the Dutch page at the start", "index.html?lang=nl"],
  ["the Dutch page at an outcome", `index.html?lang=nl${OUTCOME_HASHES.combined}`],
  ["a Dutch element", "element-nl.html"],
]) {
  test(`axe finds nothing on ${where}, and every language is marked`, async () => {
    const page = await open(site, path);
    for (const details of await page.locator("details").all()) await details.evaluate((d) => (d.open = true));
    const { violations } = await new AxeBuilder({ page }).withTags(TAGS).analyze();
    assert.deepEqual(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`), []);
    // The widget says its language; the language links say theirs.
    assert.equal(await page.locator(LIVE).getAttribute("lang"), "nl");
    for (const link of await page.locator("a[hreflang]").all()) assert.equal(await link.getAttribute("lang"), await link.getAttribute("hreflang"));
  });
}

/** Whether the page scrolls sideways, and any two of the card's boxes that overlap. */
function layoutProblems(page) {
  return page.evaluate(() => {
    const root = document.querySelector("integration-decision-tree")?.shadowRoot ?? document;
    const boxes = [...root.querySelectorAll(".idt-card button, .idt-question, .idt-progress, .idt-headline, .idt-summary li, .idt-actions button")]
      .map((e) => e.getBoundingClientRect())
      .filter((r) => r.width && r.height);
    const overlaps = [];
    boxes.forEach((a, i) =>
      boxes.slice(i + 1).forEach((b) => {
        const x = Math.min(a.right, b.right) - Math.max(a.left, b.left);
        const y = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
        if (x > 1 && y > 1) overlaps.push([a, b].map((r) => `${Math.round(r.left)},${Math.round(r.top)}`).join(" / "));
      }),
    );
    const html = document.documentElement;
    return { scrolls: html.scrollWidth > html.clientWidth, overlaps };
  });
}

for (const [where, path] of [
  ["the Dutch page, first question", "index.html?lang=nl"],
  ["the Dutch page, at the longest outcome", `index.html?lang=nl${hashOf(ROWS.find((r) => r.node === "rest-sync-fan-out"))}`],
  ["a Dutch element, right to left", "rtl.html"],
]) {
  test(`320 px wide: ${where} fits without sideways scrolling or overlaps`, async () => {
    const page = await open(site, path, { width: 320, height: 640 });
    assert.deepEqual(await layoutProblems(page), { scrolls: false, overlaps: [] });
  });
}

test("right to left, the card mirrors: the first answer button is on the right", async () => {
  const page = await open(site, "rtl.html", { width: 800 });
  const [yes, no] = await Promise.all(["yes", "no"].map((a) => page.locator(`.idt-card button[data-answer=${a}]`).boundingBox()));
  assert.ok(yes.x > no.x, `Ja at ${yes.x}, Nee at ${no.x}`);
});

test("a Dutch reader never sees the English first question, and fetches only the Dutch extra files", async () => {
  const fetched = [];
  const page = await open(site, null, {
    before: (p) => p.on("request", (r) => r.url().startsWith(site.url) && fetched.push(new URL(r.url()).pathname.slice(1))),
  });
  // Every frame until the live widget is there: the prerendered English card is hidden.
  await page.addInitScript(() => {
    window.__englishSeen = false;
    const look = () => {
      const card = document.querySelector(".idt[data-prerendered] .idt-card");
      if (card && card.checkVisibility({ visibilityProperty: true })) window.__englishSeen = true;
      if (!document.querySelector(".idt:not([data-prerendered])")) requestAnimationFrame(look);
    };
    requestAnimationFrame(look);
  });
  await page.goto(`${site.url}index.html?lang=nl`);
  await page.locator(LIVE).waitFor();
  assert.equal(await page.evaluate(() => window.__englishSeen), false);
  assert.ok(fetched.some((f) => /^tree\.nl-[0-9a-f]+\.json$/.test(f)), fetched.join(" "));
  assert.ok(fetched.some((f) => /^wording-[0-9a-f]+\.js$/.test(f)), fetched.join(" "));
  // An English reader fetches neither.
  const english = [];
  const other = await open(site, null, { before: (p) => p.on("request", (r) => english.push(new URL(r.url()).pathname)) });
  await other.goto(`${site.url}index.html`);
  await other.locator(LIVE).waitFor();
  assert.ok(!english.some((f) => /tree\.nl|wording-/.test(f)), english.join(" "));
});

test("the single file speaks every language it carries", async () => {
  const page = await open(site, "standalone.html?lang=nl");
  assert.equal(await page.locator(LIVE).getAttribute("lang"), "nl");
  assert.equal(await page.locator("h1").textContent(), NL.title);
  assert.equal(await page.title(), NL.strings.page_title);
  await page.locator(".idt-card").getByRole("button", { name: "Nee", exact: true }).click();
  await eventually(() => current(page), "fan-out");
  // Once the reader answers, the title names the step, in Dutch, in front of the page's own.
  const step = NL.strings.progress.replace("{n}", "2").replace("{total}", "3");
  await eventually(() => page.title(), NL.strings.title_step.replace("{step}", step).replace("{title}", NL.strings.page_title));
});

test("a language link keeps the page's settings and answers", async () => {
  const page = await open(site, "index.html?theme=dark#immediate=no");
  const link = page.getByRole("link", { name: "Nederlands" });
  await link.focus();
  assert.equal(new URL(await link.getAttribute("href")).search, "?theme=dark&lang=nl");
  await link.click();
  await page.waitForURL(/\?theme=dark&lang=nl#immediate=no$/);
  await page.locator(LIVE).waitFor();
  assert.equal(await page.locator(LIVE).getAttribute("data-theme"), "dark");
  assert.equal(await current(page), "fan-out");
});

test("a Dutch file that does not load gives way to the page's own language", async () => {
  const page = await open(site, null);
  await page.route(/tree\.nl-[0-9a-f]+\.json$/, (route) => route.fulfill({ status: 200, contentType: "application/json", body: "<html>portal</html>" }));
  await page.goto(`${site.url}index.html?lang=nl`);
  await page.locator(LIVE).waitFor();
  assert.equal(await page.locator(LIVE).getAttribute("lang"), "en");
  assert.equal(await page.locator(".idt-card button[data-answer=yes]").textContent(), S.yes);
});

