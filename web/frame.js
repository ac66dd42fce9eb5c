// Starts embed.html, the widget for iframes: mounts it without page chrome and tells the
// parent page its height whenever that changes, so a host can size the iframe to fit (see the
// README's snippet). Settings come from the query string: embed.html?theme=dark&diagram=hide.
import init, { mount, __idtTestPanic } from "./__GLUE__";
import { whenCrashed } from "./crash.js";

await init({ module_or_path: new URL("./__WASM__", import.meta.url) });
const settings = Object.fromEntries(new URLSearchParams(location.search));
const root = document.getElementById("app");
whenCrashed(root, __idtTestPanic);
mount(root, settings, false, new URL("./index.html", location.href).href);

if (window.parent !== window) {
  let last = 0;
  const report = () => {
    // The document's own height: it never depends on the iframe's, so no feedback loop.
    const height = Math.ceil(document.documentElement.getBoundingClientRect().height);
    if (height !== last) {
      last = height;
      window.parent.postMessage({ type: "integration-decision-tree:height", height }, "*");
    }
  };
  new ResizeObserver(report).observe(document.documentElement);
  report();
}

if ("serviceWorker" in navigator && location.protocol.startsWith("http")) {
  navigator.serviceWorker.register("./sw.js").catch(() => {});
}
