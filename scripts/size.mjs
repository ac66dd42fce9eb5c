// Measures what a visitor downloads for the standalone page: index.html and every script,
// stylesheet and wasm file it loads, each compressed with gzip -9 (and brotli, for reference).
//
// Usage: node scripts/size.mjs [dist] [--max=BYTES] [--readme=README.md]
//   --max      fail when the gzip total exceeds BYTES
//   --readme   fail when the README's quoted total (between <!-- size --> markers) is stale
import { readFileSync, existsSync } from "node:fs";
import { join } from "node:path";
import { brotliCompressSync, gzipSync, constants } from "node:zlib";

const args = process.argv.slice(2);
const flag = (name) => args.find((a) => a.startsWith(`--${name}=`))?.split("=")[1];
const dist = args.find((a) => !a.startsWith("--")) ?? "dist";

/** The files the page loads, found by following its references (not by listing dist/). */
export function pageFiles(dist, entry = "index.html") {
  const files = [entry];
  const seen = new Set(files);
  for (let i = 0; i < files.length; i++) {
    // The service worker's precache list is fetched later, in the background: count the
    // worker script, not what it caches.
    if (files[i] === "sw.js") continue;
    const text = readFileSync(join(dist, files[i]), "utf8");
    const refs = [
      ...text.matchAll(/(?:href|src)="?\.\/([^"\s>]+\.(?:css|js|wasm))/g),
      ...text.matchAll(/["']\.\/([^"'\s]+\.(?:js|wasm))["']/g),
    ].map((m) => m[1]);
    for (const ref of refs) {
      if (!seen.has(ref) && existsSync(join(dist, ref))) {
        seen.add(ref);
        files.push(ref);
      }
    }
  }
  return files;
}

/** Raw, gzip -9 and brotli (quality 11) sizes of some bytes. */
export function sizes(body) {
  return {
    raw: body.length,
    gzip: gzipSync(body, { level: 9 }).length,
    brotli: brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
  };
}

export function measure(dist, entry) {
  return pageFiles(dist, entry).map((name) => ({ name, ...sizes(readFileSync(join(dist, name))) }));
}

const kb = (n) => (n / 1000).toFixed(1);

if (import.meta.url === `file://${process.argv[1]}`) {
  const rows = measure(dist);
  const total = rows.reduce((t, r) => ({ raw: t.raw + r.raw, gzip: t.gzip + r.gzip, brotli: t.brotli + r.brotli }), { raw: 0, gzip: 0, brotli: 0 });
  console.log("file".padEnd(58), "raw KB".padStart(8), "gzip -9".padStart(8), "brotli".padStart(8));
  for (const r of rows) console.log(r.name.padEnd(58), kb(r.raw).padStart(8), kb(r.gzip).padStart(8), kb(r.brotli).padStart(8));
  console.log("total".padEnd(58), kb(total.raw).padStart(8), kb(total.gzip).padStart(8), kb(total.brotli).padStart(8));

  let failed = false;
  const max = Number(flag("max"));
  if (max) {
    const ok = total.gzip <= max;
    console.log(`size: gzip total ${total.gzip} bytes ${ok ? "within" : "OVER"} the budget of ${max}`);
    failed ||= !ok;
  }
  const readme = flag("readme");
  if (readme) {
    const quoted = readFileSync(readme, "utf8").match(/<!-- size -->[\s\S]*?([\d.]+) KB[\s\S]*?<!-- \/size -->/)?.[1];
    const fresh = quoted && Math.abs(Number(quoted) * 1000 - total.gzip) <= 1500;
    console.log(`size: ${readme} quotes ${quoted ?? "nothing"} KB; measured ${kb(total.gzip)} KB`);
    failed ||= !fresh;
  }
  process.exit(failed ? 1 : 0);
}
