// Measures what each entry point of the site downloads, as dist/site.json lists it (one row per
// entry point and language, each with the files it loads and its budget), and fails when one is
// over its budget. The budget is in gzip bytes as shipped (the .gz copies in dist/, written with
// zopfli; see scripts/lib/compress.mjs); brotli and zlib's gzip -9 are reported beside it. The
// README quotes these figures; scripts/figures.mjs checks that it quotes them right, and
// e2e/fetches.test.mjs that the lists are what a browser fetches.
//
// Usage: node scripts/size.mjs [dist]
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { gunzipSync, gzipSync } from "node:zlib";
import { brotli } from "./lib/compress.mjs";
import { site } from "./lib/dist.mjs";

/**
 * The sizes of a file in dist/: raw, gzip as shipped (its .gz copy, which must exist and hold the
 * same bytes), zlib's gzip -9 for comparison, and brotli (quality 11).
 */
export function fileSizes(dist, name) {
  if (!existsSync(join(dist, name))) throw new Error(`${dist}/site.json lists ${name}, which is not in ${dist}/`);
  const body = readFileSync(join(dist, name));
  const shipped = join(dist, `${name}.gz`);
  if (!existsSync(shipped)) throw new Error(`${dist}/${name} has no .gz copy; the build writes one for every file`);
  const gz = readFileSync(shipped);
  if (!gunzipSync(gz).equals(body)) throw new Error(`${dist}/${name}.gz is not a copy of ${name}; rebuild`);
  return { raw: body.length, gzip: gz.length, zlib: gzipSync(body, { level: 9 }).length, brotli: brotli(body).length };
}

/** The name a row goes by: `embed.js`, `embed.js (element-own-tree)`, `index.html (nl)`. */
export function entryName(row, first) {
  const variant = [row.id === "element-own-tree" ? "an author's tree" : null, row.lang !== first ? row.lang : null].filter(Boolean);
  return variant.length ? `${row.file} (${variant.join(", ")})` : row.file;
}

/** Each row of the site table with the sizes of what it loads and their total. */
export function measure(dist) {
  const { languages, entries } = site(dist);
  return entries.map((row) => {
    const files = row.loads.map((name) => ({ name, ...fileSizes(dist, name) }));
    const total = files.reduce((t, f) => ({ raw: t.raw + f.raw, gzip: t.gzip + f.gzip, zlib: t.zlib + f.zlib, brotli: t.brotli + f.brotli }), {
      raw: 0,
      gzip: 0,
      zlib: 0,
      brotli: 0,
    });
    return { ...row, name: entryName(row, languages[0]), files, total };
  });
}

const kb = (n) => (n / 1000).toFixed(1);

/** The README's size block, written from a measurement and the site's `files`. */
export function readmeBlock(results, files) {
  const first = results[0].lang;
  const page = results.find((r) => r.id === "page" && r.lang === first);
  const wasm = page.files.find((f) => f.name === files.wasm[page.wasm]);
  const rows = results.map((r) => {
    const language = r.lang === first ? "" : `, read in another language (\`${r.lang}\`)`;
    const budget = r.budget ? `${kb(r.budget)} KB` : "–";
    return `| \`${r.file}\`, ${r.what}${language} | ${kb(r.total.gzip)} KB | ${budget} | ${kb(r.total.brotli)} KB | ${kb(r.total.zlib)} KB |`;
  });
  const offline = page.files.filter((f) => f.name !== "sw.js");
  const others = results.filter((r) => r.id === "page" && r.lang !== first);
  const languageNote = others.map((r) => `; read in \`${r.lang}\`, it adds ${kb(r.total.gzip - page.total.gzip)} KB (the tree in that language)`).join("");
  return [
    "<!-- size -->",
    "| Entry point | gzip | budget | brotli | gzip -9 (zlib) |",
    "| --- | ---: | ---: | ---: | ---: |",
    ...rows,
    "",
    `The page's ${kb(page.total.gzip)} KB include ${kb(wasm.gzip)} KB of wasm (Yew, the loader and the widget; ` +
      `the tree and its wording come with the page, inline)${languageNote}. ` +
      `For offline use the service worker then stores the page's own ` +
      `${offline.length} files (${kb(offline.reduce((t, f) => t + f.gzip, 0))} KB, nothing the page does not load); ` +
      `\`make bench\` measures a first visit's total on the wire.`,
    "<!-- /size -->",
  ].join("\n");
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const dist = process.argv.slice(2).find((a) => !a.startsWith("--")) ?? "dist";
  let results;
  try {
    results = measure(dist);
  } catch (error) {
    console.error(`size: ${error.message}`);
    process.exit(1);
  }
  for (const r of results) {
    console.log(`\n${r.name}: ${r.what}`);
    console.log("  " + "file".padEnd(50), "raw KB".padStart(8), "gzip".padStart(8), "brotli".padStart(8), "zlib -9".padStart(8));
    for (const f of r.files) console.log("  " + f.name.padEnd(50), kb(f.raw).padStart(8), kb(f.gzip).padStart(8), kb(f.brotli).padStart(8), kb(f.zlib).padStart(8));
    console.log("  " + "total".padEnd(50), kb(r.total.raw).padStart(8), kb(r.total.gzip).padStart(8), kb(r.total.brotli).padStart(8), kb(r.total.zlib).padStart(8));
  }
  const failures = [];
  console.log("");
  for (const r of results.filter((r) => r.budget)) {
    const ok = r.total.gzip <= r.budget;
    console.log(`size: ${r.name} loads ${r.total.gzip} bytes gzip, ${ok ? "within" : "OVER"} its budget of ${r.budget}`);
    if (!ok) failures.push(`${r.name} is over its budget`);
  }
  for (const failure of failures) console.error(`size: ${failure}`);
  process.exit(failures.length ? 1 : 0);
}
