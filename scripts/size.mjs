// Measures what each entry point a host uses downloads, by following references from the entry
// point itself: the page, the iframe page, the custom element's script, and the single-file
// download on its own. The budget is in gzip bytes as shipped (the .gz copies in dist/, written
// with zopfli; see scripts/lib/compress.mjs); brotli and zlib's gzip -9 are reported beside it.
//
// Usage: node scripts/size.mjs [dist] [--max=BYTES] [--max-standalone=BYTES]
//   --max             fail when index.html, embed.html, embed.js (with the built-in tree or an
//                     author's) or tree.html, with everything each loads, exceeds BYTES of gzip
//   --max-standalone  the same for standalone.html, which carries the wasm as base64 text
// A reference that does not resolve to a file in dist/ is an error, never skipped. The README
// quotes these figures; scripts/figures.mjs checks that it quotes them right.
import { readFileSync, readdirSync, existsSync } from "node:fs";
import { join } from "node:path";
import { gunzipSync, gzipSync } from "node:zlib";
import { brotli } from "./lib/compress.mjs";
import { firstLanguage } from "./lib/dist.mjs";

/** The entry points a host can use, with what each stands for. */
export const ENTRIES = [
  { file: "index.html", what: "the page" },
  { file: "embed.html", what: "the iframe page" },
  { file: "embed.js", what: "the custom element, with everything it fetches" },
  { file: "embed.js", ownTree: true, what: "the custom element showing an author's tree (`src`, inline or `tree`)" },
  { file: "tree.html", ownTree: true, what: "the iframe page for an author's tree file (`tree.html?src=`)" },
];

// The custom element loads one of two builds of the wasm (each with its glue): the widget's,
// or, for an element with an author's tree, the build for authors' trees. Each measurement
// counts the one it loads.
const BUILTIN = /^(widget|glue)-[0-9a-f]+\.(js|wasm)$/;
const AUTHORING = /^authoring(-glue)?-[0-9a-f]+\.(js|wasm)$/;
// The tree the widget is given is a file per language (the pages also carry their own inline):
// the element fetches the first language's, readers of another language fetch theirs with
// web/wording.js. Each measurement counts the one its language fetches.
const TRANSLATION = /^tree\.([a-z]{2,3}(?:-[a-z0-9]+)*)-[0-9a-f]+\.json$/i;
// The script that fetches it, which only another language loads.
const WORDING = /^wording-[0-9a-f]+\.js$/;
/** The languages dist/ has a wording file for, besides the one the pages come in. */
export const languagesOf = (dist) =>
  readdirSync(dist)
    .map((name) => TRANSLATION.exec(name)?.[1])
    .filter((lang) => lang && lang !== firstLanguage(dist))
    .sort();
/** The entries as read in another language: the page and the element, with that language's file. */
export const languageEntries = (dist) =>
  languagesOf(dist).flatMap((lang) => [
    { file: "index.html", lang, what: `the page, read in another language (\`${lang}\`)` },
    { file: "embed.js", lang, what: `the custom element, in another language (\`${lang}\`)` },
  ]);

/** The name an entry's measurement goes by: `embed.js`, `embed.js (an author's tree)`, `index.html (nl)`. */
export const entryName = (entry) => (entry.ownTree ? `${entry.file} (an author's tree)` : entry.lang ? `${entry.file} (${entry.lang})` : entry.file);
export const STANDALONE = { file: "standalone.html", what: "the single file, wasm inlined" };

/**
 * The sizes of a file in dist/: raw, gzip as shipped (its .gz copy, which must exist and hold the
 * same bytes), zlib's gzip -9 for comparison, and brotli (quality 11).
 */
export function fileSizes(dist, name) {
  const body = readFileSync(join(dist, name));
  const shipped = join(dist, `${name}.gz`);
  if (!existsSync(shipped)) throw new Error(`${dist}/${name} has no .gz copy; the build writes one for every text file`);
  const gz = readFileSync(shipped);
  if (!gunzipSync(gz).equals(body)) throw new Error(`${dist}/${name}.gz is not a copy of ${name}; rebuild`);
  return { raw: body.length, gzip: gz.length, zlib: gzipSync(body, { level: 9 }).length, brotli: brotli(body).length };
}

