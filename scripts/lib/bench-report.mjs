// Renders what `make bench` measured (docs/benchmarks.json) as BENCHMARKS.md and as the
// README's summary. Pure functions of the results: scripts/figures.mjs renders them again to
// check that the committed files say what the measurement says.

const kb = (n) => (n / 1000).toFixed(1);
const ms = (n) => n.toFixed(1);
const mb = (n) => (n / 1e6).toFixed(2);
const mark = (ok) => (ok ? "met" : "missed");

/** The targets the issues set, each with whether this measurement meets it. */
export function targets(r) {
  const { widget, floor, mermaid } = r.pages;
  const big = r.scale.at(-1);
  return [
    [`time to interactive ≤ 1.5 × the static floor`, widget.ready <= 1.5 * floor.ready, `${(widget.ready / floor.ready).toFixed(2)}×`],
    [`at least 10 × faster than Mermaid`, mermaid.ready >= 10 * widget.ready, `${(mermaid.ready / widget.ready).toFixed(1)}×`],
    [`answer latency median ≤ 16 ms`, r.answers.median <= 16, `${ms(r.answers.median)} ms`],
    [`${big.nodes.toLocaleString("en")}-node tree first render ≤ 100 ms`, big.render <= 100, `${ms(big.render)} ms`],
    [`${big.nodes.toLocaleString("en")}-node tree answers ≤ 16 ms`, big.latency <= 16, `${ms(big.latency)} ms`],
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
      "HTML page (the floor: the questions, the decision table and the tree as inline SVG) and Mermaid " +
      `${r.mermaidVersion} (its ESM build) rendering the tree as a flowchart. "Ready" is the time from navigation start until ` +
      "the first question can be answered (the widget), the content is parsed (the floor), or the flowchart is drawn (Mermaid).",
    "",
    "Complexity: `layout` is linear in the number of nodes (one pass in depth-first order); `walk` is linear in the number of " +
      "answers used, at most the tree's height.",
    "",
    `Machine: ${m.cpu}, ${m.cores} cores, ${m.ramGiB} GiB RAM, ${m.platform}; ${m.chromium}; Node ${m.node}`,
    `Cold loads per page: ${r.runs} (medians). Sizes: gzip -9 and brotli (quality 11) of each file the page fetched.`,
    "",
    "| Page | Transfer gzip | Transfer brotli | Ready (ms) | JS heap (MB) |",
    "| --- | ---: | ---: | ---: | ---: |",
    ...[widget, floor, mermaid].map((p) => `| ${p.name} | ${kb(p.transfer.gzip)} KB | ${kb(p.transfer.brotli)} KB | ${ms(p.ready)} | ${mb(p.heap)} |`),
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
  ];
  return lines.join("\n");
}

/** The README's summary, between its <!-- bench --> markers. */
export function readmeBenchBlock(r) {
  const { widget, floor, mermaid } = r.pages;
  return [
    "<!-- bench -->",
    "| | Widget | Static floor | Mermaid |",
    "| --- | ---: | ---: | ---: |",
    `| Ready (median of ${r.runs} cold loads) | ${ms(widget.ready)} ms | ${ms(floor.ready)} ms | ${ms(mermaid.ready)} ms |`,
    `| Answer latency, median / p95 | ${ms(r.answers.median)} / ${ms(r.answers.p95)} ms | – | – |`,
    "",
    `Measured by \`make bench\` on ${r.date} (${r.machine.cores} cores, ${r.machine.chromium}); details, with the sizes ` +
      "the pages transferred then, in [BENCHMARKS.md](BENCHMARKS.md). Today's sizes are in the table under Size.",
    "<!-- /bench -->",
  ].join("\n");
}
