// Renders what `make bench` measured (docs/benchmarks.json) as BENCHMARKS.md and as the
// README's summary. Pure functions of the results (and of docs/size-levers.md, the levers tried
// by hand, included as it is): scripts/figures.mjs renders them again to check that the
// committed files say what the measurement says.
import { readFileSync } from "node:fs";

const kb = (n) => (n / 1000).toFixed(1);
const ms = (n) => n.toFixed(1);
const mb = (n) => (n / 1e6).toFixed(2);
const mark = (ok) => (ok ? "met" : "missed");
const sec = (n) => (n / 1000).toFixed(2);

/** The targets the issues set, each with whether this measurement meets it. */
export function targets(r) {
  const { widget, floor, mermaid } = r.pages;
  // The targets are for a tree of about 1,000 nodes; bigger ones are reported, not judged.
  const big = r.scale.find((s) => s.nodes === 1001) ?? r.scale.at(-1);
  const lh = r.lighthouse.pages;
  return [
    [`first contentful paint ≤ 1.25 × the static floor's`, widget.fcp <= 1.25 * floor.fcp, `${(widget.fcp / floor.fcp).toFixed(2)}×`],
    [`first click that works ≤ 2 × the static floor's first contentful paint`, widget.ready <= 2 * floor.fcp, `${(widget.ready / floor.fcp).toFixed(2)}×`],
    [`time to interactive ≤ 1.5 × the static floor's`, widget.ready <= 1.5 * floor.ready, `${(widget.ready / floor.ready).toFixed(2)}×`],
    [`at least 10 × faster than Mermaid`, mermaid.ready >= 10 * widget.ready, `${(mermaid.ready / widget.ready).toFixed(1)}×`],
    [`answer latency median ≤ 16 ms`, r.answers.median <= 16, `${ms(r.answers.median)} ms`],
    [`${big.nodes.toLocaleString("en")}-node tree first render ≤ 100 ms`, big.render <= 100, `${ms(big.render)} ms`],
    [`${big.nodes.toLocaleString("en")}-node tree answers ≤ 16 ms`, big.latency <= 16, `${ms(big.latency)} ms`],
    [`Lighthouse: index.html scores 100`, lh.widget.score >= 100, `${lh.widget.score}`],
    [`Lighthouse: index.html LCP ≤ 1.0 s`, lh.widget.lcp <= 1000, `${sec(lh.widget.lcp)} s`],
    [`Lighthouse: index.html TBT ≤ 50 ms`, lh.widget.tbt <= 50, `${Math.round(lh.widget.tbt)} ms`],
    [`Lighthouse: the blog post with the widget within 2 points of the post without it`, lh.blogPlain.score - lh.blogWidget.score <= 2, `${lh.blogWidget.score} against ${lh.blogPlain.score}`],
    [`Lighthouse: the blog post with the widget has CLS 0`, lh.blogWidget.cls === 0, `${lh.blogWidget.cls.toFixed(3)}`],
  ];
}

