// Starts the page (index.html): loads the wasm next to this file and mounts the widget into
// #app. Settings come from the query string (index.html?theme=dark), as attributes do for the
// element. A file of its own, not an inline script, so the page runs under a strict
// Content-Security-Policy.
import WASM from "@idt/url/wasm";
import { languageLinks } from "./language.js";
import { registerOfflineCache } from "./offline.js";
import { otherLanguage } from "./other-language.js";
import { pageUrl, querySettings } from "./page-url.js";
import { start } from "./start.js";
import { afterFirstPaint } from "./tasks.js";

// The language early.js chose for the page.
const lang = document.documentElement.dataset.idtLang;
languageLinks();
await start({
  wasm: WASM,
  root: document.getElementById("app"),
  settings: querySettings(),
  page: true,
  share: pageUrl(),
  tree: document.getElementById("idt-tree").textContent,
  other: afterFirstPaint().then(() => otherLanguage(lang)),
});
registerOfflineCache("index.html", lang);
