// The colours of an element whose theme is `auto` (the default): its host page's. The page's
// declared `color-scheme`, when it picks a side; else the lightness of the first background
// behind the element; only where the page says neither (or declares both), the reader's
// setting, as with `theme="system"`. The answer is written on the wrapper in the element's
// shadow root (`data-host-scheme`), where the stylesheet applies it to `auto` (styles/tokens.css),
// and follows the page when it switches (a class or style on <html> or <body>, the reader's setting).
const followed = new Map(); // element → its wrapper
let watching = false;

/** Keeps `wrapper`'s `data-host-scheme` in step with the page around `element`. */
export function followHostScheme(element, wrapper) {
  followed.set(element, wrapper);
  apply(element, wrapper);
  if (watching) return;
  watching = true;
  const all = () => followed.forEach((wrapper, element) => (element.isConnected ? apply(element, wrapper) : followed.delete(element)));
  const observer = new MutationObserver(all);
  for (const node of [document.documentElement, document.body]) if (node) observer.observe(node, { attributes: true });
  matchMedia("(prefers-color-scheme: dark)").addEventListener("change", all);
}

function apply(element, wrapper) {
  const scheme = hostScheme(element);
  if (scheme) wrapper.dataset.hostScheme = scheme;
  else delete wrapper.dataset.hostScheme;
}

/** "light", "dark", or null when the page leaves it to the reader. */
export function hostScheme(element) {
  const words = getComputedStyle(element).colorScheme.split(/\s+/);
  const [light, dark] = [words.includes("light"), words.includes("dark")];
  if (light !== dark) return light ? "light" : "dark";
  if (light) return null;
  for (let node = parent(element); node; node = parent(node)) {
    const rgba = /^rgba?\(([\d.]+)[, ]+([\d.]+)[, ]+([\d.]+)(?:[,/ ]+([\d.]+%?))?\)$/.exec(getComputedStyle(node).backgroundColor);
    if (!rgba) continue;
    const alpha = rgba[4] === undefined ? 1 : rgba[4].endsWith("%") ? parseFloat(rgba[4]) / 100 : Number(rgba[4]);
    if (alpha < 0.5) continue;
    // Relative luminance (WCAG), against the middle grey where black and white text contrast alike.
    const [r, g, b] = rgba.slice(1, 4).map((c) => ((c = Number(c) / 255) <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
    return 0.2126 * r + 0.7152 * g + 0.0722 * b < 0.18 ? "dark" : "light";
  }
  return null;
}

/** The element's parent, across the shadow roots it may sit in. */
const parent = (node) => node.parentElement ?? node.getRootNode().host ?? null;