/** The relative references (`./name.ext`) in a file that a browser would fetch from it. */
function references(name, text) {
  // What sits inside <noscript> is only fetched without JavaScript.
  const live = name.endsWith(".html") ? text.replace(/<noscript>[\s\S]*?<\/noscript>/g, "") : text;
  // In HTML: src and href attributes (stylesheets, scripts, preloads, icons). In scripts:
  // `new URL("./…", import.meta.url)`, `import("./…")` and `register("./…")`, which is how
  // every loader names what it fetches. The e2e suite checks these lists against what a
  // browser really fetches.
  const found = name.endsWith(".html")
    ? [...live.matchAll(/\b(?:href|src)="?\.\/([^"\s>#?]+\.(?:css|js|wasm|svg))(?=["\s>#?])/g)]
    : [...live.matchAll(/(?:new URL|import|register)\(\s*["'`]\.\/([^"'`\s#?]+\.(?:css|js|wasm|json))["'`]/g)];
  return found.map((m) => m[1]);
}

/**
 * The files `entry` makes the browser fetch, in discovery order, starting with itself.
 * Throws when a reference names a file that does not exist, unless it is one of `later`:
 * files the build writes after this question is asked (the service worker, whose precache
 * list is made from the answer).
 */
export function filesOf(dist, entry, later = [], { ownTree = false, lang = null } = {}) {
  const other = ownTree ? BUILTIN : AUTHORING;
  // An author's tree speaks its own language: no built-in tree in any.
  const shown = ownTree ? null : (lang ?? firstLanguage(dist));
  const otherLanguage = (ref) => (TRANSLATION.test(ref) && TRANSLATION.exec(ref)[1] !== shown) || (WORDING.test(ref) && !lang);
  const files = [entry];
  const missing = [];
  for (let i = 0; i < files.length; i++) {
    // The service worker's precache list is fetched later, in the background: count the
    // worker script, not what it caches (see `precache`).
    if (files[i] === "sw.js") continue;
    for (const ref of references(files[i], readFileSync(join(dist, files[i]), "utf8"))) {
      if (files.includes(ref) || later.includes(ref) || other.test(ref) || otherLanguage(ref)) continue;
      if (!existsSync(join(dist, ref))) missing.push(`${files[i]} refers to ./${ref}, which is not in ${dist}/`);
      else files.push(ref);
    }
  }
  if (missing.length) throw new Error(missing.join("\n"));
  return files;
}

/** The files an entry loads, each with its sizes, and their total. */
export function measure(dist, entry, { ownTree = false, lang = null } = {}) {
  const files = filesOf(dist, entry, [], { ownTree, lang }).map((name) => ({ name, ...fileSizes(dist, name) }));
  const total = files.reduce((t, f) => ({ raw: t.raw + f.raw, gzip: t.gzip + f.gzip, zlib: t.zlib + f.zlib, brotli: t.brotli + f.brotli }), {
    raw: 0,
    gzip: 0,
    zlib: 0,
    brotli: 0,
  });
  return { entry: entryName({ file: entry, ownTree, lang }), files, total };
}

/**
 * What the service worker fetches in the background after a first visit to `page`, beyond the
 * page itself: the list sw.js holds for that page.
 */
export function precache(dist, page = "index.html") {
  const worker = readFileSync(join(dist, "sw.js"), "utf8");
  const list = worker.match(new RegExp(`"${page.replace(".", "\\.")}":(\\[[^\\]]*\\])`));
  if (!list) throw new Error(`sw.js has no precache list for ${page}`);
  const urls = JSON.parse(list[1]).map((url) => url.slice(2));
  for (const url of urls) if (!existsSync(join(dist, url))) throw new Error(`sw.js precaches ./${url}, which is not in ${dist}/`);
  const files = urls.map((name) => ({ name, ...fileSizes(dist, name) }));
  return { page, files, gzip: files.reduce((t, f) => t + f.gzip, 0) };
}

const kb = (n) => (n / 1000).toFixed(1);

/** What reading the page in another language adds: that language's tree and the script that fetches it. */
function languageNote(results) {
  const page = results.find((r) => r.entry === "index.html");
  const others = results.filter((r) => r.entry.startsWith("index.html ("));
  return others
    .map((r) => `; read in \`${r.entry.slice(12, -1)}\`, it adds ${kb(r.total.gzip - page.total.gzip)} KB (the tree in that language and the script that fetches it)`)
    .join("");
}

/** The README's size block, written from a measurement. */
export function readmeBlock(results, cached, entries = [...ENTRIES, STANDALONE]) {
  const page = results.find((r) => r.entry === "index.html");
  const wasm = page.files.find((f) => f.name.endsWith(".wasm"));
  const rows = results.map((r) => {
    const entry = entries.find((e) => entryName(e) === r.entry);
    return `| \`${entry.file}\`, ${entry.what} | ${kb(r.total.gzip)} KB | ${kb(r.total.brotli)} KB | ${kb(r.total.zlib)} KB |`;
  });
  return [
    "<!-- size -->",
    "| Entry point | gzip | brotli | gzip -9 (zlib) |",
    "| --- | ---: | ---: | ---: |",
    ...rows,
    "",
    `The page's ${kb(page.total.gzip)} KB include ${kb(wasm.gzip)} KB of wasm (Yew, the loader and the widget; ` +
      `the tree and its wording come with the page, inline)${languageNote(results)}. ` +
      `For offline use the service worker then stores the page's own ` +
      `${cached.files.length} files (${kb(cached.gzip)} KB, nothing the page does not load), through the browser's ` +
      `HTTP cache where the server allows it; \`make bench\` measures a first visit's total on the wire.`,
    "<!-- /size -->",
  ].join("\n");
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const args = process.argv.slice(2);
  const flag = (name) => args.find((a) => a.startsWith(`--${name}=`))?.split("=")[1];
  const dist = args.find((a) => !a.startsWith("--")) ?? "dist";
  const failures = [];
  let results;
  let cached;
  try {
    results = [...ENTRIES, ...languageEntries(dist), STANDALONE].map((e) => measure(dist, e.file, e));
    cached = precache(dist);
  } catch (error) {
    console.error(`size: ${error.message}`);
    process.exit(1);
  }

  for (const r of results) {
    console.log(`\n${r.entry}`);
    console.log("  " + "file".padEnd(50), "raw KB".padStart(8), "gzip".padStart(8), "brotli".padStart(8), "zlib -9".padStart(8));
    for (const f of r.files) console.log("  " + f.name.padEnd(50), kb(f.raw).padStart(8), kb(f.gzip).padStart(8), kb(f.brotli).padStart(8), kb(f.zlib).padStart(8));
    console.log("  " + "total".padEnd(50), kb(r.total.raw).padStart(8), kb(r.total.gzip).padStart(8), kb(r.total.brotli).padStart(8), kb(r.total.zlib).padStart(8));
  }
  console.log(`\nstored for offline use after a first visit to index.html: ${kb(cached.gzip)} KB gzip in ${cached.files.length} files`);

  for (const [limit, entries] of [
    [Number(flag("max")), ENTRIES.map(entryName)],
    [Number(flag("max-standalone")), [STANDALONE.file]],
  ]) {
    if (!limit) continue;
    for (const r of results.filter((r) => entries.includes(r.entry))) {
      const ok = r.total.gzip <= limit;
      console.log(`size: ${r.entry} loads ${r.total.gzip} bytes gzip, ${ok ? "within" : "OVER"} the budget of ${limit}`);
      if (!ok) failures.push(`${r.entry} is over its budget`);
    }
  }

  for (const failure of failures) console.error(`size: ${failure}`);
  process.exit(failures.length ? 1 : 0);
}
