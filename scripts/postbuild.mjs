// Turns Trunk's output in dist/ into the files we ship.
//
// Trunk writes the wasm, its JS glue, the CSS and index.html with an inline loader script.
// This step
// - replaces that inline script with a hashed module file (web/boot.js), so the page works
//   under a strict CSP and from any sub-path (every URL stays relative);
// - minifies wasm-bindgen's JS glue, which Trunk leaves nearly as is (about 2 KB gzip less);
// - joins the widget's and the page's stylesheets into one for the page;
// - recomputes the Subresource Integrity hashes of everything it changed.
//
// Usage: node scripts/postbuild.mjs [dist]
import { createHash } from "node:crypto";
import { readFileSync, writeFileSync, readdirSync, unlinkSync } from "node:fs";
import { join } from "node:path";
import { transformSync } from "esbuild";

const dist = process.argv[2] ?? "dist";
const read = (name) => readFileSync(join(dist, name), "utf8");
const hashed = (stem, ext, content) =>
  `${stem}-${createHash("sha256").update(content).digest("hex").slice(0, 16)}.${ext}`;

/** A Subresource Integrity value for `content`. */
function sri(content) {
  return `sha384-${createHash("sha384").update(content).digest("base64")}`;
}

function fail(message) {
  console.error(`postbuild: ${message}`);
  process.exit(1);
}

let html = read("index.html");
// Trunk leaves the data-integrity="none" it was given on CSS links.
html = html.replace(/ data-integrity=("?)none\1/g, "");
// Trunk may minify the HTML, so attribute quotes are optional throughout.
const loader = html.match(/<script type="?module"?>([\s\S]*?)<\/script>/);
if (!loader) fail("index.html has no inline loader: was it already processed?");
const glue = loader[1].match(/from '\.\/([^']+\.js)'/)?.[1];
const wasm = loader[1].match(/module_or_path: '\.\/([^']+\.wasm)'/)?.[1];
if (!glue || !wasm) fail("could not find the glue and wasm names in Trunk's loader");

for (const old of readdirSync(dist).filter((f) => /^(boot-[0-9a-f]{16}\.js|site-[0-9a-f]{16}\.css)$/.test(f))) {
  unlinkSync(join(dist, old));
}
const minified = transformSync(read(glue), { minify: true, format: "esm", target: "es2020" }).code;
writeFileSync(join(dist, glue), minified);

const bootSource = readFileSync("web/boot.js", "utf8").replace("__GLUE__", glue).replace("__WASM__", wasm);
const boot = transformSync(bootSource, { minify: true, format: "esm", target: "es2022" }).code;
const bootName = hashed("boot", "js", boot);
writeFileSync(join(dist, bootName), boot);

html = html.replace(loader[0], `<script type="module" src="./${bootName}"></script>`);

// One stylesheet for the page: the widget's styles followed by the page chrome's.
const sheets = [...html.matchAll(/<link href="?\.\/((?:widget|page)-[0-9a-f]{16}\.css)"? rel="?stylesheet"?>/g)];
if (sheets.length !== 2) fail("expected the widget and page stylesheets in index.html");
const css = sheets.map((m) => read(m[1])).join("\n");
const cssName = hashed("site", "css", css);
writeFileSync(join(dist, cssName), css);
html = html.replace(sheets[0][0], `<link href="./${cssName}" rel="stylesheet">`).replace(sheets[1][0], "");
html = html.replace(/(href=("?)\.\/([^"\s>]+)\2[^>]*?integrity=)("?)sha384-[A-Za-z0-9+/=]+\4/g,
  (_, before, _q, file, quote) => `${before}${quote}${sri(readFileSync(join(dist, file)))}${quote}`);
if (/<script(?![^>]*\bsrc=)[^>]*>/.test(html)) fail("an inline script is left in index.html");
if (/\b(?:href|src)="?\//.test(html)) fail("index.html has an absolute URL");
writeFileSync(join(dist, "index.html"), html);
console.log(`postbuild: ${bootName} loads ${glue} and ${wasm}`);
