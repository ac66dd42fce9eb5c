// What the page's bytes are made of, for BENCHMARKS.md: Yew's floor (the smallest Yew app,
// src/bin/yew-floor.rs, built by Trunk exactly as the widget is), and the widget's wasm split
// into parts by the functions' names (the loader and validator, the views, the effects and
// browser glue, the rest of the core, Yew, wasm-bindgen and the Rust standard library, and the
// data segment: constants and messages; the tree is not in the wasm, the page carries it), plus
// the JS glue and the CSS.
//
// A part's compressed cost is its marginal cost: the size of the whole wasm compressed, minus
// the size of the same bytes without that part's function bodies (or data) compressed. Parts
// compress together, so the marginal costs do not add up exactly to the whole.
//
// Needs `make dist` first (it reads Cargo's wasm from the same build). Used by `make bench`;
// `node scripts/size-parts.mjs` prints the table alone.
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, readdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { brotliCompressSync, gzipSync, constants } from "node:zlib";
import { fileSizes } from "./size.mjs";
import { site } from "./lib/dist.mjs";
import { wasmParts } from "./lib/wasm-parts.mjs";

const CARGO_WASM = "target/wasm32-unknown-unknown/release/integration_decision_tree.wasm";

const gz = (bytes) => gzipSync(bytes, { level: 9 }).length;
const br = (bytes) => brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;

/** The wasm-opt settings Trunk uses for the widget, from index.html (its build input). */
function optParams(file) {
  const html = readFileSync(file, "utf8");
  const level = /data-wasm-opt="([^"]+)"/.exec(html)[1];
  const params = /data-wasm-opt-params="([^"]+)"/.exec(html)[1];
  return [`-O${level}`, ...params.split(/\s+/)];
}

/** Which part a function belongs to, by its name. */
function partOf(name) {
  const path = name.replace(/^<+/, "");
  const ours = /^integration_decision_tree::(core|ui)::(\w+)/.exec(path);
  if (ours) {
    const [, layer, module] = ours;
    if ((layer === "core" && module === "load") || module === "tree_data") return "loader and validator";
    if (layer === "ui" && ["hooks", "host", "browser", "crash", "test_hooks"].includes(module)) return "effects and browser glue";
    if (layer === "ui") return "views";
    return "the rest of the core (walk, layout, exports, permalinks)";
  }
  if (/^(yew|implicit_clone|gloo|prokio)/.test(path)) return "Yew";
  if (/^(wasm_bindgen|js_sys|web_sys)/.test(path)) return "wasm-bindgen, js-sys, web-sys";
  return "Rust's standard library, hashbrown, talc";
}

/** The parts and their sizes. */
export function sizeParts(dist = "dist") {
  const widgetParams = optParams("index.html");
  const floorParams = optParams("bench/yew-floor.html");
  if (widgetParams.join(" ") !== floorParams.join(" ")) throw new Error("bench/yew-floor.html's wasm-opt settings differ from index.html's");

  // Yew's floor, built the same way.
  const floorDist = mkdtempSync(join(tmpdir(), "idt-yew-floor-"));
  execFileSync("trunk", ["build", "--release", "--offline", "--dist", floorDist, "bench/yew-floor.html"], { stdio: "ignore" });
  const floorWasm = readFileSync(join(floorDist, readdirSync(floorDist).find((f) => f.endsWith(".wasm"))));
  const floorGlue = readFileSync(join(floorDist, readdirSync(floorDist).find((f) => f.endsWith(".js"))));

  // The widget's wasm again, with names kept (the same optimisation; names only add a section).
  const work = mkdtempSync(join(tmpdir(), "idt-parts-"));
  execFileSync("wasm-bindgen", ["--target", "web", "--no-typescript", "--out-dir", work, CARGO_WASM]);
  const named = join(work, "named.wasm");
  execFileSync("wasm-opt", [join(work, "integration_decision_tree_bg.wasm"), "-g", ...widgetParams, "-o", named]);
  const bytes = readFileSync(named);
  const shipped = readFileSync(join(dist, site(dist).files.wasm.widget));
  const { bodies, data } = wasmParts(bytes);
  const codeBytes = bodies.reduce((t, b) => t + b.end - b.start, 0);

  const ranges = new Map();
  for (const body of bodies) {
    const part = partOf(body.name);
    if (!ranges.has(part)) ranges.set(part, []);
    ranges.get(part).push(body);
  }
  ranges.set("data: constants and messages (the tree comes with the page)", data);

  const whole = { gzip: gz(bytes), brotli: br(bytes) };
  const without = (cut) => {
    const keep = [];
    let at = 0;
    for (const r of [...cut].sort((a, b) => a.start - b.start)) {
      keep.push(bytes.subarray(at, r.start));
      at = r.end;
    }
    keep.push(bytes.subarray(at));
    return Buffer.concat(keep);
  };
  const wasmRows = [...ranges].map(([part, cut]) => {
    const rest = without(cut);
    return { part, raw: bytes.length - rest.length, gzip: whole.gzip - gz(rest), brotli: whole.brotli - br(rest) };
  });
  wasmRows.sort((a, b) => b.raw - a.raw);

  const { files } = site(dist);
  const exact = (name) => {
    const s = fileSizes(dist, name);
    return { raw: s.raw, gzip: s.zlib, brotli: s.brotli };
  };
  return {
    floor: { raw: floorWasm.length, gzip: gz(floorWasm), brotli: br(floorWasm), glue: { raw: floorGlue.length, gzip: gz(floorGlue), brotli: br(floorGlue) } },
    wasm: { raw: shipped.length, gzip: gz(shipped), brotli: br(shipped), code: codeBytes, functions: bodies.length },
    parts: wasmRows,
    glue: { file: files.scripts.page, ...exact(files.scripts.page) },
    html: exact("index.html"),
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const r = sizeParts();
  const kb = (n) => (n / 1000).toFixed(1).padStart(7);
  console.log("part".padEnd(60), "raw KB", "gzip -9", " brotli");
  console.log("Yew's floor (hello world: wasm)".padEnd(58), kb(r.floor.raw), kb(r.floor.gzip), kb(r.floor.brotli));
  for (const p of r.parts) console.log(`  ${p.part}`.padEnd(58), kb(p.raw), kb(p.gzip), kb(p.brotli));
  console.log("the widget's wasm, whole".padEnd(58), kb(r.wasm.raw), kb(r.wasm.gzip), kb(r.wasm.brotli));
  for (const [name, s] of [["JS (page.js: loader and wasm-bindgen's glue)", r.glue], ["index.html (with its CSS)", r.html]]) {
    console.log(name.padEnd(58), kb(s.raw), kb(s.gzip), kb(s.brotli));
  }
}
