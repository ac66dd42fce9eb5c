// <integration-decision-tree>: the widget as a custom element, for any page that can load one
// module script. Load this file once, then write the element wherever the tree should be:
//
//   <script type="module" src="https://example.org/decision-tree/embed.js"></script>
//   <integration-decision-tree theme="auto"></integration-decision-tree>
//
// Each element renders in its own open shadow root with the widget's stylesheet: the host
// page's CSS cannot reach in, and the widget's cannot leak out. It shows the tree's first state
// at once (rendered at build time by the widget's own components, carried in this file with the
// stylesheet), and fetches the wasm only when it comes within about a screen of the viewport
// (`loading="lazy"`, the default) or at once (`loading="eager"`). The live widget then replaces
// the first state in one task: nothing on the host page moves. Everything else it needs (glue,
// wasm) is found next to this file, so it works from another origin and under any path.

import { ELEMENT, LOADING, LOADING_VALUES, PERMALINK, PERMALINK_OFF, SETTINGS } from "@idt/contract";
import FIRST_STATE from "@idt/first-state";
import STYLES from "@idt/styles";
import GLUE from "@idt/url/glue";
import WASM from "@idt/url/wasm";
import { whenCrashed } from "./crash.js";
import { afterFirstPaint, nextTask } from "./tasks.js";

const PAGE = new URL("./index.html", import.meta.url).href;
const SVG = "http://www.w3.org/2000/svg";
/** The element's own method that loads the widget (a symbol: not part of its public API). */
const START = Symbol("start");

// One wasm instance serves every element on the page, fetched when the first one needs it.
let glue;
const load = () =>
  (glue ??= afterFirstPaint()
    .then(() => import(/* the glue stays a file of its own, fetched only when needed */ GLUE.href))
    .then(async (module) => {
    // Compiled while it downloads; then the tree is read in a task of its own (short tasks).
    await module.default({ module_or_path: WASM });
    await nextTask();
    module.prepare();
    await nextTask();
    return module;
  }));

// One constructed stylesheet serves every shadow root (no inline style: a strict CSP allows it).
let sheet;
const styles = () => {
  if (!sheet) {
    sheet = new CSSStyleSheet();
    sheet.replaceSync(STYLES);
  }
  return sheet;
};

/** Builds DOM nodes from the first state's node tree: `[tag, attributes, ...children]` or text. */
function build(node, namespace = null) {
  if (typeof node === "string") return document.createTextNode(node);
  const [tag, attributes, ...children] = node;
  const inner = tag === "svg" ? SVG : namespace;
  const element = inner ? document.createElementNS(inner, tag) : document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  for (const child of children) element.append(build(child, inner));
  return element;
}

// Elements waiting to come within about a screen of the viewport.
const near = new IntersectionObserver(
  (entries) => {
    for (const entry of entries) {
      if (!entry.isIntersecting) continue;
      near.unobserve(entry.target);
      entry.target[START]();
    }
  },
  { rootMargin: "100% 0px" },
);

// At most one element may own the page's URL hash.
let hashOwner = null;

class IntegrationDecisionTree extends HTMLElement {
  static observedAttributes = SETTINGS;
  /** The id `mount` returned, once mounted. */
  #widget = null;
  #root = null;
  #warned = false;

  connectedCallback() {
    if (!this.#root) {
      const shadow = this.shadowRoot ?? this.attachShadow({ mode: "open" });
      shadow.adoptedStyleSheets = [styles()];
      this.#root = document.createElement("div");
      whenCrashed(this.#root);
      shadow.replaceChildren(this.#root);
    }
    if (!this.#widget) this.#showFirstState();
    if (this.#loading() === "eager") this[START]();
    else near.observe(this);
  }

  /** Loads the wasm (once per page) and mounts the live widget in place of the first state. */
  [START]() {
    load().then((module) => {
      if (!this.isConnected || this.#widget) return;
      const owner = this.#claimHash();
      const share = owner ? location.href.split("#")[0] : PAGE;
      this.#widget = module.mount(this.#root, this.#settings(SETTINGS, owner), false, share);
    });
  }

  disconnectedCallback() {
    near.unobserve(this);
    const widget = this.#widget;
    if (widget) glue.then((module) => module.unmount(widget));
    this.#widget = null;
    if (hashOwner === this) hashOwner = null;
  }

  attributeChangedCallback(name, before, after) {
    if (!this.#widget || before === after) return;
    const settings = this.#settings([name], name === PERMALINK && this.#claimHash());
    glue.then((module) => module.configure(this.#widget, settings));
  }

  /**
   * Shows the tree's first state, inert, so the element has its content and its height before
   * the wasm arrives. When the element will start somewhere else (preset answers, a hidden
   * diagram, a link to follow), the first state only keeps the space: it is not shown.
   */
  #showFirstState() {
    const first = build(FIRST_STATE);
    const theme = this.getAttribute("theme")?.trim().toLowerCase();
    if (theme === "light" || theme === "dark") first.setAttribute("data-theme", theme);
    const elsewhere =
      (this.getAttribute("answers") ?? "").trim() !== "" ||
      this.getAttribute("diagram")?.trim().toLowerCase() === "hide" ||
      (this.#asksForHash() && /^#[a-z0-9-]+=/i.test(location.hash));
    if (elsewhere) first.style.visibility = "hidden";
    this.#root.replaceChildren(first);
  }

  /** The `loading` attribute: `lazy` (the default) or `eager`; anything else warns once. */
  #loading() {
    const value = (this.getAttribute(LOADING) ?? LOADING_VALUES[0]).trim().toLowerCase();
    if (LOADING_VALUES.includes(value)) return value;
    if (!this.#warned) {
      console.warn(`integration-decision-tree: ignoring ${LOADING}="${this.getAttribute(LOADING)}"; using ${LOADING_VALUES[0]} instead`);
      this.#warned = true;
    }
    return LOADING_VALUES[0];
  }

  /** Whether this element asks for the permalink. */
  #asksForHash() {
    return this.hasAttribute(PERMALINK) && !PERMALINK_OFF.includes(this.getAttribute(PERMALINK).trim().toLowerCase());
  }

  /** Whether this element asks for the permalink and may have it; warns once if it may not. */
  #claimHash() {
    if (!this.#asksForHash()) return false;
    if (hashOwner && hashOwner !== this && hashOwner.isConnected) {
      console.warn("integration-decision-tree: only one element per page may use the permalink; ignoring it here");
      return false;
    }
    hashOwner = this;
    return true;
  }

  /** The named attributes as settings; a missing attribute asks for its default. */
  #settings(names, owner) {
    const settings = {};
    for (const name of names) {
      settings[name] = name === PERMALINK ? (owner ? "on" : "off") : this.getAttribute(name) ?? "";
    }
    return settings;
  }
}

if (!customElements.get(ELEMENT)) customElements.define(ELEMENT, IntegrationDecisionTree);