/** BENCHMARKS.md. */
export function benchmarksMarkdown(r) {
  const { widget, floor, mermaid } = r.pages;
  const m = r.machine;
  const lines = [
    "# Benchmarks",
    "",
    `Produced by \`make bench\` on ${r.date}. Rerun it to measure your machine; timings vary with hardware and load, sizes do not.`,
    "",
    "What it measures: the release page (`dist/index.html`) against two pages showing the same decision tree: a plain static " +
      "HTML page (the floor: the page itself with its scripts taken out, so the same first question and tree with everything " +
      "inline; loaded in turn with the page) and Mermaid " +
      `${r.mermaidVersion} (its ESM build) rendering the tree as a flowchart. FCP and LCP are the browser's first and largest ` +
      `contentful paint. "Ready" is the time from navigation start until the first click on Yes that takes effect (the widget: ` +
      "a reader clicking on every frame; its prerendered first question paints long before its buttons work), the content is " +
      "parsed (the floor), or the flowchart is drawn (Mermaid).",
    "",
    "Complexity: `layout` is linear in the number of nodes (one pass in depth-first order); `walk` is linear in the number of " +
      "answers used, at most the tree's height.",
    "",
    `Machine: ${m.cpu}, ${m.cores} cores, ${m.ramGiB} GiB RAM, ${m.platform}; ${m.chromium}; Node ${m.node}`,
    `Cold loads per page: ${r.runs} (medians). Sizes: gzip (zopfli, as \`dist/\` ships it) and brotli (quality 11) of each file the page fetched.`,
    "",
    "| Page | Transfer gzip | Transfer brotli | FCP (ms) | LCP (ms) | Ready (ms) | JS heap (MB) |",
    "| --- | ---: | ---: | ---: | ---: | ---: | ---: |",
    ...[widget, floor, mermaid].map(
      (p) => `| ${p.name} | ${kb(p.transfer.gzip)} KB | ${kb(p.transfer.brotli)} KB | ${ms(p.fcp)} | ${ms(p.lcp)} | ${ms(p.ready)} | ${mb(p.heap)} |`,
    ),
    "",
    `Ratios: widget ÷ floor: transfer ${(widget.transfer.gzip / floor.transfer.gzip).toFixed(1)}×, ready ${(widget.ready / floor.ready).toFixed(2)}×. ` +
      `Mermaid ÷ widget: transfer ${(mermaid.transfer.gzip / widget.transfer.gzip).toFixed(1)}×, ready ${(mermaid.ready / widget.ready).toFixed(1)}×.`,
    "",
    "Files the widget page fetched:",
    "",
    "| File | Raw | gzip | brotli |",
    "| --- | ---: | ---: | ---: |",
    ...widget.files.map((f) => `| ${f.file} | ${kb(f.raw)} KB | ${kb(f.gzip)} KB | ${kb(f.brotli)} KB |`),
    `| total | ${kb(widget.transfer.raw)} KB | ${kb(widget.transfer.gzip)} KB | ${kb(widget.transfer.brotli)} KB |`,
    "",
    `A first visit on the wire (brotli, as this server sends it): ${kb(r.firstVisit.page)} KB for the page's files, ` +
      `${kb(r.firstVisit.total)} KB in all once the service worker has stored them for offline use (${r.firstVisit.requests} ` +
      "responses; this server sends no validators, so the worker fetches them again; a server with ETags or long-lived " +
      "caching answers from the browser's cache instead).",
    "",
    `Lighthouse ${r.lighthouse.version}, mobile preset (simulated slow 4G, 4× CPU slowdown), median of 3 runs per page:`,
    "",
    "| Page | Score | FCP (s) | LCP (s) | TBT (ms) | CLS |",
    "| --- | ---: | ---: | ---: | ---: | ---: |",
    ...[
      ["index.html", "widget"],
      ["static floor", "floor"],
      ["blog post, element below the fold", "blogWidget"],
      ["the same post without it", "blogPlain"],
    ].map(([label, key]) => {
      const p = r.lighthouse.pages[key];
      return `| ${label} | ${p.score} | ${sec(p.fcp)} | ${sec(p.lcp)} | ${Math.round(p.tbt)} | ${p.cls.toFixed(3)} |`;
    }),
    "",
    `Answer latency, click to the next frame, over every path of the golden table (${r.answers.count} answers): median ` +
      `${ms(r.answers.median)} ms, p95 ${ms(r.answers.p95)} ms. Event Timing (INP's measure, reported from 16 ms up) saw ` +
      `${r.answers.slow} of the ${r.answers.clicks} clicks (answers and restarts) at 16 ms or more` +
      `${r.answers.slow ? ` (longest ${ms(r.answers.longest)} ms)` : ""}.`,
    `For comparison, a click that only opens a disclosure on the static page takes median ${ms(r.floorClicks.median)} ms, ` +
      `p95 ${ms(r.floorClicks.p95)} ms by the same measure in this browser.`,
    `Memory after walking every path: JS heap ${mb(r.memory.heap)} MB, wasm linear memory ${mb(r.memory.wasm)} MB.`,
    "",
    "Scale (generated balanced trees):",
    "",
    "| Nodes | Height | Native layout (µs) | Native walk (µs) | Browser first render (ms) | Browser answer median / p95 (ms) |",
    "| ---: | ---: | ---: | ---: | ---: | ---: |",
    ...r.scale.map(
      (s) => `| ${s.nodes} | ${s.height} | ${s.layoutMicros.toFixed(1)} | ${s.walkMicros.toFixed(3)} | ${ms(s.render)} | ${ms(s.latency)} / ${ms(s.latencyP95)} |`,
    ),
    "",
    "Targets:",
    "",
    ...targets(r).map(([what, ok, figure]) => `- ${what}: ${mark(ok)} (${figure})`),
    "",
    ...partsSection(r.parts),
    readFileSync(new URL("../../docs/size-levers.md", import.meta.url), "utf8").trimEnd(),
    "",
  ];
  return lines.join("\n");
}

