// `make bench`: how fast and how small the widget is, measured against what a reader would
// otherwise get, with one command.
//
// It serves the release build over loopback and drives headless Chromium with
// playwright-core. Three pages show the same decision tree:
//   widget   the release page (dist/index.html)
//   floor    the same page as plain static HTML: dist/index.html without its scripts, so the
//            same first question and tree with everything inline (what no script at all costs)
//   mermaid  Mermaid's ESM build rendering the tree as a flowchart (what a wiki author would
//            otherwise reach for)
// For each it takes the median of BENCH_RUNS (default 9) cold loads, each in a fresh browser
// context, the widget's and the floor's alternating: first contentful paint, largest contentful
// paint, and when it is ready. For the
// widget "ready" is interactive: the first click on Yes that takes effect (the page paints a
// prerendered first question long before its buttons work). It also counts a first visit's
// total on the wire (the page and what the service worker stores for offline use), and runs
// Lighthouse (mobile preset) on the page, the floor, and a long blog post with the element
// below the fold against the same post without it. It also times native `layout` and `walk` and the widget in the browser on generated
// trees of 3, 101, 1,001 and 5,001 nodes. Timings are reported against targets, never asserted: they
// depend on the machine. Results go to stdout, BENCHMARKS.md and the README's summary table.
//
// Usage: node scripts/bench.mjs   (after `make dist`; `make bench` does both)
//        BENCH_ONLY=paint node scripts/bench.mjs   first paint and the first working click only,
//                                                  printed, nothing written
import { execFileSync } from "node:child_process";
import { parse, serialize } from "parse5";
import { readFileSync, writeFileSync, existsSync } from "node:fs";
import { cpus, totalmem } from "node:os";
import { join } from "node:path";
import { serve } from "./lib/serve.mjs";
import { sizes } from "./lib/compress.mjs";
import { entry, siteFiles } from "./lib/dist.mjs";
import { ROWS } from "./lib/golden.mjs";
import { benchmarksMarkdown, readmeBenchBlock } from "./lib/bench-report.mjs";
import { launch, CHROMIUM } from "./lib/browser.mjs";
import { lighthouseRuns } from "./lib/lighthouse.mjs";
import { sizeParts } from "./size-parts.mjs";
import { bundleStyles } from "./build/bundle.mjs";

const RUNS = Math.max(9, Number(process.env.BENCH_RUNS ?? 9));
const ONLY_PAINT = process.env.BENCH_ONLY === "paint";
const DIST = "dist";
const MERMAID_DIR = "node_modules/mermaid/dist";
const tool = (...args) =>
  execFileSync("cargo", ["run", "--quiet", "--profile", "bench-native", "--bin", "idt-bench", "--", ...args], {
    encoding: "utf8",
    maxBuffer: 64 << 20,
  });

if (!existsSync(join(DIST, "index.html"))) {
  console.error("bench: no dist/ yet; run `make dist` (or `make bench`) first");
  process.exit(1);
}

// --- What the bytes are ---------------------------------------------------------------------
console.error("bench: the parts of the page's bytes (builds Yew's floor)…");
const parts = ONLY_PAINT ? null : sizeParts(DIST);

// --- Native --------------------------------------------------------------------------------
console.error("bench: native layout and walk…");
const native = ONLY_PAINT ? null : JSON.parse(tool("timings"));

// --- Pages -----------------------------------------------------------------------------------
/**
 * The static floor: the page's own HTML with its scripts taken out (and its first state no longer
 * inert, so that its disclosures open): the same first question and tree, everything inline.
 */
function staticFloor(html) {
  const document = parse(html);
  const visit = (node) => {
    node.childNodes = (node.childNodes ?? []).filter((child) => child.nodeName !== "script");
    if (node.attrs) node.attrs = node.attrs.filter((a) => a.name !== "inert");
    for (const child of node.childNodes) visit(child);
    if (node.content) visit(node.content);
  };
  visit(document);
  return serialize(document);
}

