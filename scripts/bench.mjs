// `make bench`: how fast and how small the widget is, measured against what a reader would
// otherwise get, with one command.
//
// It serves the release build over loopback and drives headless Chromium with
// playwright-core. Three pages show the same decision tree:
//   widget   the release page (dist/index.html)
//   floor    a plain static HTML page: the questions, the decision table and the tree as an
//            inline SVG (what no framework at all costs)
//   mermaid  Mermaid's ESM build rendering the tree as a flowchart (what a wiki author would
//            otherwise reach for)
// For each it takes the median of BENCH_RUNS (default 7) cold loads, each in a fresh browser
// context. It also times native `layout` and `walk` and the widget in the browser on generated
// trees of 3, 101 and 1,001 nodes. Timings are reported against targets, never asserted: they
// depend on the machine. Results go to stdout, BENCHMARKS.md and the README's summary table.
//
// Usage: node scripts/bench.mjs   (after `make dist`; `make bench` does both)
import { execFileSync } from "node:child_process";
import { readFileSync, readdirSync, writeFileSync, existsSync } from "node:fs";
import { cpus, totalmem } from "node:os";
import { join } from "node:path";
import { serve } from "./serve.mjs";
import { sizes } from "./size.mjs";
import { launch, CHROMIUM } from "../e2e/browser.mjs";

const RUNS = Math.max(7, Number(process.env.BENCH_RUNS ?? 7));
const DIST = "dist";
const MERMAID_DIR = "node_modules/mermaid/dist";
const tool = (...args) =>
  execFileSync("cargo", ["run", "--quiet", "--profile", "bench-native", "--bin", "idt-static", "--", ...args], {
    encoding: "utf8",
    maxBuffer: 64 << 20,
  });

if (!existsSync(join(DIST, "index.html"))) {
  console.error("bench: no dist/ yet; run `make dist` (or `make bench`) first");
  process.exit(1);
}

// --- Native --------------------------------------------------------------------------------
console.error("bench: native layout and walk…");
const native = JSON.parse(tool("bench"));

