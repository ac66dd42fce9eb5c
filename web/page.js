// Starts a page of the site: index.html, embed.html (for iframes), standalone.html (the single
// file) and tree.html (an author's tree file in an iframe). Each is this script, bundled with the
// glue of its row's wasm build, the URLs of its files (`@idt/files`) and its row of the site table
// (scripts/site.mjs) as `ENTRY`: the build writes each of the row's fields in as a constant
// (esbuild's `define`), so a page's script holds only the branches its row takes. Settings come
// from the query string (`?theme=dark`), as attributes do for the element.
/* global ENTRY */
import { LANGUAGES, LOAD_FAILED_EVENT, PERMALINK, SETTINGS, SRC, TREE, TREE_FAILED, TREE_SOURCE } from "@idt/contract";
import FILES from "@idt/files";
import init, { mount, prepare } from "@idt/glue";
import { boot, builtInTree, initWasm } from "./boot.js";
import { languageLinks } from "./language.js";
import { registerOfflineCache } from "./offline.js";
import { reportHeight } from "./report-height.js";
import { treeText } from "./tree-file.js";
import { translatePage } from "./translate-page.js";

/** The script for another language's readers (web/wording.js); the single file carries it. */
const wording = () => (ENTRY.tree === "every" ? Promise.resolve({ treeText, translatePage }) : import(FILES.wording.href));

const root = document.getElementById("app");
// The page's language: early.js, in the page's head, chose it before the first paint.
const lang = document.documentElement.dataset.idtLang ?? LANGUAGES[0];
const query = new URLSearchParams(location.search);
const settings = Object.fromEntries(SETTINGS.filter((name) => query.has(name)).map((name) => [name, query.get(name)]));
// WordPress embeds a page in a sandboxed iframe whose address ends in "#?secret=…", keeps it
// clipped until the page answers, and sizes it from { message: "height", value, secret }
// (wp-embed.js). That hash is WordPress's, not a permalink.
const secret = ENTRY.height ? (/^#\?secret=([A-Za-z0-9]{1,32})$/.exec(location.hash)?.[1] ?? null) : null;
if (secret) settings[PERMALINK] = "off";
const alone = window.parent === window;

/**
 * The address shared links and the decision record point to: this page's (or, for the iframe
 * page, the site's own page beside it); opened from disk, the site's address when the build
 * knows it (SITE_URL), else the file's, which the record and print then leave out.
 */
function shareAddress() {
  if (!/^https?:$/.test(location.protocol) && ENTRY.site) return new URL("./index.html", ENTRY.site).href;
  return ENTRY.share === "page" ? new URL("./index.html", location.href).href : location.href.split("#")[0];
}

/** The wasm of the row's build, from its file or (the single file) from the page itself. */
async function wasm() {
  await initWasm(init, ENTRY.wasm === "inline" ? inlineWasm() : FILES.wasm);
  return { mount, prepare };
}

/** The single file's wasm, carried as base64 text. */
const inlineWasm = () => Uint8Array.from(atob(document.getElementById("idt-wasm").textContent.trim()), (c) => c.charCodeAt(0));

/** The built-in tree in `lang`: the single file's, the page's own copy, or the file the build wrote. */
const builtIn = async (lang) => {
  if (ENTRY.tree === "every") return FILES.trees[lang];
  if (lang === LANGUAGES[0]) return document.getElementById("idt-tree").textContent;
  return (await wording()).treeText(FILES.trees[lang]);
};

/**
 * tree.html: the tree file `?src=` names, from this site only (redirects included: a crafted
 * link must not make the site show someone else's content), or null when refused (the page
 * then says why).
 */
function ownTree() {
  let url = null;
  try {
    url = new URL(query.get(SRC), location.href);
  } catch {}
  if (!url || !/^https?:$/.test(url.protocol) || url.origin !== location.origin) {
    refuse(url?.href ?? query.get(SRC));
    return null;
  }
  return async () => {
    const source = { [TREE_SOURCE]: url.href };
    let text;
    try {
      text = await treeText(url.href, { sameSite: true });
    } catch (error) {
      return { [TREE_FAILED]: error.message, ...source };
    }
    try {
      const { title } = JSON.parse(text) ?? {};
      if (typeof title === "string" && title.trim()) document.title = title;
    } catch {
      // Not JSON: the widget's panel says where.
    }
    return { [TREE]: text, ...source };
  };
}

/**
 * Shows tree.html's refusal of a tree from elsewhere (it carries one per language) in place of the
 * widget, with `value` in its `{…}` as text in an isolate of its own, so it cannot turn it round.
 */
function refuse(value) {
  const templates = [...document.querySelectorAll('template[data-sentence="foreign"]')];
  const sentence = (templates.find((t) => t.dataset.lang === lang) ?? templates[0]).content.firstElementChild.cloneNode(true);
  const [before, after = ""] = sentence.textContent.split(/\{[a-z]+\}/);
  const isolate = document.createElement("bdi");
  isolate.textContent = String(value);
  sentence.replaceChildren(before, isolate, after);
  root.replaceChildren(sentence);
}

async function start() {
  if (ENTRY.height) reportHeight(secret);
  if (ENTRY.links) languageLinks();
  // Without a tree file, tree.html is the built-in widget's iframe page.
  if (ENTRY.tree === "src" && !query.get(SRC)) return location.replace(`./embed.html${location.search}${location.hash}`);
  const own = ENTRY.tree === "src" ? ownTree() : null;
  if (ENTRY.tree === "src" && !own) return;
  const where = (lang) => (lang === LANGUAGES[0] && ENTRY.tree !== "every" ? "the page's own tree" : `the tree in ${lang}`);
  const tree = ENTRY.tree === "src" ? { load: own } : builtInTree(lang, builtIn, where);
  try {
    await boot({
      root,
      wasm,
      tree,
      settings,
      page: ENTRY.permalink === "on" || (ENTRY.permalink === "alone" && alone),
      share: shareAddress(),
      // In another language, the page's own sentences follow the widget's.
      shown: ENTRY.tree === "src" ? undefined : (text) => lang !== LANGUAGES[0] && wording().then((words) => words.translatePage(text)),
      // The page's early script shows the failure panel.
      failed: () => dispatchEvent(new Event(LOAD_FAILED_EVENT)),
    });
  } finally {
    // The live widget has replaced the prerendered one (or failed to): show what there is.
    document.documentElement.classList.remove("idt-pending", "idt-translating");
  }
  if (ENTRY.offline) registerOfflineCache(ENTRY.file, lang, import.meta.url);
}

start();
