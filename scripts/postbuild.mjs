// Turns Trunk's output in dist/ into the site we ship.
//
// Trunk compiles the wasm, runs wasm-bindgen and wasm-opt, hashes the CSS and writes
// index.html with an inline loader script. This step then writes:
//
//   index.html         the page: no inline script (a hashed boot-*.js bundled with the glue),
//                      one joined stylesheet, a <noscript> redirect, oEmbed discovery
//   embed.html         the widget without page chrome, for iframes; reports its height
//   embed.js           <integration-decision-tree>, a custom element for script embeds
//   standalone.html    one self-contained file that works from file:// with no network
//   tree.svg           the whole tree as a static picture, for hosts that allow no embeds
//   fallback.html      the plain-HTML version: where the page sends readers without
//                      JavaScript, and the block to paste inside the element for them
//   oembed.json        oEmbed "rich" response pointing at embed.html
//   sw.js              the offline cache, listing this build's files
//   *.gz, *.br         precompressed copies for servers that can send them
//
// It also minifies wasm-bindgen's JS glue, which Trunk leaves nearly as is.
// Every URL stays relative, so the site works under any path. Set SITE_URL (for example
// https://example.org/decision-tree/) to make oembed.json's URLs absolute, as oEmbed
// consumers require.
//
// Usage: node scripts/postbuild.mjs [dist]
import { createHash } from "node:crypto";
import { execFileSync } from "node:child_process";
import { readFileSync, writeFileSync, readdirSync, unlinkSync, statSync } from "node:fs";
import { join, resolve } from "node:path";
import { brotliCompressSync, gzipSync, constants } from "node:zlib";
import { buildSync, transformSync } from "esbuild";

const dist = process.argv[2] ?? "dist";
const site = process.env.SITE_URL ? new URL(process.env.SITE_URL.replace(/\/?$/, "/")) : null;
const read = (name) => readFileSync(join(dist, name), "utf8");
const write = (name, content) => writeFileSync(join(dist, name), content);
const hashed = (stem, ext, content) =>
  `${stem}-${createHash("sha256").update(content).digest("hex").slice(0, 16)}.${ext}`;
const minify = (code) => transformSync(code, { minify: true, format: "esm", target: "es2022" }).code;
/** Bundles a loader with the glue it imports: one request, and unused glue is shaken out. */
const bundle = (code) =>
  buildSync({
    stdin: { contents: code, resolveDir: dist, loader: "js" },
    bundle: true,
    format: "esm",
    minify: true,
    target: "es2022",
    write: false,
  }).outputFiles[0].text;
// The loaders' own helpers live in web/, the glue in dist/: helpers get absolute paths.
const template = (name, values) =>
  Object.entries(values)
    .reduce((text, [key, value]) => text.replaceAll(`__${key}__`, value), readFileSync(`web/${name}`, "utf8"))
    .replaceAll('from "./crash.js"', `from ${JSON.stringify(resolve("web/crash.js"))}`);
const escapeHtml = (text) => text.replace(/[&<>"]/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" })[c]);

function fail(message) {
  console.error(`postbuild: ${message}`);
  process.exit(1);
}

/** Runs the native tool that renders the tree's static forms from the same data. */
function staticTool(...args) {
  return execFileSync("cargo", ["run", "--quiet", "--bin", "idt-static", "--", ...args], { encoding: "utf8" });
}

// Files written by an earlier run of this step.
const OURS = /^(boot|frame|site|extra)-[0-9a-f]{16}\.(js|css)$|^(embed\.html|embed\.js|standalone\.html|tree\.svg|fallback\.html|oembed\.json|sw\.js)$|\.(gz|br)$/;
for (const old of readdirSync(dist).filter((f) => OURS.test(f))) unlinkSync(join(dist, old));

// --- What Trunk produced ---------------------------------------------------------------
let html = read("index.html").replace(/ data-integrity=("?)none\1/g, "");
const loader = html.match(/<script type="?module"?>([\s\S]*?)<\/script>/);
if (!loader) fail("index.html has no inline loader: was it already processed?");
const glue = loader[1].match(/from '\.\/([^']+\.js)'/)?.[1];
const wasm = loader[1].match(/module_or_path: '\.\/([^']+\.wasm)'/)?.[1];
if (!glue || !wasm) fail("could not find the glue and wasm names in Trunk's loader");
const sheets = [...html.matchAll(/<link href="?\.\/((?:widget|page)-[0-9a-f]{16}\.css)"? rel="?stylesheet"?>/g)];
if (sheets.length !== 2) fail("expected the widget and page stylesheets in index.html");
const widgetCss = sheets[0][1];
const title = html.match(/<title>([^<]*)<\/title>/)?.[1] ?? "";

write(glue, minify(read(glue)));

// --- The page ----------------------------------------------------------------------------
const css = sheets.map((m) => read(m[1])).join("\n");
const cssName = hashed("site", "css", css);
write(cssName, css);
// The page chrome's own sheet lives on only inside site-*.css (the widget's is kept for embeds).
unlinkSync(join(dist, sheets[1][1]));
const extraCss = transformSync(readFileSync("style/extra.css", "utf8"), { loader: "css", minify: true }).code;
const extraName = hashed("extra", "css", extraCss);
write(extraName, extraCss);
const boot = bundle(template("boot.js", { GLUE: glue, WASM: wasm }));
const bootName = hashed("boot", "js", boot);
write(bootName, boot);