const { glue, wasm, authoringGlue, authoringWasm } = siteFiles(DIST);
// The page's stylesheet, for the pages that mount the widget themselves (the site's pages carry it inline).
const css = bundleStyles(["widget.css", "page.css"]);
const TREE = JSON.parse(readFileSync("data/tree.json", "utf8"));
const { title } = TREE;
const S = TREE.strings;
const floor = staticFloor(readFileSync(join(DIST, "index.html"), "utf8"));
const mermaidPage = (origin) => `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title}</title><link rel="icon" href="data:,">
<script type="module">
  import mermaid from "${origin}mermaid.esm.min.mjs";
  mermaid.initialize({ startOnLoad: false });
  const { svg } = await mermaid.render("tree", ${JSON.stringify(tool("mermaid"))});
  document.getElementById("out").innerHTML = svg;
  window.__ready = performance.now();
</script></head><body><main><h1>${title}</h1><div id="out"></div></main></body></html>`;
// The shipped tree as the pages give it to the wasm (which carries none): the file the build
// wrote for the pages' language.
const builtInTree = readFileSync(join(DIST, siteFiles(DIST).tree), "utf8");
// A page that mounts the widget itself, so it can read the wasm's memory; `questions` picks
// a generated tree, or the shipped one when 0.
const scalePage = (questions) => `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Scale</title><link rel="icon" href="data:,">
<style>${css}</style>
<script type="module">
  import init, { mount } from "./${questions ? authoringGlue : glue}";
  const wasm = await init({ module_or_path: "./${questions ? authoringWasm : wasm}" });
  window.wasmMemory = () => wasm.memory.buffer.byteLength;
  const settings = ${questions ? `{ tree: ${JSON.stringify(tool("generate", String(questions)))} }` : `{ "built-in": ${JSON.stringify(builtInTree)} }`};
  window.__start = performance.now();
  mount(document.getElementById("app"), settings, false, location.href);
</script></head><body><main id="app"></main></body></html>`;

// A long blog post, as a blogger would write it: text, then the element below the fold, then
// more text; and the same post without the widget, to read Lighthouse's verdict against.
const paragraph = `<p>${"Teams that integrate systems argue about coupling, latency and consistency. ".repeat(8)}</p>`;
const blogPost = (widget) => `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Choosing an integration style</title><link rel="icon" href="data:,">${widget ? `<script type="module" src="./embed.js"></script>` : ""}
<style>body { max-width: 44rem; margin: 0 auto; padding: 1rem; font: 18px/1.6 Georgia, serif }</style></head>
<body><main><h1>Choosing an integration style</h1>${paragraph.repeat(6)}
${widget ? "<integration-decision-tree></integration-decision-tree>" : ""}${paragraph.repeat(4)}</main></body></html>`;

const mermaidServer = await serve({ root: MERMAID_DIR, port: 0 });
const pages = {
  "floor.html": floor,
  "mermaid.html": mermaidPage(mermaidServer.url),
  "blog-widget.html": blogPost(true),
  "blog-plain.html": blogPost(false),
};
// Generated trees run in the build for authors' trees, as a host's own tree would.
const SIZES = [1, 50, 500, 2500];
for (const q of [0, ...SIZES]) pages[`scale-${q}.html`] = scalePage(q);
// Every response the site sends, while `wire` is an array (the first-visit count).
let wire = null;
const site = await serve({ root: DIST, port: 0, pages, onResponse: (path, bytes) => wire?.push({ path, bytes }) });
const browser = await launch({ args: ["--enable-precise-memory-info"] });

// On the pages that mount the widget themselves (no prerendered first state): marks the moment
// the first question can be answered, when its buttons exist (Yew's event delegation is
// attached before the first render).
const WATCH_READY = () => {
  new MutationObserver((_, observer) => {
    if (document.querySelector(".idt-card button")) {
      window.__ready ??= performance.now();
      observer.disconnect();
    }
  }).observe(document, { childList: true, subtree: true });
};

// Records first contentful paint and the largest contentful paint so far.
const WATCH_PAINTS = () => {
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) if (e.name === "first-contentful-paint") window.__fcp = e.startTime;
  }).observe({ type: "paint", buffered: true });
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) window.__lcp = e.startTime;
  }).observe({ type: "largest-contentful-paint", buffered: true });
};

