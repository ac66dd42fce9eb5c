// Starts the standalone page: loads the wasm next to this file and mounts the widget into
// #app. Settings come from the query string (index.html?theme=dark), like attributes do for
// the embedded element. A file instead of Trunk's inline loader, so that the page runs under
// a strict Content-Security-Policy (no inline scripts).
import init, { mount, __idtTestPanic } from "./__GLUE__";
import { whenCrashed } from "./crash.js";

await init({ module_or_path: new URL("./__WASM__", import.meta.url) });
const root = document.getElementById("app");
whenCrashed(root, __idtTestPanic);
const settings = Object.fromEntries(new URLSearchParams(location.search));
mount(root, settings, true, location.href.split("#")[0]);

// Offline support: the service worker caches the built files after the first visit. Where
// service workers are unavailable (file://, sandboxed frames, old browsers) nothing changes.
if ("serviceWorker" in navigator && location.protocol.startsWith("http")) {
  navigator.serviceWorker.register("./sw.js").catch(() => {});
}
