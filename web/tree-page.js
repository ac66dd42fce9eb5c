// Starts tree.html, an author's tree file in an iframe: `tree.html?src=trees/mine.json`, with
// the same settings as embed.html in the query (`&theme=dark`). It loads the build for authors'
// trees directly (no custom element: the page is the widget's own) and tells the parent page
// its height. It shows trees from its own site only: a crafted link must not make this page
// show someone else's content. Without `src` it is embed.html.
import { LANG, SETTINGS, SRC, TREE } from "@idt/contract";
import AUTHORING_GLUE from "@idt/url/authoring-glue";
import AUTHORING_WASM from "@idt/url/authoring-wasm";
import { whenCrashed } from "./crash.js";
import { reportHeight } from "./report-height.js";
import { querySettings } from "./start.js";
import { treeFile } from "./tree-file.js";

const settings = querySettings();
const root = document.getElementById("app");
let url = null;
try {
  url = new URL(settings[SRC], location.href);
} catch {}

if (!settings[SRC]) {
  location.replace(`./embed.html${location.search}${location.hash}`);
} else if (url?.origin !== location.origin) {
  const refusal = document.getElementById("idt-foreign").content.cloneNode(true);
  const sentence = refusal.firstElementChild;
  sentence.textContent = sentence.textContent.replace("{url}", url?.href ?? settings[SRC]);
  root.replaceChildren(refusal);
  reportHeight();
} else {
  reportHeight();
  const [tree, module] = await Promise.all([
    treeFile(url.href),
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
  module.mount(root, { ...given, ...tree }, false, new URL("./index.html", location.href).href);
}