// A reader who clicks Yes on every frame from the moment it is painted: records the time of
// the first click that took effect (the question moved on). A prerendered button that does
// nothing yet does not count.
const WATCH_INTERACTIVE = () => {
  let clicked = null;
  let first = null;
  const tick = () => {
    const current = document.querySelector("[aria-current=step]")?.getAttribute("data-node") ?? null;
    first ??= current;
    if (clicked !== null && current !== first) {
      window.__interactive = clicked;
      return;
    }
    const yes = document.querySelector('.idt-card [data-answer="yes"]');
    if (yes) {
      clicked = performance.now();
      yes.click();
    }
    requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
};

// Records, for every click, the time from the input event to the frame after it (the paint
// the click caused), and the Event Timing API's own durations (reported from 16 ms up).
const WATCH_LATENCY = () => {
  window.__latency = [];
  window.__eventTiming = [];
  document.addEventListener(
    "click",
    (event) => {
      const start = event.timeStamp;
      requestAnimationFrame(() => setTimeout(() => window.__latency.push(performance.now() - start)));
    },
    true,
  );
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) if (e.name === "click") window.__eventTiming.push(e.duration);
  }).observe({ type: "event", durationThreshold: 16, buffered: true });
};

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const p95 = (xs) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.ceil(xs.length * 0.95) - 1)];
const sizeOf = (file) => sizes(readFileSync(file));

/** A page in a fresh browser context (nothing cached), with the given watchers installed. */
async function freshPage(...watchers) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  for (const watch of watchers) await page.addInitScript(watch);
  return page;
}

/**
 * A cold load: fresh context, no cache. Returns first contentful paint, largest contentful
 * paint, the ready time (`ready`: "interactive" for the widget, "dcl" for the static page,
 * "ready" for Mermaid's drawing) and the files fetched.
 */
async function coldLoad(path, ready) {
  const page = await freshPage(WATCH_PAINTS, ...(ready === "interactive" ? [WATCH_INTERACTIVE] : []));
  await page.goto(site.url + path);
  const done = { interactive: "window.__interactive !== undefined", ready: "window.__ready !== undefined", dcl: "document.readyState === 'complete'" }[ready];
  await page.waitForFunction(done, null, { timeout: 30000 });
  await page.waitForFunction("window.__fcp !== undefined && window.__lcp !== undefined", null, { timeout: 30000 });
  const result = await page.evaluate((ready) => {
    const nav = performance.getEntriesByType("navigation")[0];
    const time = { dcl: nav.domContentLoadedEventEnd, ready: window.__ready, interactive: window.__interactive }[ready];
    const files = performance.getEntriesByType("resource").map((r) => r.name);
    return { time, fcp: window.__fcp, lcp: window.__lcp, files, heap: performance.memory?.usedJSHeapSize ?? 0 };
  }, ready);
  await page.context().close();
  return result;
}

/**
 * A first visit to index.html, counted on the wire: the page, and then what the service worker
 * stores for offline use, in bytes as the server sent them (this server sends no validators,
 * so the worker's requests are not answered from the HTTP cache).
 */
async function firstVisit() {
  console.error("bench: a first visit's total on the wire…");
  const expected = entry(DIST, "page").loads.filter((file) => file !== "sw.js");
  const page = await freshPage();
  wire = [];
  await page.goto(site.url + "index.html");
  // Polled from here: waitForFunction would take the async check's promise for a yes.
  const storedPaths = () =>
    page.evaluate(async () => {
      const paths = [];
      for (const name of (await caches.keys()).filter((n) => n.startsWith("idt-release-"))) for (const r of await (await caches.open(name)).keys()) paths.push(r.url.split("/").pop());
      return paths;
    });
  const deadline = Date.now() + 30000;
  let stored = [];
  while (!expected.every((file) => stored.includes(file))) {
    if (Date.now() > deadline) throw new Error("bench: the service worker did not store the page's files within 30 s");
    await new Promise((done) => setTimeout(done, 100));
    stored = await storedPaths();
  }
  const sent = wire;
  wire = null;
  await page.context().close();
  const total = sent.reduce((t, r) => t + r.bytes, 0);
  const page1 = sent.filter((r, i) => sent.findIndex((q) => q.path === r.path) === i);
  return { total, requests: sent.length, page: page1.reduce((t, r) => t + r.bytes, 0) };
}

/** The files a page fetched, as paths on disk, for deterministic gzip and brotli sizes. */
function filesOf(page, fetched) {
  const local = [[site.url, DIST], [mermaidServer.url, MERMAID_DIR]];
  const onDisk = fetched
    .map((url) => local.map(([origin, dir]) => (url.startsWith(origin) ? join(dir, url.slice(origin.length).split("?")[0]) : null)).find(Boolean))
    .filter((f) => f && existsSync(f) && !f.endsWith("sw.js"));
  return [page, ...new Set(onDisk)];
}

/**
 * `RUNS` cold loads of each page (`[name, path, ready]`), taken in turn so that whatever the
 * machine is doing meanwhile falls on every page alike; each page's medians and sizes.
 */
