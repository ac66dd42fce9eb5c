// The steps of the build (scripts/build.mjs), each writing its part of dist/: the files the entry
// points share, each row of the site table (scripts/site.mjs), the forms that need no script,
// the site's description (dist/site.json), the offline cache and the compressed copies. Later
// steps use the names earlier ones chose (`build.files`).
import { createHash } from "node:crypto";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parseFragment } from "parse5";
import { brotli, gzip } from "../lib/compress.mjs";
import { BUDGETS, ENTRIES } from "../site.mjs";
import { bundleScript, bundleStyles } from "./bundle.mjs";
import { escapeHtml, render, slots } from "./template.mjs";

/**
 * The stylesheets, each bundled from styles/: the table's `css` names one per entry point. Each
 * page carries its own in a `<style>` element, with the render-blocking script (early.js) in a
 * `<script>`, so that it paints from its HTML alone: nothing else is fetched before the first
 * paint. A strict Content-Security-Policy allows them by their hashes (site.json's `csp`).
 */
const SHEETS = {
  page: ["widget.css", "page.css"],
  embed: ["widget.css", "embed.css"],
  fallback: ["page.css", "fallback.css"],
  author: ["page.css", "author.css"],
  single: ["widget.css", "page.css", "fallback.css"],
};

/** A text for a `<style>` or `<script>` element: nothing in it may end the element. */
function inlined(text, tag) {
  if (new RegExp(`</${tag}`, "i").test(text)) throw new Error(`an inline ${tag} contains </${tag}`);
  return text;
}

/** The CSP source that allows an inline element with `text`: `'sha256-…'`. */
const cspHash = (text) => `'sha256-${createHash("sha256").update(text).digest("base64")}'`;

/** A module exporting `value` (JSON-shaped; strings that are `new URL(…)` expressions stay code). */
const module = (code) => ({ contents: `export default ${code};` });
/** `new URL("./file", import.meta.url)`: the file beside the bundle, written out literally. */
const url = (file) => `new URL(${JSON.stringify(`./${file}`)}, import.meta.url)`;
/** An object literal from `[key, code]` pairs. */
const object = (pairs) => `{ ${pairs.map(([key, code]) => `${JSON.stringify(key)}: ${code}`).join(", ")} }`;

/**
 * `@idt/contract`: the names and rules the loaders share with the wasm (`core::contract`, via
 * idt-static); and `@idt/sentences`: what a loader says by itself, when no wasm or tree is there to
 * say it (a widget that cannot load), in every language of the site.
 */
const contractModule = (build) => ({
  "@idt/contract": { contents: Object.entries(build.data.contract).map(([name, value]) => `export const ${name} = ${JSON.stringify(value)};`).join("\n") },
  "@idt/sentences": module(JSON.stringify(Object.fromEntries(build.data.fallbacks.map(({ lang, page }) => [lang, { load_failed: page.load_failed, retry: page.retry }])))),
});

/**
 * What a page's script needs to know of its row at run time (the rest is the build's business),
 * and whether its page links to its other languages (`links`).
 */
const runtimeRow = ({ id, file, template, wasm, tree, height, offline, permalink, share }) => ({
  id,
  file,
  wasm,
  tree,
  height,
  offline,
  permalink,
  share,
  links: slots(template).includes("languages"),
});

/** The site's languages, the pages' own first. */
const languages = (build) => build.data.languages.map(({ lang }) => lang);

/** The plain version's file in each language: `fallback.html` in the first, `fallback.nl.html`. */
const fallbackFile = (build, lang) => (lang === build.data.lang ? "fallback.html" : `fallback.${lang}.html`);

/**
 * The files the entry point `entry` makes a browser fetch when read in `lang`, itself first: its
 * stylesheet, script, glue and wasm, what its row's `loads` names, and the tree file its language
 * needs. This is what dist/site.json says; e2e/fetches.test.mjs holds it against Chromium's
 * fetches.
 */
