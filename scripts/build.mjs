// Assembles the static site in dist/ from what Trunk compiled, the templates in web/ and the site
// table (scripts/site.mjs), and describes what it made in dist/site.json.
//
// Trunk (see Trunk.toml) compiles the widget into target/trunk/ (and the build for authors' trees
// into target/trunk-authoring/): wasm-bindgen's glue and the wasm module, under stable names. This
// script writes each file of the site with one named step (scripts/build/outputs.mjs): first the
// files the entry points share (the wasm builds, stylesheets, the tree in each language), then
// each row of the site table (its page from a template in web/, its script bundled with its row),
// then the forms that need no script (the picture, the flowchart, the schema, oEmbed), the
// description of the site, the offline cache that reads it, and the compressed copies.
//
// What the pages say besides the widget (title, intro, the fallback, the picture) comes from one
// run of the native tool `idt-static`, from the same tree file and core as the widget. Every URL is
// relative, so the site works under any path. Set SITE_URL (for example
// https://example.org/decision-tree/) to make oembed.json's URLs absolute, as oEmbed consumers
// require; SITE_LANG=nl to build the site with its pages in Dutch first.
//
// A release replaces the one before on a host, but a page opened before it may still ask for the
// files of its own release (a custom element further down, a reader's reload). Set KEEP_RELEASE
// to the previous release's site (a dist/ folder) to carry its content-hashed files along, for a
// host that is deployed by replacing everything (see the README, "A new release").
//
// Usage: node scripts/build.mjs [--widget=target/trunk] [--authoring=target/trunk-authoring] [--out=dist]
import { createHash } from "node:crypto";
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { bundleStyles } from "./build/bundle.mjs";
import { shortenImports } from "./build/imports.mjs";
import * as outputs from "./build/outputs.mjs";
import { ENTRIES } from "./site.mjs";

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

/**
 * Trunk's output for each build of the wasm (see the `authoring` feature), its imports renamed
 * short (scripts/build/imports.mjs): the glue and the wasm, written into `scratch`.
 */
function compiled(builds, scratch) {
  const files = {};
  for (const [build, folder] of Object.entries(builds)) {
    const glue = join(scratch, `${build}.js`);
    const wasm = join(scratch, `${build}.wasm`);
    const short = shortenImports(
      readFileSync(join(folder, "integration-decision-tree.js"), "utf8"),
      readFileSync(join(folder, "integration-decision-tree_bg.wasm")),
    );
    writeFileSync(glue, short.glue);
    writeFileSync(wasm, short.wasm);
    files[build] = { glue, wasm };
  }
  return files;
}

const scratch = mkdtempSync(join(tmpdir(), "idt-wasm-"));
const build = {
  keep: process.env.KEEP_RELEASE || null,
  compiled: compiled({ widget, authoring }, scratch),
  out,
  siteUrl: process.env.SITE_URL ? new URL(process.env.SITE_URL.replace(/\/?$/, "/")) : null,
  data: staticForms(),
  /** The names this build gave its files, by what they are (see outputs.mjs). */
  files: {},
  hash,
  /** The files written so far, in order. */
  written: [],
  /** Writes `name` into the site. */
  write(name, content) {
    writeFileSync(join(out, name), content);
    this.written.push(name);
  },
  /** The files written under content-hashed names, which can be cached (and kept) for ever. */
  hashed: [],
  /** Writes `content` as `<stem>-<hash>.<ext>` and returns that name. */
  emit(stem, ext, content) {
    const name = `${stem}-${hash(content)}.${ext}`;
    this.write(name, content);
    this.hashed.push(name);
    return name;
  },
};

rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });
await outputs.sharedFiles(build);
outputs.stylesheets(build);
for (const entry of ENTRIES) await outputs.entryPoint(build, entry);
for (const step of [outputs.picture, outputs.schema, outputs.flowchart, outputs.oembed, outputs.siteTable, outputs.keepPrevious, outputs.serviceWorker, outputs.compressed]) {
  await step(build);
}
rmSync(scratch, { recursive: true });
console.log(`build: ${out}/ has ${readdirSync(out).length / 3} files (and their .gz and .br copies)`);