async function measurePages(list) {
  console.error(`bench: ${RUNS} cold loads each of ${list.map(([name]) => name).join(" and ")}, in turn…`);
  const runs = list.map(() => []);
  for (let i = 0; i < RUNS; i++) for (const [at, [, path, ready]] of list.entries()) runs[at].push(await coldLoad(path, ready));
  const measured = [];
  for (const [at, [name, path]] of list.entries()) measured.push(await summary(name, path, runs[at]));
  return measured;
}

async function summary(name, path, runs) {
  const pageFile = path === "index.html" ? join(DIST, "index.html") : null;
  const files = filesOf(pageFile, runs[0].files).filter(Boolean);
  // Every page compressed the same way (zopfli gzip, brotli 11), from disk or from memory.
  const fileSizes = [];
  for (const f of files) fileSizes.push({ file: f, ...(await sizeOf(f)) });
  if (!pageFile) fileSizes.unshift({ file: path, ...(await sizes(Buffer.from(pages[path]))) });
  const total = fileSizes.reduce((t, s) => ({ raw: t.raw + s.raw, gzip: t.gzip + s.gzip, brotli: t.brotli + s.brotli }), { raw: 0, gzip: 0, brotli: 0 });
  return {
    name,
    ready: median(runs.map((r) => r.time)),
    readyRuns: runs.map((r) => r.time),
    fcp: median(runs.map((r) => r.fcp)),
    fcpRuns: runs.map((r) => r.fcp),
    lcp: median(runs.map((r) => r.lcp)),
    sizes: fileSizes,
    total,
    heap: median(runs.map((r) => r.heap)),
  };
}

/** Waits until every click so far has been measured (each is recorded a frame after it). */
const latenciesIn = (page, clicks) => page.waitForFunction((clicks) => window.__latency.length >= clicks, clicks);

/** Walks every path of the golden table in one session and measures each answer. */
async function measureAnswers() {
  console.error(`bench: answer latency over the ${ROWS.length} paths of the golden table…`);
  const page = await freshPage(WATCH_LATENCY);
  // The shipped tree on a page that can read the wasm's memory afterwards.
  await page.goto(site.url + "scale-0.html");
  await page.locator(".idt-card").waitFor();
  let clicks = 0;
  for (const row of ROWS) {
    for (const answer of row.answers) {
      await page.locator(".idt-card").getByRole("button", { name: S[answer], exact: true }).click();
      clicks++;
    }
    await page.locator(".idt[data-outcome]").waitFor();
    await page.getByRole("button", { name: S.restart, exact: true }).click();
    clicks++;
    await page.locator(".idt-card").waitFor();
  }
  await latenciesIn(page, clicks);
  const measured = await page.evaluate((answers) => ({
    // Answers only: the restarts were measured too, but are not answers.
    latency: window.__latency.filter((_, i) => answers.includes(i)),
    clicks: window.__latency.length,
    eventTiming: window.__eventTiming,
    heap: performance.memory.usedJSHeapSize,
    wasm: window.wasmMemory(),
  }), answerClicks());
  await page.context().close();
  return measured;
}

/** The positions of the answer clicks among all clicks of `measureAnswers`. */
function answerClicks() {
  const positions = [];
  let i = 0;
  for (const row of ROWS) {
    for (let a = 0; a < row.answers.length; a++) positions.push(i++);
    i++;
  }
  return positions;
}

/** The same click-to-frame measure on the static page toggling a disclosure: what a click
 *  costs this browser with no script at all, to read the widget's latency against. */
async function measureFloorClicks() {
  console.error("bench: click-to-frame on the static page…");
  const page = await freshPage(WATCH_LATENCY);
  await page.goto(site.url + "floor.html");
  for (let i = 0; i < 27; i++) await page.locator("summary").first().click();
  await latenciesIn(page, 27);
  const latency = await page.evaluate(() => window.__latency);
  await page.context().close();
  return { median: median(latency), p95: p95(latency) };
}