function loadsOf(build, entry, lang) {
  const { files } = build;
  const first = lang === build.data.lang;
  const list = [entry.id === "plain" ? fallbackFile(build, lang) : entry.file];
  if (files.scripts[entry.id]) list.push(files.scripts[entry.id]);
  if (entry.glue) list.push(files.glue[entry.wasm]);
  if (files.wasm[entry.wasm]) list.push(files.wasm[entry.wasm]);
  for (const role of entry.loads) {
    if (!files.roles[role]) throw new Error(`the site table's ${entry.id} loads "${role}", which the build does not make`);
    list.push(files.roles[role]);
  }
  if (entry.tree === "file") list.push(files.trees[lang]);
  if (entry.tree === "inline" && !first) list.push(files.wording, files.trees[lang]);
  return [...new Set(list)];
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

/** Where oEmbed consumers find the discovery file: absolute once SITE_URL is known. */
const oembedUrl = (build) => (build.siteUrl ? new URL("oembed.json", build.siteUrl).href : "./oembed.json");

/**
 * The files every entry point may share: each build of the wasm with its glue, the icon, the
 * tiny render-blocking script that hides a prerendered widget a permalink is about to replace,
 * and the tree the widget is given in each language (the wasm carries none: a page carries its
 * own language's inline as well; the element and readers of another language fetch it).
 */
export async function sharedFiles(build) {
  const { files } = build;
  files.wasm = {};
  files.glue = {};
  for (const [name, compiled] of Object.entries(build.compiled)) {
    const stem = name === "widget" ? "" : `${name}-`;
    files.wasm[name] = build.emit(name === "widget" ? "widget" : name, "wasm", readFileSync(compiled.wasm));
    files.glue[name] = build.emit(`${stem}glue`, "js", await bundleScript(compiled.glue, {}));
  }
  files.trees = {};
  for (const [lang, text] of Object.entries(build.data.trees)) files.trees[lang] = build.emit(`tree.${lang}`, "json", text);
  // What a page needs in another language than its own (only its readers load it).
  files.wording = build.emit("wording", "js", await bundleScript("web/wording.js", contractModule(build)));
  files.scripts = {};
  // The script each page runs before its first paint, inline.
  build.early = inlined(await bundleScript("web/early.js", contractModule(build), { format: "iife" }), "script");
  files.roles = {
    icon: build.emit("icon", "svg", readFileSync("assets/icon.svg")),
    sw: "sw.js",
  };
}

/** The stylesheets, one per kind of page, each bundled from styles/ (each page carries its own). */
export function stylesheets(build) {
  build.styles = Object.fromEntries(Object.entries(SHEETS).map(([name, sheets]) => [name, inlined(bundleStyles(sheets), "style")]));
  build.csp = {};
}

/**
 * The Content-Security-Policy a page needs, strict: its own files, the wasm, the offline cache,
 * and its inline style and script by their hashes.
 */
function policy(inline) {
  const hashes = (tag) => inline.filter(([t]) => t === tag).map(([, text]) => ` ${cspHash(text)}`).join("");
  return (
    `default-src 'none'; script-src 'self' 'wasm-unsafe-eval'${hashes("script")}; style-src 'self'${hashes("style")}; ` +
    "img-src 'self' data:; connect-src 'self'; manifest-src 'self'; worker-src 'self'"
  );
}

/** Writes the row `entry` of the site table: its page and its script, as the row says. */
export async function entryPoint(build, entry) {
  if (entry.script === "web/page.js") return page(build, entry);
  if (entry.script === "web/embed.js") return element(build, entry);
  if (entry.script === "web/author.js") return authorPage(build, entry);
  return plainVersion(build, entry);
}

/**
 * index.html, embed.html, tree.html and standalone.html: a template filled with the page's
 * wording, and web/page.js bundled with the row and the glue of its wasm build. The single file
 * (`wasm: "inline"`) carries its script, stylesheet, wasm and every language's tree itself.
 */
async function page(build, entry) {
  const { files, data } = build;
  const inline = entry.wasm === "inline";
  const trees = inline
    ? Object.entries(data.trees).map(([lang, text]) => [lang, JSON.stringify(text)])
    : entry.tree === "inline"
      ? Object.entries(files.trees).map(([lang, file]) => [lang, url(file)])
      : [];
  const modules = {
    ...contractModule(build),
    "@idt/glue": { path: build.compiled[inline ? "widget" : entry.wasm].glue },
    "@idt/files": module(
      object([
        ["wasm", inline ? "null" : url(files.wasm[entry.wasm])],
        ["trees", object(trees)],
        ["wording", url(files.wording)],
      ]),
    ),
  };
  const bundled = await bundleScript(entry.script, modules, { constants: { ENTRY: { ...runtimeRow(entry), site: build.siteUrl?.href ?? "" } } });
  const script = inline ? inlined(bundled, "script") : bundled;
  if (!inline) files.scripts[entry.id] = build.emit(entry.id, "js", script);
  const values = {
    lang: data.lang,
    title: data.title,
    languages: languageNav(build),
    page_title: data.page.title,
    page_description: data.page.description,
    page_eyebrow: data.page.eyebrow,
    page_intro: data.page.intro,
    page_footer: data.page.footer,
    page_author_link: data.page.author_link,
    style: build.styles[inline ? "single" : entry.css],
    early: build.early,
    script: inline ? script : files.scripts[entry.id],
    icon: files.roles.icon,
    oembed: oembedUrl(build),
    prerender: data.prerender,
    // The tree in the pages' language, `<` written as JSON's `\u003c` so no text can end the element.
    tree: data.trees[data.lang].replace(/</g, "\\u003c"),
    fallback: data.fallback_alone,
    wasm_base64: inline ? readFileSync(build.compiled.widget.wasm).toString("base64") : "",
    // tree.html's refusal of a tree from elsewhere in every language of the site; the script
    // picks the reader's.
    sentences: data.fallbacks
      .map(
        ({ lang, page }) =>
          `<template data-sentence="foreign" data-lang="${escapeHtml(lang)}"><p class="page-alert" role="alert" lang="${escapeHtml(lang)}">${escapeHtml(page.foreign_tree)}</p></template>`,
      )
      .join(""),
  };
  if (entry.tree === "src") values.title = data.page.eyebrow;
  const used = slots(entry.template);
  const html = render(entry.template, pick(values, used));
  build.csp[entry.id] = policy([
    ...(used.includes("style") ? [["style", values.style]] : []),
    ...(used.includes("early") ? [["script", values.early]] : []),
    ...(inline ? [["script", values.script]] : []),
  ]);
  if (inline && /\b(?:href|src)="?\.\//.test(html)) throw new Error(`${entry.file} refers to another file`);
  build.write(entry.file, html);
}

/** The values a template has slots for. */
const pick = (values, names) => Object.fromEntries(names.map((name) => [name, values[name]]));

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
 * embed.js: the custom element, for both of its rows (the built-in tree, an author's), with the
 * widget's stylesheet and its first state built in. A stable name: hosts write it into their pages.
 */
async function element(build, entry) {
  if (build.files.scripts[entry.id]) return;
  const { files, data } = build;
  const rows = ENTRIES.filter((e) => e.script === entry.script);
  const perBuild = (what) => object(Object.entries(what).map(([name, file]) => [name, url(file)]));
  const modules = {
    ...contractModule(build),
    // Of its rows, the element needs which build of the wasm each loads and its permalink's default.
    "@idt/entry": module(JSON.stringify(Object.fromEntries(rows.map(({ id, wasm, permalink }) => [id, { wasm, permalink }])))),
    "@idt/files": module(
      object([
        ["wasm", perBuild(files.wasm)],
        ["glue", perBuild(files.glue)],
        ["trees", perBuild(files.trees)],
        ["page", url("index.html")],
      ]),
    ),
    "@idt/styles": module(JSON.stringify(bundleStyles(["widget.css", "errors.css"]))),
    "@idt/first-state": module(JSON.stringify(nodeTree(data.prerender))),
  };
  const script = await bundleScript(entry.script, modules);
  build.write(entry.file, script);
  for (const row of rows) files.scripts[row.id] = entry.file;
  // Our own pages (the authoring page) load the same file under a content-hashed name, so that
  // an offline copy can never mix two releases (hosts keep the stable name, embed.js).
  files.roles.element = build.emit("element", "js", script);
}

/**
 * fallback.html: the plain-HTML version, where the pages send readers without JavaScript; and
 * the same in every other language (`fallback.nl.html`), each linking to the others.
 */
function plainVersion(build, entry) {
  build.csp[entry.id] = policy([["style", build.styles[entry.css]]]);
  for (const { lang, title, page, fallback } of build.data.fallbacks) {
    build.write(
      fallbackFile(build, lang),
      render(entry.template, {
        lang,
        title,
        page_title: page.title,
        page_description: page.description,
        page_eyebrow: page.eyebrow,
        page_intro: page.intro,
        page_footer: page.footer,
        languages: languageNav(build, { shown: lang, label: page.languages, href: (other) => `./${fallbackFile(build, other)}` }),
        style: build.styles[entry.css],
        icon: build.files.roles.icon,
        fallback,
      }),
    );
  }
}

/**
 * author.html: write a tree with the real widget beside it (the custom element showing the text).
 * The built-in tree and the examples come with it, to start from.
 */
async function authorPage(build, entry) {
  const trees = {
    ...contractModule(build),
    "@idt/tree/builtin": module(readFileSync("data/tree.json", "utf8")),
    "@idt/tree/example": module(readFileSync("examples/api-style.json", "utf8")),
    "@idt/tree/deeper": module(readFileSync("examples/build-or-buy.json", "utf8")),
  };
  build.files.scripts[entry.id] = build.emit("author", "js", await bundleScript(entry.script, trees));
  build.csp[entry.id] = policy([["style", build.styles[entry.css]]]);
  build.write(
    entry.file,
    render(entry.template, {
      lang: build.data.lang,
      style: build.styles[entry.css],
      script: build.files.scripts[entry.id],
      element: build.files.roles.element,
      icon: build.files.roles.icon,
    }),
  );
}

/** tree.svg: a picture of the whole tree, for hosts that allow no embeds. */
export function picture(build) {
  build.write("tree.svg", build.data.svg);
}

/** tree.schema.json: the tree file format's JSON Schema, for authors' editors. */
export function schema(build) {
  build.write("tree.schema.json", readFileSync("data/tree.schema.json", "utf8"));
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
 * dist/site.json: the site table with what each row loads, one row per entry point and language
 * (`languages: "each"`; the others once, in the first language), and the names the build gave
 * its files by what they are (`files`). Budgets are in gzip bytes as shipped, for the first
 * language; other languages are measured, not budgeted.
 */
export function siteTable(build) {
  const first = build.data.lang;
  const rows = ENTRIES.flatMap((entry) =>
    (entry.languages === "each" ? languages(build) : [first]).map((lang) => ({
      id: entry.id,
      lang,
      file: entry.id === "plain" ? fallbackFile(build, lang) : entry.file,
      what: entry.what,
      wasm: entry.wasm,
      tree: entry.tree,
      height: entry.height ?? false,
      offline: entry.offline,
      budget: lang === first && entry.budget ? BUDGETS[entry.budget] : null,
      loads: loadsOf(build, entry, lang),
      // What a strict Content-Security-Policy for this page must allow (the element's host page
      // needs the same, for the element's files).
      csp: build.csp[entry.id] ?? policy([]),
    })),
  );
  // The release: what every file of the site holds, by name (the service worker and site.json
  // come after, and say which release they are).
  const release = build.hash([...build.written].sort().map((name) => `${name}:${build.hash(readFileSync(join(build.out, name)))}`).join("\n"));
  build.site = { release, languages: languages(build), files: build.files, hashed: [...build.hashed].sort(), entries: rows };
}

/**
 * The previous release's content-hashed files, when `KEEP_RELEASE` names its site: carried into
 * this one under their own names, so that a page opened before the release still finds its
 * files after it. They are listed in site.json (`kept`) and belong to no entry point, so nothing
 * measures, caches or offers them.
 */
export function keepPrevious(build) {
  build.site.kept = [];
  if (!build.keep) return writeSite(build);
  const previous = JSON.parse(readFileSync(join(build.keep, "site.json"), "utf8"));
  for (const name of previous.hashed ?? []) {
    if (build.site.hashed.includes(name) || !existsSync(join(build.keep, name))) continue;
    build.write(name, readFileSync(join(build.keep, name)));
    build.site.kept.push(name);
  }
  writeSite(build);
}

const writeSite = (build) => build.write("site.json", JSON.stringify(build.site, null, 2) + "\n");

/**
 * sw.js: the offline cache. For each page the table keeps offline, in each language, what that
 * page loads (its row's files, from the site table). The cache name changes whenever a cached
 * file does.
 */
export async function serviceWorker(build) {
  const pages = {};
  for (const row of build.site.entries.filter((r) => r.offline)) {
    (pages[row.file] ??= {})[row.lang] = row.loads.filter((f) => f !== "sw.js").map((f) => `./${f}`);
  }
  const precache = {
    contents: `export const RELEASE = ${JSON.stringify(build.site.release)}, PAGES = ${JSON.stringify(pages)}, FIRST = ${JSON.stringify(build.data.lang)};`,
  };
  build.write("sw.js", await bundleScript("web/sw.js", { "@idt/precache": precache }, { format: "iife" }));
}

/** Precompressed copies (.gz with zopfli, .br) of every file the build wrote, for servers that send them. */
export async function compressed(build) {
  for (const file of [...build.written]) {
    const body = readFileSync(join(build.out, file));
    build.write(`${file}.gz`, await gzip(body));
    build.write(`${file}.br`, brotli(body));
  }
}