/** What the page's bytes are made of (scripts/size-parts.mjs). */
function partsSection(p) {
  const row = (label, s) => `| ${label} | ${kb(s.raw)} KB | ${kb(s.gzip)} KB | ${kb(s.brotli)} KB |`;
  return [
    "## What the bytes are",
    "",
    "Yew's floor is the smallest Yew app (a button that counts, `src/bin/yew-floor.rs`) built exactly as the widget is. " +
      "The widget's wasm is split by function names; a part's compressed size is its marginal cost (the whole wasm compressed, " +
      "minus the same bytes without that part), so the parts do not add up exactly to the whole. Compressed with gzip -9 (zlib) " +
      "and brotli 11.",
    "",
    "| Part | Raw | gzip -9 | brotli |",
    "| --- | ---: | ---: | ---: |",
    row("Yew's floor: the smallest Yew app's wasm", p.floor),
    row("Yew's floor: its JS glue", p.floor.glue),
    row(`**The widget's wasm** (${p.wasm.functions} functions)`, p.wasm),
    ...p.parts.map((part) => row(`— ${part.part}`, part)),
    row(`The page's JS (\`${p.glue.file}\`: the loader and wasm-bindgen's glue)`, p.glue),
    ...(p.css ? [row(`The page's CSS (\`${p.css.file}\`)`, p.css)] : []),
    row(p.css ? "`index.html` (with the prerendered first state)" : "`index.html` (with the prerendered first state, its CSS and early script)", p.html),
    "",
  ];
}

/** The README's summary, between its <!-- bench --> markers. */
export function readmeBenchBlock(r) {
  const { widget, floor, mermaid } = r.pages;
  const lh = r.lighthouse.pages;
  return [
    "<!-- bench -->",
    "| | Widget | Static floor | Mermaid |",
    "| --- | ---: | ---: | ---: |",
    `| First contentful paint (median of ${r.runs} cold loads) | ${ms(widget.fcp)} ms | ${ms(floor.fcp)} ms | ${ms(mermaid.fcp)} ms |`,
    `| Ready: first click that works / parsed / drawn | ${ms(widget.ready)} ms | ${ms(floor.ready)} ms | ${ms(mermaid.ready)} ms |`,
    `| Answer latency, median / p95 | ${ms(r.answers.median)} / ${ms(r.answers.p95)} ms | – | – |`,
    `| Lighthouse mobile: score, LCP, TBT | ${lh.widget.score}, ${sec(lh.widget.lcp)} s, ${Math.round(lh.widget.tbt)} ms | ${lh.floor.score}, ${sec(lh.floor.lcp)} s, ${Math.round(lh.floor.tbt)} ms | – |`,
    "",
    `Measured by \`make bench\` on ${r.date} (${r.machine.cores} cores, ${r.machine.chromium}); details, with the sizes ` +
      "the pages transferred then and the blog-post comparison, in [BENCHMARKS.md](BENCHMARKS.md). Today's sizes are in the table under Size.",
    "<!-- /bench -->",
  ].join("\n");
}
