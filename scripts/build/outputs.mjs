// One function per file in dist/: each takes the build (see scripts/build.mjs) and writes its
// output. They run in the order scripts/build.mjs lists them; later ones may use names earlier
// ones chose (`build.files`).
import { readFileSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { brotli, gzip } from "../lib/compress.mjs";
import { bundleScript, bundleStyles } from "./bundle.mjs";
import { escapeHtml, render } from "./template.mjs";

/**
 * The build's modules for the loaders: the glue; `@idt/contract`, the names the loaders share
 * with the wasm (from `core::contract`, through idt-static); and one module per shared file
 * whose default export is its URL, relative to the bundle that imports it (`@idt/url/wasm`,
 * `@idt/url/glue`, `@idt/url/widget-css`). Each URL is written out literally, so what a
 * script fetches can be read off its text; a bundle contains only the URLs it imports.
 */
function loaderModules(build) {
  const { wasm, glue, styles } = build.files;
  const url = (file) => ({ contents: `export default new URL(${JSON.stringify(`./${file}`)}, import.meta.url);` });
  const contract = Object.entries(build.data.contract).map(([name, value]) => `export const ${name} = ${JSON.stringify(value)};`);
  return {
    "@idt/glue": { path: build.glue },
    "@idt/contract": { contents: contract.join("\n") },
    "@idt/url/wasm": url(wasm),
    "@idt/url/glue": url(glue),
    "@idt/url/widget-css": url(styles.widget),
  };
}

/** The values every page template shares: language, title and the page's wording. */
function pageValues(build) {
  const { lang, title, page } = build.data;
  return {
    lang,
    title,
    page_title: page.title,
    page_description: page.description,
    page_eyebrow: page.eyebrow,
    page_intro: page.intro,
    page_footer: page.footer,
  };
}

/** Where oEmbed consumers find the discovery file: absolute once SITE_URL is known. */
const oembedUrl = (build) => (build.siteUrl ? new URL("oembed.json", build.siteUrl).href : "./oembed.json");

/** The wasm module, the glue (for the custom element, which loads it lazily) and the icon. */
export async function sharedFiles(build) {
  build.files.wasm = build.emit("widget", "wasm", readFileSync(build.wasm));
  build.files.glue = build.emit("glue", "js", await bundleScript(build.glue, {}));
  build.files.icon = build.emit("icon", "svg", readFileSync("assets/icon.svg"));
}

/** The stylesheets, one per kind of page, each bundled from styles/. */
export function stylesheets(build) {
  const sheets = {
    widget: ["widget.css"],
    page: ["widget.css", "page.css"],
    embed: ["widget.css", "embed.css", "fallback.css"],
    fallback: ["page.css", "fallback.css"],
  };
  build.files.styles = {};
  for (const [name, files] of Object.entries(sheets)) build.files.styles[name] = build.emit(name, "css", bundleStyles(files));
}

/** index.html: the page, with its header and footer from the tree's wording. */
export async function page(build) {
  const script = build.emit("boot", "js", await bundleScript("web/boot.js", loaderModules(build)));
  build.write(
    "index.html",
    render("index.html", {
      ...pageValues(build),
      css: build.files.styles.page,
      wasm: build.files.wasm,
      script,
      icon: build.files.icon,
      oembed: oembedUrl(build),
    }),
  );
}

/** embed.html: the widget alone, for iframes; it reports its height to the parent page. */
export async function embedPage(build) {
  const script = build.emit("frame", "js", await bundleScript("web/frame.js", loaderModules(build)));
  build.write(
    "embed.html",
    render("embed.html", {
      lang: build.data.lang,
      title: build.data.title,
      css: build.files.styles.embed,
      wasm: build.files.wasm,
      script,
      oembed: oembedUrl(build),
      fallback: build.data.fallback,
    }),
  );
}

/** embed.js: the custom element. A stable name, since hosts write it into their pages. */
export async function element(build) {
  build.write("embed.js", await bundleScript("web/embed.js", loaderModules(build)));
}

/** fallback.html: the plain-HTML version, where index.html sends readers without JavaScript. */
export function fallbackPage(build) {
  build.write(
    "fallback.html",
    render("fallback.html", {
      ...pageValues(build),
      css: build.files.styles.fallback,
      icon: build.files.icon,
      fallback: build.data.fallback,
    }),
  );
}

/** standalone.html: one file with everything inlined, for use from disk with no network. */
export async function standalone(build) {
  const script = await bundleScript("web/standalone.js", loaderModules(build));
  if (/<\/script/i.test(script)) throw new Error("the standalone bundle contains </script");
  const html = render("standalone.html", {
    ...pageValues(build),
    css: bundleStyles(["widget.css", "page.css", "fallback.css"]).replaceAll("</", "<\\/"),
    fallback: build.data.fallback_alone,
    wasm_base64: readFileSync(build.wasm).toString("base64"),
    script,
  });
  if (/\b(?:href|src)="?\.\//.test(html)) throw new Error("standalone.html refers to another file");
  build.write("standalone.html", html);
}

/** tree.svg: a picture of the whole tree, for hosts that allow no embeds. */
export function picture(build) {
  build.write("tree.svg", build.data.svg);
}

/** tree.mmd: the whole tree as a Mermaid flowchart, for wikis that render Mermaid. */
export function flowchart(build) {
  build.write("tree.mmd", build.data.mermaid);
}

/** oembed.json: the oEmbed "rich" response that points consumers at embed.html. */
export function oembed(build) {
  const { title } = build.data;
  const src = build.siteUrl ? new URL("embed.html", build.siteUrl).href : "./embed.html";
  const response = {
    version: "1.0",
    type: "rich",
    title,
    provider_name: title,
    ...(build.siteUrl ? { provider_url: build.siteUrl.href } : {}),
    width: 1000,
    height: 900,
    html: `<iframe src="${escapeHtml(src)}" title="${escapeHtml(title)}" width="1000" height="900" loading="lazy"></iframe>`,
  };
  build.write("oembed.json", JSON.stringify(response, null, 2) + "\n");
}

/** sw.js: the offline cache, listing this build's files (not the large single file). */
export async function serviceWorker(build) {
  const cached = readdirSync(build.out)
    .filter((f) => !f.startsWith(".") && !/\.(gz|br)$/.test(f) && !["standalone.html", "sw.js"].includes(f))
    .filter((f) => statSync(join(build.out, f)).isFile())
    .sort();
  const files = ["./", ...cached.map((f) => `./${f}`)];
  const cache = `idt-${build.hash(cached.map((f) => f + ":" + statSync(join(build.out, f)).size).join())}`;
  const precache = { contents: `export const CACHE = ${JSON.stringify(cache)}, FILES = ${JSON.stringify(files)};` };
  build.write("sw.js", await bundleScript("web/sw.js", { "@idt/precache": precache }, { format: "iife" }));
}

/** Precompressed copies (.gz with zopfli, .br) of every text file, for servers that send them. */
export async function compressed(build) {
  for (const file of readdirSync(build.out).filter((f) => /\.(html|js|css|wasm|svg|json|mmd)$/.test(f))) {
    const body = readFileSync(join(build.out, file));
    build.write(`${file}.gz`, await gzip(body));
    build.write(`${file}.br`, brotli(body));
  }
}
