// Starts tree.html, an author's tree file in an iframe: `tree.html?src=trees/mine.json`, with
// the same settings as embed.html in the query (`&theme=dark`). It loads the build for authors'
// trees directly (no custom element: the page is the widget's own) and tells the parent page
// its height; opened on its own, it is a page, with a permalink. It shows trees from its own
// site only, redirects included: a crafted link must not make this page show someone else's
// content. Without `src` it is embed.html.
import { LANG, SETTINGS, SRC, TREE } from "@idt/contract";
import AUTHORING_GLUE from "@idt/url/authoring-glue";
import AUTHORING_WASM from "@idt/url/authoring-wasm";
import { whenCrashed } from "./crash.js";
import { pageLanguage } from "./language.js";
import { pageUrl, querySettings } from "./page-url.js";
import { reportHeight } from "./report-height.js";
import { treeFile } from "./tree-file.js";

const settings = querySettings();
const root = document.getElementById("app");

/**
 * Shows the page's sentence `what` in the reader's language in place of the widget, `{name}`
 * in it replaced by `value` as text: isolated, with its own bidi controls removed, so it
 * cannot turn the sentence around.
 */
function say(what, name, value) {
  const lang = pageLanguage();
  const templates = [...document.querySelectorAll(`template[data-sentence="${what}"]`)];
  const template = templates.find((t) => t.dataset.lang === lang) ?? templates[0];
  const sentence = template.content.firstElementChild.cloneNode(true);
  const shown = `\u2068${String(value).replace(/[\u202A-\u202E\u2066-\u2069]/g, "")}\u2069`;
  sentence.textContent = sentence.textContent.split(`{${name}}`).join(shown);
  root.replaceChildren(sentence);
}

let url = null;
try {
  url = new URL(settings[SRC], location.href);
} catch {}

if (!settings[SRC]) {
  location.replace(`./embed.html${location.search}${location.hash}`);
} else if (!url || !/^https?:$/.test(url.protocol) || url.origin !== location.origin) {
  say("foreign", "url", url?.href ?? settings[SRC]);
  reportHeight();
} else {
  reportHeight();
  try {
    const [tree, module] = await Promise.all([
      treeFile(url.href, { sameSite: true }),
      import(AUTHORING_GLUE.href).then(async (module) => {
        await module.default({ module_or_path: AUTHORING_WASM });
        return module;
      }),
    ]);
    try {
      const { title } = JSON.parse(tree[TREE] ?? "null") ?? {};
      if (typeof title === "string" && title.trim()) document.title = title;
    } catch {}
    const given = Object.fromEntries([...SETTINGS, LANG].filter((name) => settings[name] !== undefined).map((name) => [name, settings[name]]));
    whenCrashed(root);
    // On its own the page keeps the answers in its address; in an iframe it leaves the host's
    // alone. Either way a shared link reopens this page with this tree.
    module.mount(root, { ...given, ...tree }, window.parent === window, pageUrl());
  } catch (error) {
    say("failed", "reason", error?.message ?? error);
  }
}
