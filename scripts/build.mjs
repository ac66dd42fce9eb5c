// Assembles the static site in dist/ from what Trunk compiled and the templates in web/.
//
// Trunk (see Trunk.toml) compiles the widget into target/trunk/: wasm-bindgen's glue and the
// wasm module, under stable names. This script then writes each file of the site with one
// named step (scripts/build/outputs.mjs), from a template in web/ or a module esbuild bundles:
//
//   index.html         the page; its script, stylesheet and wasm have content hashes in their names
//   embed.html         the widget without page chrome, for iframes; reports its height
//   embed.js           <integration-decision-tree>, the custom element for script embeds
//   fallback.html      the plain-HTML version, for readers without JavaScript (fallback.nl.html
//                      and so on for the other languages)
//   author.html        write your own tree, with the real widget beside it
//   standalone.html    one self-contained file that works from file:// with no network
//   tree.svg           the whole tree as a static picture, for hosts that allow no embeds
//   tree.mmd           the whole tree as a Mermaid flowchart, for wikis that render Mermaid
//   tree.schema.json   the tree file format's JSON Schema, for authors' editors
//   oembed.json        the oEmbed "rich" response pointing at embed.html
//   sw.js              the offline cache, listing this build's files
//   *.gz, *.br         precompressed copies for servers that can send them
//
// What the pages say besides the widget (title, intro, the fallback, the picture) comes from
// one run of the native tool `idt-static`, from the same tree file and core as the widget.
// Every URL is relative, so the site works under any path. Set SITE_URL (for example
// https://example.org/decision-tree/) to make oembed.json's URLs absolute, as oEmbed consumers
// require.
//
// Usage: node scripts/build.mjs [--widget=target/trunk] [--authoring=target/trunk-authoring] [--out=dist]
//   --widget     Trunk's output for the widget (glue and wasm)
//   --authoring  Trunk's output for the build with the `authoring` feature: the wasm the custom
//                element loads for an author's tree (src, inline JSON or the tree property)
import { createHash } from "node:crypto";
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { bundleStyles } from "./build/bundle.mjs";
import * as outputs from "./build/outputs.mjs";

const flag = (name, fallback) => process.argv.find((a) => a.startsWith(`--${name}=`))?.split("=")[1] ?? fallback;
const widget = flag("widget", "target/trunk");
const authoring = flag("authoring", "target/trunk-authoring");
const out = flag("out", "dist");
const hash = (content) => createHash("sha256").update(content).digest("hex").slice(0, 16);

/** What the native tool says about the tree: the page wording, the fallback and the picture. */
function staticForms() {
  const scratch = mkdtempSync(join(tmpdir(), "idt-build-"));
  const style = join(scratch, "svg.css");
  // The picture is drawn with the widget's own palette and diagram rules, in the light scheme.
  writeFileSync(style, bundleStyles(["tokens.css", "diagram.css"]) + ".idt{color-scheme:light}");
  const json = execFileSync("cargo", ["run", "--quiet", "--bin", "idt-static", "--", "site", style], { encoding: "utf8" });
  rmSync(scratch, { recursive: true });
  return JSON.parse(json);
}

const build = {
  glue: join(widget, "integration-decision-tree.js"),
  wasm: join(widget, "integration-decision-tree_bg.wasm"),
  authoringGlue: join(authoring, "integration-decision-tree.js"),
  authoringWasm: join(authoring, "integration-decision-tree_bg.wasm"),
  out,
  siteUrl: process.env.SITE_URL ? new URL(process.env.SITE_URL.replace(/\/?$/, "/")) : null,
  data: staticForms(),
  files: {},
  hash,
  /** Writes `name` into the site. */
  write(name, content) {
    writeFileSync(join(out, name), content);
  },
  /** Writes `content` as `<stem>-<hash>.<ext>` and returns that name. */
  emit(stem, ext, content) {
    const name = `${stem}-${hash(content)}.${ext}`;
    this.write(name, content);
    return name;
  },
};

rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });
for (const step of [
  outputs.sharedFiles,
  outputs.stylesheets,
  outputs.page,
  outputs.embedPage,
  outputs.treePage,
  outputs.element,
  outputs.fallbackPage,
  outputs.authorPage,
  outputs.standalone,
  outputs.picture,
  outputs.schema,
  outputs.flowchart,
  outputs.oembed,
  outputs.serviceWorker,
  outputs.compressed,
]) {
  await step(build);
}
console.log(`build: ${out}/ has ${readdirSync(out).filter((f) => !/\.(gz|br)$/.test(f)).length} files (and their .gz and .br copies)`);
