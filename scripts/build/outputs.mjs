// One function per file in dist/: each takes the build (see scripts/build.mjs) and writes its
// output. They run in the order scripts/build.mjs lists them; later ones may use names earlier
// ones chose (`build.files`).
import { readFileSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { parseFragment } from "parse5";
import { brotli, gzip } from "../lib/compress.mjs";
import { filesOf } from "../size.mjs";
import { bundleScript, bundleStyles } from "./bundle.mjs";
import { escapeHtml, render } from "./template.mjs";

/** A module whose default export maps each key to a file's URL, relative to the bundle. */
const urlMap = (files) => ({
  contents: `export default { ${Object.entries(files)
    .map(([key, file]) => `${JSON.stringify(key)}: new URL(${JSON.stringify(`./${file}`)}, import.meta.url)`)
    .join(", ")} };`,
});

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
  return {
    "@idt/glue": { path: build.glue },
    ...contractModule(build),
    "@idt/url/wording": url(build.files.wording),
    "@idt/url/trees": urlMap(build.files.trees),
    "@idt/url/wasm": url(wasm),
    "@idt/url/glue": url(glue),
    "@idt/url/authoring-wasm": url(build.files.authoringWasm),
    "@idt/url/authoring-glue": url(build.files.authoringGlue),
    "@idt/url/widget-css": url(styles.widget),
  };
}

/** `@idt/contract`: the names the loaders share with the wasm (`core::contract`, via idt-static). */
function contractModule(build) {
  const contract = Object.entries(build.data.contract).map(([name, value]) => `export const ${name} = ${JSON.stringify(value)};`);
  return { "@idt/contract": { contents: contract.join("\n") } };
}

/**
 * The page's links to its other languages: plain links that work without JavaScript
 * (`?lang=nl`); language.js keeps them pointing at the reader's current answers.
 */
function languageNav(build, { shown = build.data.lang, label = build.data.page.languages, href = (lang) => `?lang=${lang}` } = {}) {
  if (build.data.languages.length < 2) return "";
  const links = build.data.languages.map(
    ({ lang, name }) =>
      `<li><a href="${escapeHtml(href(lang))}" hreflang="${escapeHtml(lang)}" lang="${escapeHtml(lang)}"${lang === shown ? ' aria-current="true"' : ""}>${escapeHtml(name)}</a></li>`,
  );
  return `<nav class="page-languages" aria-label="${escapeHtml(label)}" data-label="page_languages"><ul>${links.join("")}</ul></nav>`;
}

/** The plain version's file in each language: `fallback.html` in the first, `fallback.nl.html`. */
const fallbackFile = (build, lang) => (lang === build.data.lang ? "fallback.html" : `fallback.${lang}.html`);

/**
 * The tree in the pages' language, for a `<script type="application/json">` in the page: `<`
 * written as JSON's `\u003c`, so no text in it can end the element.
 */
const inlineTree = (build) => build.data.trees[build.data.lang].replace(/</g, "\\u003c");

/** The values every page template shares: language, title and the page's wording. */
function pageValues(build) {
  const { lang, title, page } = build.data;
  return {
    lang,
    title,
    languages: languageNav(build),
    page_title: page.title,
    page_description: page.description,
    page_eyebrow: page.eyebrow,
    page_intro: page.intro,
    page_footer: page.footer,
  };
}

/** Where oEmbed consumers find the discovery file: absolute once SITE_URL is known. */
const oembedUrl = (build) => (build.siteUrl ? new URL("oembed.json", build.siteUrl).href : "./oembed.json");

/**
 * The wasm module, the glue (for the custom element, which loads it lazily), the icon, and the
 * tiny render-blocking script that hides a prerendered widget a permalink is about to replace.
 */
