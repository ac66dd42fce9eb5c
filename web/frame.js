// Starts embed.html, the widget for iframes: mounts it without page chrome and tells the
// parent page its height whenever that changes, so a host can size the iframe to fit (see the
// README's snippet). Settings come from the query string: embed.html?theme=dark&diagram=hide.
import { HEIGHT_MESSAGE } from "@idt/contract";
import WASM from "@idt/url/wasm";
import { registerOfflineCache } from "./offline.js";
import { querySettings, start } from "./start.js";

await start({
  wasm: WASM,
  root: document.getElementById("app"),
  settings: querySettings(),
  page: false,
  share: new URL("./index.html", location.href).href,
});

if (window.parent !== window) {
  let last = 0;
  const report = () => {
    // The document's own height: it never depends on the iframe's, so no feedback loop.
    const height = Math.ceil(document.documentElement.getBoundingClientRect().height);
    if (height !== last) {
      last = height;
      // The type a host listens for; `height` is in CSS pixels.
      window.parent.postMessage({ type: HEIGHT_MESSAGE, height }, "*");
    }
  };
  new ResizeObserver(report).observe(document.documentElement);
  report();
}
registerOfflineCache();
