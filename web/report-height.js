// For pages shown in an iframe (embed.html, tree.html): tells the parent page the document's
// height whenever it changes, so a host can size the iframe to fit: with our own message (see
// the README's snippet) and, given WordPress's `secret`, with WordPress's.
import { HEIGHT_MESSAGE } from "@idt/contract";

export function reportHeight(secret = null) {
  if (window.parent === window) return;
  let last = 0;
  const report = (always = false) => {
    // The document's own height: it never depends on the iframe's, so no feedback loop.
    const height = Math.ceil(document.documentElement.getBoundingClientRect().height);
    if (height === last && !always) return;
    last = height;
    // The type a host listens for; `height` is in CSS pixels.
    window.parent.postMessage({ type: HEIGHT_MESSAGE, height }, "*");
    if (secret) window.parent.postMessage({ message: "height", value: height, secret }, "*");
  };
  // WordPress says "ready" when its script runs, which may be after the frame first reported.
  addEventListener("message", (event) => {
    if (secret && event.source === window.parent && event.data?.message === "ready" && event.data.secret === secret) report(true);
  });
  new ResizeObserver(() => report()).observe(document.documentElement);
  report();
}
