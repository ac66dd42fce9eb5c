// The custom element's first state: the tree's first question and the whole diagram, rendered at
// build time by the widget's own components (`@idt/first-state`, a node tree:
// `[tag, attributes, ...children]` with text as strings) and built here with DOM calls, never
// parsed as HTML; and the widget's stylesheet, one constructed sheet for every shadow root (no
// inline style: a strict CSP allows it).
import FIRST_STATE from "@idt/first-state";
import STYLES from "@idt/styles";

const SVG = "http://www.w3.org/2000/svg";

function build(node, namespace = null) {
  if (typeof node === "string") return document.createTextNode(node);
  const [tag, attributes, ...children] = node;
  const inner = tag === "svg" ? SVG : namespace;
  const element = inner ? document.createElementNS(inner, tag) : document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  for (const child of children) element.append(build(child, inner));
  return element;
}

/**
 * The first state, in `theme` and with the `diagram` as the settings say (values the contract
 * does not know keep the defaults), or, when `hidden`, only its space: the element will start
 * somewhere else.
 */
export function firstState({ theme = null, diagram = null, hidden = false } = {}) {
  const first = build(FIRST_STATE);
  if (theme) first.setAttribute("data-theme", theme);
  if (diagram) first.setAttribute("data-diagram", diagram);
  if (hidden) first.style.visibility = "hidden";
  return first;
}

let sheet;
/** The widget's stylesheet, constructed once for every element on the page. */
export function styleSheet() {
  if (!sheet) {
    sheet = new CSSStyleSheet();
    sheet.replaceSync(STYLES);
  }
  return sheet;
}
