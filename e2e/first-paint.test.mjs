// The first paint needs no wasm: index.html and embed.html arrive with the widget's first state
// rendered at build time by the same components, and the live widget takes it over without a
// shift. A page opened with a permalink never shows the first question on its way to the
// linked state.
//
// The tests hold the wasm back until they have looked at the page without it, so what they
// see is what a reader on a slow network sees first.
import assert from "node:assert/strict";
import { test } from "node:test";
import { OUTCOME_HASHES, S, TREE, useSite, open, outcome, answerOnCard, LIVE } from "./fixture.mjs";

const site = useSite();
const FIRST = TREE.questions.immediate.text;

/** Records every layout shift from the start of the page. */
const RECORD_SHIFTS = `
window.shifts = [];
new PerformanceObserver((list) => {
  for (const entry of list.getEntries()) window.shifts.push({ value: entry.value, input: entry.hadRecentInput });
}).observe({ type: "layout-shift", buffered: true });
`;

/** Samples, on every frame, whether the first question's card is visible and how tall #app is. */
const SAMPLE_FRAMES = `
window.frames = [];
const sample = () => {
  const question = document.querySelector(".idt-card .idt-question");
  const app = document.getElementById("app");
  window.frames.push({
    first: !!question && question.textContent === ${JSON.stringify(FIRST)} && question.checkVisibility({ visibilityProperty: true }),
    height: app ? Math.round(app.getBoundingClientRect().height) : 0,
    live: !!document.querySelector(".idt:not([data-prerendered])"),
    parsed: !!document.querySelector(".idt"),
  });
  requestAnimationFrame(sample);
};
requestAnimationFrame(sample);
`;

/** Holds every wasm request until `release()` is called. */
async function holdWasm(page) {
  let release;
  const gate = new Promise((done) => (release = done));
  await page.route("**/*.wasm", async (route) => {
    await gate;
    await route.continue();
  });
  return release;
}

/** Where the parts of the widget are on the page. */
const boxes = (page) =>
  page.evaluate(() =>
    [".idt", ".idt-card", ".idt-question", ".idt-choices", ".idt-diagram svg", "[data-node]"].map((selector) => {
      const box = document.querySelector(selector).getBoundingClientRect();
      return [selector, Math.round(box.x), Math.round(box.y), Math.round(box.width), Math.round(box.height)];
    }),
  );

test("index.html and embed.html, as served, hold the first question and the whole tree", async () => {
  for (const path of ["", "embed.html"]) {
    const html = await (await fetch(site.url + path)).text();
    // The element's attribute, not the inline stylesheet's selector for it.
    const prerendered = html.slice(html.indexOf('data-prerendered=""'));
    assert.ok(html.includes("data-prerendered"), `${path || "index.html"} has the first state`);
    assert.ok(prerendered.includes(`>${FIRST}</h2>`), "the first question");
    for (const answer of ["yes", "no"]) assert.ok(prerendered.includes(`data-answer="${answer}" class="idt-button">${S[answer]}</button>`));
    for (const node of TREE.nodes) assert.ok(prerendered.includes(`data-node="${node.id}"`), `the diagram draws ${node.id}`);
    assert.match(prerendered, /^data-prerendered=""/, "marked as the first state");
    assert.match(prerendered, /<span (?=[^>]*role="status")(?=[^>]*data-loading="[^"]+")[^>]*class="idt-loading"/, "with the loading note the loader fills in");
    for (const part of ["idt-examples", "idt-diagram"]) assert.match(prerendered, new RegExp(`class="[^"]*${part}[^"]*"[^>]*inert|inert[^>]*class="[^"]*${part}`), `${part}: its controls do nothing yet`);
  }
});

for (const path of ["", "embed.html"]) {
  const name = path || "index.html";

  test(`${name}: the first state paints without the wasm, and the live widget takes it over without a shift`, async () => {
    const page = await open(site, null, { init: [RECORD_SHIFTS] });
    const release = await holdWasm(page);
    await page.goto(site.url + path);
    const first = page.locator(".idt[data-prerendered]");
    await first.waitFor();
    assert.equal(await page.locator(".idt-question").textContent(), FIRST);
    const before = await boxes(page);

    release();
    await page.locator(LIVE).waitFor();
    assert.deepEqual(await boxes(page), before, "the live widget is where the first state was");

    for (const answer of ["no", "yes", "yes"]) await answerOnCard(page, answer);
    assert.equal(await outcome(page), "event-driven");
    const shifts = await page.evaluate(() => window.shifts);
    assert.deepEqual(shifts.filter((s) => !s.input), [], "no layout shift from navigation to the outcome");
  });

  test(`${name}: opened with a link to an outcome, it never shows the first question on the way`, async () => {
    const page = await open(site, null, { init: [SAMPLE_FRAMES] });
    const release = await holdWasm(page);
    const link = path ? `${path}?answers=${encodeURIComponent(OUTCOME_HASHES.combined.slice(1))}` : OUTCOME_HASHES.combined;
    await page.goto(site.url + link);
    await page.locator(".idt[data-prerendered]").waitFor({ state: "attached" });
    // Let some frames pass without the wasm: the first state keeps the space, unseen.
    await page.waitForFunction(() => window.frames.length > 10);
    release();
    await page.locator(LIVE).waitFor();
    assert.equal(await outcome(page), "combined");
    await page.waitForFunction(() => window.frames.filter((f) => f.live).length > 3);
    const frames = await page.evaluate(() => window.frames);
    assert.deepEqual(frames.filter((f) => f.first), [], "no frame showed the first question");
    // Frames sampled before the page's markup was parsed say nothing about the wait.
    const waiting = frames.filter((f) => f.parsed && !f.live);
    assert.ok(waiting.length > 10);
    assert.ok(waiting.every((f) => f.height > 300), "the space is kept while the page waits for the wasm");
  });
}