export async function sharedFiles(build) {
  build.files.wasm = build.emit("widget", "wasm", readFileSync(build.wasm));
  build.files.glue = build.emit("glue", "js", await bundleScript(build.glue, {}));
  // The build for authors' trees, which only the custom element loads, for elements with one.
  build.files.authoringWasm = build.emit("authoring", "wasm", readFileSync(build.authoringWasm));
  build.files.authoringGlue = build.emit("authoring-glue", "js", await bundleScript(build.authoringGlue, {}));
  build.files.icon = build.emit("icon", "svg", readFileSync("assets/icon.svg"));
  build.files.early = build.emit("early", "js", await bundleScript("web/early.js", contractModule(build), { format: "iife" }));
  // The tree the widget is given, one file per language (the wasm carries none): a page carries
  // its own language's inline as well; the element fetches it; readers of another language
  // fetch theirs with wording.js.
  build.files.trees = {};
  for (const [lang, text] of Object.entries(build.data.trees)) build.files.trees[lang] = build.emit(`tree.${lang}`, "json", text);
  const others = Object.fromEntries(Object.entries(build.files.trees).filter(([lang]) => lang !== build.data.lang));
  const wordingModules = { ...contractModule(build), "@idt/url/translations": urlMap(others) };
  build.files.wording = build.emit("wording", "js", await bundleScript("web/wording.js", wordingModules));
}

/** The stylesheets, one per kind of page, each bundled from styles/. */
export function stylesheets(build) {
  const sheets = {
    widget: ["widget.css"],
    page: ["widget.css", "page.css"],
    embed: ["widget.css", "embed.css"],
    fallback: ["page.css", "fallback.css"],
    author: ["page.css", "author.css"],
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
      page_author_link: build.data.page.author_link,
      css: build.files.styles.page,
      early: build.files.early,
      script,
      icon: build.files.icon,
      oembed: oembedUrl(build),
      prerender: build.data.prerender,
      tree: inlineTree(build),
    }),
  );
}

/**
 * author.html: write a tree with the real widget beside it (not held to the widget's budget;
 * the widget's own pages do not load it). The built-in tree and the example come with it.
 */
export async function authorPage(build) {
  const trees = {
    "@idt/tree/builtin": { contents: `export default ${readFileSync("data/tree.json", "utf8")};` },
    "@idt/tree/example": { contents: `export default ${readFileSync("examples/api-style.json", "utf8")};` },
    "@idt/tree/deeper": { contents: `export default ${readFileSync("examples/build-or-buy.json", "utf8")};` },
  };
  const script = build.emit("author", "js", await bundleScript("web/author.js", trees));
  build.write(
    "author.html",
    render("author.html", { lang: build.data.lang, css: build.files.styles.author, script, icon: build.files.icon }),
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
      early: build.files.early,
      script,
      oembed: oembedUrl(build),
      prerender: build.data.prerender,
      tree: inlineTree(build),
    }),
  );
}

/**
 * tree.html: an author's tree file in an iframe (`?src=`, from this site only), on the build for
 * authors' trees; it reports its height to the parent page as embed.html does.
 */
export async function treePage(build) {
  const script = build.emit("tree-page", "js", await bundleScript("web/tree-page.js", loaderModules(build)));
  build.write(
    "tree.html",
    render("tree.html", {
      lang: build.data.lang,
      title: build.data.page.eyebrow,
      css: build.files.styles.embed,
      script,
      // The page's two sentences in every language of the site; the script picks the reader's.
      sentences: build.data.fallbacks
        .flatMap(({ lang, page }) => [
          ["foreign", page.foreign_tree],
          ["failed", page.widget_failed],
        ].map(([what, text]) => `<template data-sentence="${what}" data-lang="${escapeHtml(lang)}"><p class="page-alert" role="alert" lang="${escapeHtml(lang)}">${escapeHtml(text)}</p></template>`))
        .join(""),
    }),
  );
}

/**
 * The first state as a node tree, `[tag, attributes, ...children]` with text as strings: how
 * the custom element carries it, to build it with DOM calls (no HTML parsing in the browser).
 */
function nodeTree(html) {
  const convert = (node) => {
    if (node.nodeName === "#text") return node.value;
    const attributes = Object.fromEntries(node.attrs.map((a) => [a.name, a.value]));
    return [node.tagName, attributes, ...node.childNodes.map(convert)];
  };
  const [root, ...rest] = parseFragment(html).childNodes;
  if (!root || rest.length) throw new Error("the prerendered widget is not one element");
  return convert(root);
}