const oembedLink = `<link rel="alternate" type="application/json+oembed" href="./oembed.json">`;
html = html
  .replace(loader[0], `<script type="module" src="./${bootName}"></script>${oembedLink}`)
  // The glue is inside the boot bundle now.
  .replace(/<link[^>]*rel="?modulepreload"?[^>]*>/, "")
  .replace(sheets[0][0], `<link href="./${cssName}" rel="stylesheet">`)
  .replace(sheets[1][0], "");
// Readers without JavaScript go to the plain-HTML version, a page of its own (inlining it
// here would cost every reader its bytes).
const noscript = `<noscript><meta http-equiv="refresh" content="0; url=./fallback.html"></noscript>`;
html = html.replace("</title>", `</title>${noscript}`);
if (/<script(?![^>]*\bsrc=)[^>]*>/.test(html)) fail("an inline script is left in index.html");
if (/\b(?:href|src)="?\//.test(html)) fail("index.html has an absolute URL");
write("index.html", html);

// --- The iframe page -----------------------------------------------------------------------
const frame = bundle(template("frame.js", { GLUE: glue, WASM: wasm }));
const frameName = hashed("frame", "js", frame);
write(frameName, frame);
write(
  "embed.html",
  template("embed.html", {
    TITLE: title,
    CSS: cssName,
    EXTRA_CSS: extraName,
    SCRIPT: frameName,
    GLUE: glue,
    WASM: wasm,
    FALLBACK: staticTool("fallback", "./index.html"),
  }),
);

// --- The custom element ------------------------------------------------------------------
write("embed.js", bundle(template("embed.js", { GLUE: glue, WASM: wasm, CSS: widgetCss })));
const header = html.match(/<header[\s\S]*?<\/header>/)?.[0] ?? "";
write(
  "fallback.html",
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">` +
    `<title>${title}</title><link href="./${cssName}" rel="stylesheet"><link href="./${extraName}" rel="stylesheet"></head>` +
    `<body><div class="page">${header}<main>${staticTool("fallback", "./index.html")}</main></div></body></html>\n`,
);

// --- One file for offline use ------------------------------------------------------------
const single = bundle(template("standalone.js", { GLUE_PATH: `./${glue}`, CRASH_PATH: resolve("web/crash.js") }));
const standalone = html
  .replace(/<script type="module" src="[^"]+"><\/script>/, "")
  .replace(/<link[^>]*rel="?(?:modulepreload|preload|icon|alternate)"?[^>]*>/g, "")
  .replace(/<link href="\.\/site-[0-9a-f]{16}\.css" rel="stylesheet">/, () => `<style>${css}</style>`)
  .replace(
    "</body>",
    () =>
      `<script type="application/wasm-base64" id="idt-wasm">${readFileSync(join(dist, wasm)).toString("base64")}</script>` +
      `<script type="module">${single}</script></body>`,
  );
if (/\b(?:href|src)="?\.\//.test(standalone.replace(/<noscript>[\s\S]*?<\/noscript>/, ""))) {
  fail("standalone.html still refers to another file");
}
write("standalone.html", standalone);

// --- A picture of the tree -----------------------------------------------------------------
// The SVG is styled with the widget's own rules for its shapes (and the colour variables).
const svgRules = topLevelRules(read(widgetCss)).filter(
  (rule) => /^\.idt\{/.test(rule) || (/^[.\w]/.test(rule) && /\.idt-(line|pill|chip|label|badge|halo|edge|node|svg)\b/.test(rule.split("{")[0])),
);
const styleFile = join(dist, ".svg-style.css");
writeFileSync(styleFile, svgRules.join("") + ".idt{color-scheme:light}");
write("tree.svg", staticTool("svg", styleFile));
unlinkSync(styleFile);

// --- oEmbed --------------------------------------------------------------------------------
const embedUrl = site ? new URL("embed.html", site).href : "./embed.html";
write(
  "oembed.json",
  JSON.stringify(
    {
      version: "1.0",
      type: "rich",
      title,
      provider_name: title,
      ...(site ? { provider_url: site.href } : {}),
      width: 1000,
      height: 900,
      html: `<iframe src="${escapeHtml(embedUrl)}" title="${title}" width="1000" height="900" loading="lazy"></iframe>`,
    },
    null,
    2,
  ) + "\n",
);

// --- Offline cache ---------------------------------------------------------------------------
// Everything the page and the embeds load; not the large single-file download.
const cached = readdirSync(dist)
  .filter((f) => !f.startsWith(".") && !/\.(gz|br)$/.test(f) && !["standalone.html", "sw.js"].includes(f))
  .filter((f) => statSync(join(dist, f)).isFile())
  .sort();
const files = ["./", ...cached.map((f) => `./${f}`)];
const cacheName = `idt-${createHash("sha256").update(cached.map((f) => f + ":" + read(f).length).join()).digest("hex").slice(0, 12)}`;
write("sw.js", minify(template("sw.js", { CACHE: cacheName, FILES: JSON.stringify(files) })));

// --- Precompressed copies ------------------------------------------------------------------
for (const file of readdirSync(dist).filter((f) => /\.(html|js|css|wasm|svg|json)$/.test(f))) {
  const body = readFileSync(join(dist, file));
  writeFileSync(join(dist, `${file}.gz`), gzipSync(body, { level: 9 }));
  writeFileSync(join(dist, `${file}.br`), brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }));
}

console.log(`postbuild: ${dist}/ has the page, embed.html, embed.js, standalone.html, tree.svg and sw.js`);

/** The top-level rules of a stylesheet, at-rules included as one block each. */
function topLevelRules(text) {
  const rules = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    if (text[i] === "{") depth++;
    else if (text[i] === "}" && --depth === 0) {
      rules.push(text.slice(start, i + 1).trim());
      start = i + 1;
    }
  }
  return rules;
}
