// Starts standalone.html: everything in one file that works when opened from disk (file://)
// with no network. The build bundles this with the glue into one inline module; the wasm
// arrives as base64 text in a script element of its own.
import { LANGUAGES } from "@idt/contract";
import { languageLinks, pageLanguage } from "./language.js";
import { pageUrl, querySettings } from "./page-url.js";
import { start } from "./start.js";
import { translatePage, wordingFor } from "./wording.js";

const lang = pageLanguage();
languageLinks();
const base64 = document.getElementById("idt-wasm").textContent.trim();
await start({
  wasm: Uint8Array.from(atob(base64), (c) => c.charCodeAt(0)),
  root: document.getElementById("app"),
  settings: querySettings(),
  page: true,
  share: pageUrl(),
  // Every language travels in the file (see the build): nothing to fetch.
  tree: await wordingFor(LANGUAGES[0]),
  other: lang === LANGUAGES[0] ? null : wordingFor(lang).then((text) => text && { text, translatePage }),
});