/**
 * embed.js: the custom element, with the widget's stylesheet and its first state built in (it
 * shows them before it fetches anything else). A stable name, since hosts write it into their
 * pages.
 */
export async function element(build) {
  const modules = {
    ...loaderModules(build),
    "@idt/styles": { contents: `export default ${JSON.stringify(bundleStyles(["widget.css", "errors.css"]))};` },
    "@idt/first-state": { contents: `export default ${JSON.stringify(nodeTree(build.data.prerender))};` },
  };
  build.write("embed.js", await bundleScript("web/embed.js", modules));
}

/**
 * fallback.html: the plain-HTML version, where index.html sends readers without JavaScript; and
 * the same in every other language (`fallback.nl.html`), each linking to the others.
 */
export function fallbackPage(build) {
  for (const { lang, title, page, fallback } of build.data.fallbacks) {
    build.write(
      fallbackFile(build, lang),
      render("fallback.html", {
        lang,
        title,
        page_title: page.title,
        page_description: page.description,
        page_eyebrow: page.eyebrow,
        page_intro: page.intro,
        page_footer: page.footer,
        languages: languageNav(build, { shown: lang, label: page.languages, href: (other) => `./${fallbackFile(build, other)}` }),
        css: build.files.styles.fallback,
        icon: build.files.icon,
        fallback,
      }),
    );
  }
}

/** standalone.html: one file with everything inlined, for use from disk with no network. */
export async function standalone(build) {
  // Every language travels in the file: no other file is there to fetch.
  const modules = { ...loaderModules(build), "@idt/url/translations": { contents: `export default ${JSON.stringify(build.data.trees)};` } };
  const script = await bundleScript("web/standalone.js", modules);
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

/** tree.schema.json: the tree file format's JSON Schema, for authors' editors. */
export function schema(build) {
  build.write("tree.schema.json", readFileSync(new URL("../../data/tree.schema.json", import.meta.url), "utf8"));
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
    // A blog's content column, and the first question's height there (under WordPress's
    // ceiling of 1000 px; the frame then reports its real height). Not loading="lazy":
    // WordPress hides the frame with a clip until it speaks, and Chromium never loads a lazy
    // frame hidden that way (WordPress leaves its own embeds eager for the same reason).
    width: 760,
    height: 960,
    html: `<iframe src="${escapeHtml(src)}" title="${escapeHtml(title)}" width="760" height="960"></iframe>`,
  };
  build.write("oembed.json", JSON.stringify(response, null, 2) + "\n");
}

/**
 * sw.js: the offline cache. For each page that registers it (index.html, embed.html), the list
 * of what that page needs offline: the page and everything it loads, as the size gate counts
 * them. The cache name changes whenever a cached file does.
 */
export async function serviceWorker(build) {
  const pages = Object.fromEntries(["index.html", "embed.html"].map((page) => [page, filesOf(build.out, page, ["sw.js"])]));
  // The authoring page's preview is the element with an author's tree.
  pages["author.html"] = filesOf(build.out, "author.html", ["sw.js"], { ownTree: true });
  // Another language's wording is stored for a page read in that language (web/offline.js).
  const languages = Object.fromEntries(
    Object.entries(build.files.trees)
      .filter(([lang]) => lang !== build.data.lang)
      .map(([lang, file]) => [lang, [`./${build.files.wording}`, `./${file}`]]),
  );
  const every = [...new Set([...Object.values(pages).flat(), ...Object.values(languages).flat().map((f) => f.slice(2))])].sort();
  const cache = `idt-${build.hash(every.map((f) => f + ":" + statSync(join(build.out, f)).size).join())}`;
  const lists = Object.fromEntries(Object.entries(pages).map(([page, files]) => [page, files.map((f) => `./${f}`)]));
  const precache = {
    contents: `export const CACHE = ${JSON.stringify(cache)}, PAGES = ${JSON.stringify(lists)}, LANGUAGES = ${JSON.stringify(languages)};`,
  };
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