// --- Pages -----------------------------------------------------------------------------------
const index = readFileSync(join(DIST, "index.html"), "utf8");
const glue = readdirSync(DIST).find((f) => /^integration-decision-tree-[0-9a-f]+\.js$/.test(f));
const wasm = glue.replace(/\.js$/, "_bg.wasm");
const css = index.match(/href="?\.\/(site-[0-9a-f]+\.css)/)[1];
const title = "REST or event-driven integration?";
const svg = readFileSync(join(DIST, "tree.svg"), "utf8");
const floor = `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title}</title><link rel="icon" href="data:,"></head><body><main><h1>${title}</h1>
${tool("fallback")}<details><summary>The whole tree</summary>${svg}</details></main></body></html>`;
const mermaidPage = (origin) => `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title}</title><link rel="icon" href="data:,">
<script type="module">
  import mermaid from "${origin}mermaid.esm.min.mjs";
  mermaid.initialize({ startOnLoad: false });
  const { svg } = await mermaid.render("tree", ${JSON.stringify(tool("mermaid"))});
  document.getElementById("out").innerHTML = svg;
  window.__ready = performance.now();
</script></head><body><main><h1>${title}</h1><div id="out"></div></main></body></html>`;
// A page that mounts the widget itself, so it can read the wasm's memory; `questions` picks
// a generated tree, or the shipped one when 0.
const scalePage = (questions) => `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Scale</title><link rel="icon" href="data:,">
<link rel="stylesheet" href="./${css}">
<script type="module">
  import init, { mount } from "./${glue}";
  const wasm = await init({ module_or_path: "./${wasm}" });
  window.wasmMemory = () => wasm.memory.buffer.byteLength;
  const settings = ${questions ? `{ tree: ${JSON.stringify(tool("generate", String(questions)))} }` : "{}"};
  window.__start = performance.now();
  mount(document.getElementById("app"), settings, false, location.href);
</script></head><body><main id="app"></main></body></html>`;

const mermaidServer = await serve({ root: MERMAID_DIR, port: 0 });
const pages = { "floor.html": floor, "mermaid.html": mermaidPage(mermaidServer.url) };
const SIZES = [1, 50, 500];
for (const q of [0, ...SIZES]) pages[`scale-${q}.html`] = scalePage(q);
const site = await serve({ root: DIST, port: 0, pages });
const browser = await launch({ args: ["--enable-precise-memory-info"] });

// Marks the moment the first question can be answered: its buttons exist (Yew's event
// delegation is attached before the first render).
const WATCH_READY = () => {
  new MutationObserver((_, observer) => {
    if (document.querySelector(".idt-card button")) {
      window.__ready ??= performance.now();
      observer.disconnect();
    }
  }).observe(document, { childList: true, subtree: true });
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

/** A cold load: fresh context, no cache. Returns the ready time and the files fetched. */
async function coldLoad(path, ready) {
  const page = await freshPage(WATCH_READY);
  await page.goto(site.url + path);
  await page.waitForFunction(() => window.__ready !== undefined || document.readyState === "complete", null, { timeout: 30000 });
  if (ready === "ready") await page.waitForFunction(() => window.__ready !== undefined, null, { timeout: 30000 });
  const result = await page.evaluate((ready) => {
    const nav = performance.getEntriesByType("navigation")[0];
    const time = ready === "dcl" ? nav.domContentLoadedEventEnd : window.__ready;
    const files = performance.getEntriesByType("resource").map((r) => r.name);
    return { time, files, heap: performance.memory?.usedJSHeapSize ?? 0 };
  }, ready);
  await page.context().close();
  return result;
}

/** The files a page fetched, as paths on disk, for deterministic gzip and brotli sizes. */
function filesOf(page, fetched) {
  const local = [[site.url, DIST], [mermaidServer.url, MERMAID_DIR]];
  const onDisk = fetched
    .map((url) => local.map(([origin, dir]) => (url.startsWith(origin) ? join(dir, url.slice(origin.length).split("?")[0]) : null)).find(Boolean))
    .filter((f) => f && existsSync(f) && !f.endsWith("sw.js"));
  return [page, ...new Set(onDisk)];
}

async function measurePage(name, path, ready) {
  console.error(`bench: ${RUNS} cold loads of ${name}…`);
  const runs = [];
  for (let i = 0; i < RUNS; i++) runs.push(await coldLoad(path, ready));
  const pageFile = path === "index.html" ? join(DIST, "index.html") : null;
  const files = filesOf(pageFile, runs[0].files).filter(Boolean);
  const fileSizes = files.map((f) => ({ file: f, ...sizeOf(f) }));
  if (!pageFile) fileSizes.unshift({ file: path, ...sizes(Buffer.from(pages[path])) });
  const total = fileSizes.reduce((t, s) => ({ raw: t.raw + s.raw, gzip: t.gzip + s.gzip, brotli: t.brotli + s.brotli }), { raw: 0, gzip: 0, brotli: 0 });
  return { name, ready: median(runs.map((r) => r.time)), readyRuns: runs.map((r) => r.time), sizes: fileSizes, total, heap: median(runs.map((r) => r.heap)) };
}

const PATHS = [["Yes", "No"], ["Yes", "Yes", "Yes"], ["Yes", "Yes", "No"], ["No", "Yes", "Yes"], ["No", "Yes", "No"], ["No", "No", "Yes"], ["No", "No", "No"]];

/** Walks every path of the shipped tree in one session and measures each answer. */
async function measureAnswers() {
  console.error("bench: answer latency over all seven paths…");
  const page = await freshPage(WATCH_LATENCY);
  // The shipped tree on a page that can read the wasm's memory afterwards.
  await page.goto(site.url + "scale-0.html");
  await page.locator(".idt-card").waitFor();
  for (const path of PATHS) {
    for (const answer of path) await page.locator(".idt-card").getByRole("button", { name: answer, exact: true }).click();
    await page.locator(".idt[data-outcome]").waitFor();
    await page.getByRole("button", { name: "Start again", exact: true }).click();
    await page.locator(".idt-card").waitFor();
  }
  await page.waitForTimeout(200);
  const measured = await page.evaluate(() => ({
    latency: window.__latency,
    eventTiming: window.__eventTiming,
    heap: performance.memory.usedJSHeapSize,
    wasm: window.wasmMemory(),
  }));
  await page.context().close();
  return measured;
}

/** The same click-to-frame measure on the static page toggling a disclosure: what a click
 *  costs this browser with no script at all, to read the widget's latency against. */
async function measureFloorClicks() {
  console.error("bench: click-to-frame on the static page…");
  const page = await freshPage(WATCH_LATENCY);
  await page.goto(site.url + "floor.html");
  for (let i = 0; i < 27; i++) await page.locator("summary").click();
  await page.waitForTimeout(200);
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
    for (let step = 0; step < Math.min(3, questions); step++) {
      const at = await page.locator("[aria-current=step]").getAttribute("data-node");
      await page.locator(".idt-card").getByRole("button", { name: "Yes", exact: true }).click();
      await page.waitForFunction((at) => !document.querySelector(`[data-node="${at}"][aria-current=step]`), at);
    }
    await page.waitForTimeout(100);
    latency.push(...(await page.evaluate(() => window.__latency)));
    await page.context().close();
  }
  return { nodes: 2 * questions + 1, render: median(renders), latency: median(latency), latencyP95: p95(latency) };
}

const widget = await measurePage("widget", "index.html", "ready");
const floorResult = await measurePage("floor", "floor.html", "dcl");
const mermaid = await measurePage("mermaid", "mermaid.html", "ready");
const answers = await measureAnswers();
const floorClicks = await measureFloorClicks();
const scale = [];
for (const q of SIZES) scale.push(await measureScale(q));
await browser.close();
site.server.close();
mermaidServer.server.close();

// --- Report --------------------------------------------------------------------------------
const kb = (n) => (n / 1000).toFixed(1);
const ms = (n) => n.toFixed(1);
const mb = (n) => (n / 1e6).toFixed(2);
const chromium = execFileSync(CHROMIUM, ["--version"], { encoding: "utf8" }).trim();
const machine = `${cpus()[0].model.trim()}, ${cpus().length} cores, ${(totalmem() / 2 ** 30).toFixed(0)} GiB RAM, ${process.platform}; ${chromium}; Node ${process.version}`;
const lat = { median: median(answers.latency), p95: p95(answers.latency), n: answers.latency.length };
const over16 = answers.eventTiming.length;
const TARGETS = {
  tti: widget.ready <= 1.5 * floorResult.ready,
  mermaid: mermaid.ready >= 10 * widget.ready,
  latency: lat.median <= 16,
  render1000: scale[2].render <= 100,
  answer1000: scale[2].latency <= 16,
  size90: widget.total.gzip <= 90000,
};
const mark = (ok) => (ok ? "met" : "missed");

const lines = [];
const out = (s = "") => lines.push(s);
out(`Machine: ${machine}`);
out(`Cold loads per page: ${RUNS} (medians). Sizes: gzip -9 and brotli (quality 11) of each file the page fetched.`);
out();
out("| Page | Transfer gzip | Transfer brotli | Ready (ms) | JS heap (MB) |");
out("| --- | ---: | ---: | ---: | ---: |");
for (const r of [widget, floorResult, mermaid]) {
  out(`| ${r.name} | ${kb(r.total.gzip)} KB | ${kb(r.total.brotli)} KB | ${ms(r.ready)} | ${mb(r.heap)} |`);
}
out();
out(`Ratios: widget ÷ floor: transfer ${(widget.total.gzip / floorResult.total.gzip).toFixed(1)}×, ready ${(widget.ready / floorResult.ready).toFixed(2)}×. ` +
  `Mermaid ÷ widget: transfer ${(mermaid.total.gzip / widget.total.gzip).toFixed(1)}×, ready ${(mermaid.ready / widget.ready).toFixed(1)}×.`);
out();
out("Files the widget page fetched:");
out();
out("| File | Raw | gzip | brotli |");
out("| --- | ---: | ---: | ---: |");
for (const s of widget.sizes) out(`| ${s.file.replace(/^dist\//, "")} | ${kb(s.raw)} KB | ${kb(s.gzip)} KB | ${kb(s.brotli)} KB |`);
out(`| total | ${kb(widget.total.raw)} KB | ${kb(widget.total.gzip)} KB | ${kb(widget.total.brotli)} KB |`);
out();
out(`Answer latency, click to the next frame, over all seven paths (${lat.n} answers): median ${ms(lat.median)} ms, p95 ${ms(lat.p95)} ms. ` +
  `Event Timing (INP's measure, reported from 16 ms up) saw ${over16} of them at 16 ms or more${over16 ? ` (longest ${ms(Math.max(...answers.eventTiming))} ms)` : ""}.`);
out(`For comparison, a click that only opens a disclosure on the static page takes median ${ms(floorClicks.median)} ms, p95 ${ms(floorClicks.p95)} ms by the same measure in this browser.`);
out(`Memory after walking every path: JS heap ${mb(answers.heap)} MB, wasm linear memory ${mb(answers.wasm)} MB.`);
out();
out("Scale (generated balanced trees):");
out();
out("| Nodes | Height | Native layout (µs) | Native walk (µs) | Browser first render (ms) | Browser answer median / p95 (ms) |");
out("| ---: | ---: | ---: | ---: | ---: | ---: |");
for (const [i, s] of scale.entries()) {
  const n = native[i];
  out(`| ${s.nodes} | ${n.height} | ${n.layout_us.toFixed(1)} | ${n.walk_us.toFixed(3)} | ${ms(s.render)} | ${ms(s.latency)} / ${ms(s.latencyP95)} |`);
}
out();
out("Targets:");
out();
out(`- time to interactive ≤ 1.5 × the static floor: ${mark(TARGETS.tti)} (${(widget.ready / floorResult.ready).toFixed(2)}×)`);
out(`- at least 10 × faster than Mermaid: ${mark(TARGETS.mermaid)} (${(mermaid.ready / widget.ready).toFixed(1)}×)`);
out(`- answer latency median ≤ 16 ms: ${mark(TARGETS.latency)} (${ms(lat.median)} ms)`);
out(`- 1,001-node tree first render ≤ 100 ms: ${mark(TARGETS.render1000)} (${ms(scale[2].render)} ms); answers ≤ 16 ms: ${mark(TARGETS.answer1000)} (${ms(scale[2].latency)} ms)`);
out(`- page transfer ≤ 90 KB gzip: ${mark(TARGETS.size90)} (${kb(widget.total.gzip)} KB)`);

const report = lines.join("\n");
console.log(report);

const date = new Date().toISOString().slice(0, 10);
writeFileSync(
  "BENCHMARKS.md",
  `# Benchmarks\n\nProduced by \`make bench\` on ${date}. Rerun it to measure your machine; timings vary ` +
    `with hardware and load, sizes do not.\n\nWhat it measures: the release page (\`dist/index.html\`) against two ` +
    `pages showing the same decision tree: a plain static HTML page (the floor: the questions, the decision table and ` +
    `the tree as inline SVG) and Mermaid ${JSON.parse(readFileSync("node_modules/mermaid/package.json")).version} ` +
    `(its ESM build) rendering the tree as a flowchart. "Ready" is the time from navigation start until the first ` +
    `question can be answered (the widget), the content is parsed (the floor), or the flowchart is drawn (Mermaid).\n\n` +
    `Complexity: \`layout\` is linear in the number of nodes (one pass in depth-first order); \`walk\` is linear in the ` +
    `number of answers used, at most the tree's height.\n\n${report}\n`,
);

const readme = readFileSync("README.md", "utf8");
const summary =
  `<!-- bench -->\n| | Widget | Static floor | Mermaid |\n| --- | ---: | ---: | ---: |\n` +
  `| Transfer (gzip) | ${kb(widget.total.gzip)} KB | ${kb(floorResult.total.gzip)} KB | ${kb(mermaid.total.gzip)} KB |\n` +
  `| Ready (median of ${RUNS} cold loads) | ${ms(widget.ready)} ms | ${ms(floorResult.ready)} ms | ${ms(mermaid.ready)} ms |\n` +
  `| Answer latency, median / p95 | ${ms(lat.median)} / ${ms(lat.p95)} ms | – | – |\n\n` +
  `Measured by \`make bench\` on ${date} (${cpus().length} cores, ${chromium}); details in [BENCHMARKS.md](BENCHMARKS.md).\n<!-- /bench -->`;
writeFileSync("README.md", readme.replace(/<!-- bench -->[\s\S]*?<!-- \/bench -->/, summary));