async function measureScale(questions) {
  console.error(`bench: a generated tree of ${2 * questions + 1} nodes…`);
  const renders = [];
  const latency = [];
  for (let i = 0; i < RUNS; i++) {
    const page = await freshPage(WATCH_READY, WATCH_LATENCY);
    await page.goto(site.url + `scale-${questions}.html`);
    await page.waitForFunction(() => window.__ready !== undefined, null, { timeout: 60000 });
    renders.push(await page.evaluate(() => window.__ready - window.__start));
    const steps = Math.min(3, questions);
    for (let step = 0; step < steps; step++) {
      const at = await page.locator("[aria-current=step]").getAttribute("data-node");
      await page.locator(".idt-card").getByRole("button", { name: S.yes, exact: true }).click();
      await page.waitForFunction((at) => !document.querySelector(`[data-node="${at}"][aria-current=step]`), at);
    }
    await latenciesIn(page, steps);
    latency.push(...(await page.evaluate(() => window.__latency)));
    await page.context().close();
  }
  return { nodes: 2 * questions + 1, render: median(renders), latency: median(latency), latencyP95: p95(latency) };
}

const [widget, floorResult] = await measurePages([
  ["widget", "index.html", "interactive"],
  ["floor", "floor.html", "dcl"],
]);
if (ONLY_PAINT) {
  const ratio = (a, b) => (a / b).toFixed(2);
  console.log(`first contentful paint: widget ${widget.fcp.toFixed(1)} ms (runs ${widget.fcpRuns.map((t) => t.toFixed(0)).join(" ")}), floor ${floorResult.fcp.toFixed(1)} ms (runs ${floorResult.fcpRuns.map((t) => t.toFixed(0)).join(" ")}): ${ratio(widget.fcp, floorResult.fcp)}× (target ≤ 1.25×)`);
  console.log(`first click that works: ${widget.ready.toFixed(1)} ms (runs ${widget.readyRuns.map((t) => t.toFixed(0)).join(" ")}): ${ratio(widget.ready, floorResult.fcp)}× the floor's first paint (target ≤ 2×)`);
  await browser.close();
  site.server.close();
  mermaidServer.server.close();
  process.exit(0);
}
const [mermaid] = await measurePages([["mermaid", "mermaid.html", "ready"]]);
const answers = await measureAnswers();
const floorClicks = await measureFloorClicks();
const scale = [];
for (const q of SIZES) scale.push(await measureScale(q));
const visit = await firstVisit();
await browser.close();
console.error("bench: Lighthouse, mobile preset, 3 runs per page…");
const lighthouse = await lighthouseRuns({
  widget: site.url + "index.html",
  floor: site.url + "floor.html",
  blogWidget: site.url + "blog-widget.html",
  blogPlain: site.url + "blog-plain.html",
});
site.server.close();
mermaidServer.server.close();

// --- Results ------------------------------------------------------------------------------
// Everything the report says, as data: docs/benchmarks.json keeps it, and BENCHMARKS.md and the
// README's summary are rendered from it (scripts/lib/bench-report.mjs), so `make test` can
// check that neither has drifted from the measurement.
const page = (r) => ({ name: r.name, ready: r.ready, fcp: r.fcp, lcp: r.lcp, heap: r.heap, transfer: r.total, files: r.sizes.map((f) => ({ ...f, file: f.file.replace(/^dist\//, "") })) });
const results = {
  date: new Date().toISOString().slice(0, 10),
  machine: {
    cpu: cpus()[0].model.trim(),
    cores: cpus().length,
    ramGiB: Math.round(totalmem() / 2 ** 30),
    platform: process.platform,
    chromium: execFileSync(CHROMIUM, ["--version"], { encoding: "utf8" }).trim(),
    node: process.version,
  },
  runs: RUNS,
  mermaidVersion: JSON.parse(readFileSync("node_modules/mermaid/package.json")).version,
  pages: { widget: page(widget), floor: page(floorResult), mermaid: page(mermaid) },
  answers: {
    count: answers.latency.length,
    clicks: answers.clicks,
    median: median(answers.latency),
    p95: p95(answers.latency),
    slow: answers.eventTiming.length,
    longest: answers.eventTiming.length ? Math.max(...answers.eventTiming) : null,
  },
  floorClicks,
  memory: { heap: answers.heap, wasm: answers.wasm },
  firstVisit: visit,
  lighthouse,
  parts,
  scale: scale.map((s, i) => ({ ...s, height: native[i].height, layoutMicros: native[i].layout_us, walkMicros: native[i].walk_us })),
};

writeFileSync("docs/benchmarks.json", JSON.stringify(results, null, 2) + "\n");
writeFileSync("BENCHMARKS.md", benchmarksMarkdown(results));
const readme = readFileSync("README.md", "utf8");
writeFileSync("README.md", readme.replace(/<!-- bench -->[\s\S]*?<!-- \/bench -->/, () => readmeBenchBlock(results)));
console.log(benchmarksMarkdown(results));
