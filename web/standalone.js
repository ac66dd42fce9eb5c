// Starts standalone.html: everything in one file that works when opened from disk (file://)
// with no network. The build bundles this with the glue into one inline module; the wasm
// arrives as base64 text in a script element of its own.
import { pageUrl, querySettings, start } from "./start.js";

const base64 = document.getElementById("idt-wasm").textContent.trim();
await start({
  wasm: Uint8Array.from(atob(base64), (c) => c.charCodeAt(0)),
  root: document.getElementById("app"),
  settings: querySettings(),
  page: true,
  share: pageUrl(),
});
