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
//
// It shows the built-in tree, or an author's: from a file (`src="trees/api-style.json"`, same
// origin or CORS), from a `<script type="application/json">` child, or set as an object on the
// element's `tree` property. Changing `src` or `tree` swaps the tree live. A tree that cannot
// be used is replaced by a panel listing its problems (`role="alert"`), never a blank box.

import {
  BUILT_IN, ELEMENT, LANG, LANGUAGES, LOADING, LOADING_VALUES, PERMALINK, PERMALINK_OFF, SETTINGS, SRC, TREE,
  TREE_FAILED, TREE_SOURCE,
} from "@idt/contract";
import FIRST_STATE from "@idt/first-state";
import STYLES from "@idt/styles";
import TREES from "@idt/url/trees";
import AUTHORING_GLUE from "@idt/url/authoring-glue";
import AUTHORING_WASM from "@idt/url/authoring-wasm";
import GLUE from "@idt/url/glue";
import WASM from "@idt/url/wasm";
import { whenCrashed } from "./crash.js";
import { elementLanguage } from "./language.js";
import { treeFile } from "./tree-file.js";
import { afterFirstPaint, nextTask } from "./tasks.js";

const PAGE = new URL("./index.html", import.meta.url).href;
const SVG = "http://www.w3.org/2000/svg";
/** The element's own method that loads the widget (a symbol: not part of its public API). */
const START = Symbol("start");

// One wasm instance of each kind serves every element on the page, fetched when the first one
// needs it: the built-in tree's, or (only for elements with an author's tree) the build for
// authors' trees, which carries the validator's reporting and no built-in tree.
const loaders = {};
const load = (own) =>
  (loaders[own] ??= afterFirstPaint()
    // The glue stays a file of its own, fetched only when needed.
    .then(() => (own ? import(AUTHORING_GLUE.href) : import(GLUE.href)))
    .then(async (module) => {
      // Compiled while it downloads; then the tree is read in a task of its own (short tasks).
      await module.default({ module_or_path: own ? AUTHORING_WASM : WASM });
      await nextTask();
      return module;
    })
    .catch((error) => {
      // Let a later element try again (the network may be back).
      delete loaders[own];
      throw error;
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

/**
 * The settings that give `mount` the built-in tree in the element's language: the file the
 * build wrote for that language (the wasm carries no tree), or the first language's if that
 * one cannot be had. An author's tree speaks its own.
 */
async function languageSettings(element, tree) {
  if (tree !== null) return {};
  const lang = elementLanguage(element);
  const text = await builtInTree(lang).catch((error) => {
    if (lang === LANGUAGES[0]) throw error;
    console.warn(`integration-decision-tree: showing ${LANGUAGES[0]}, as ${lang} could not be loaded (${error.message})`);
    return builtInTree(LANGUAGES[0]);
  });
  return { [BUILT_IN]: text };
}

// The built-in tree in each language, fetched once for every element that shows it.
const builtIn = {};
const builtInTree = (lang) =>
  (builtIn[lang] ??= fetch(TREES[lang])
    .then((response) => {
      if (!response.ok) throw new Error(`${response.url} answered ${response.status}`);
      return response.text();
    })
    .catch((error) => {
      // Let a later element try again (the network may be back).
      delete builtIn[lang];
      throw error;
    }));

/**
 * The settings that give `mount` the element's own tree: the `tree` property, else the file
 * `src` names, else an inline JSON script; `null` for the built-in tree.
 */
async function treeSettings(element, property) {
  if (property !== undefined && property !== null) {
    try {
      return { [TREE]: typeof property === "string" ? property : JSON.stringify(property) };
    } catch (error) {
      return { [TREE_FAILED]: `the tree property cannot be written as JSON (${error.message})` };
    }
  }
  const src = ownSrc(element);
  if (src) {
    let url;
    try {
      url = new URL(src, document.baseURI).href;
    } catch (error) {
      return { [TREE_FAILED]: `${src} is not a URL (${error.message})`, [TREE_SOURCE]: src };
    }
    return treeFile(url);
  }
  const inline = ownInline(element);
  return inline ? { [TREE]: inline.textContent } : null;
}

/** The element's `src`, if it names a tree file. */
const ownSrc = (element) => element.getAttribute(SRC)?.trim();
/** The element's inline tree, a child `<script type="application/json">`, if it has one. */
const ownInline = (element) => element.querySelector(':scope > script[type="application/json"]');

class IntegrationDecisionTree extends HTMLElement {
  static observedAttributes = [...SETTINGS, SRC, LANG];
  /** The id `mount` returned, once mounted (0 when it showed the tree's problems instead). */
  #widget = null;
  /** The wasm module that mounted it. */
  #module = null;
  #root = null;
  #warned = false;
  /** The `tree` property, if set. */
  #tree = undefined;
  /** Counts starts, so that a tree swapped during a fetch wins over the one fetched before. */
  #starts = 0;
  #started = false;

  /** An author's tree as an object (or JSON text); `null` for the `src`, inline or built-in one. */
  get tree() {
    return this.#tree ?? null;
  }

  set tree(value) {
    this.#tree = value;
    this.#swapTree();
  }

  connectedCallback() {
    // A `tree` set on the element before this class defined it is a plain property that hides
    // the setter: take it over.
    if (Object.hasOwn(this, "tree")) {
      const tree = this.tree;
      delete this.tree;
      this.tree = tree;
    }
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
    this.#started = true;
    const start = ++this.#starts;
    // Whether what arrived is still wanted: the element is on the page, not yet live, and its
    // tree has not been swapped since.
    const current = (loaded) => loaded && this.isConnected && this.#widget === null && start === this.#starts;
    // Which tree is decided after the first paint, once the page's own scripts have run (one
    // may set the `tree` property), so that only the build that tree needs is fetched.
    afterFirstPaint()
      .then(() => treeSettings(this, this.#tree))
      .then((tree) =>
        // The wasm and the wording (another language's, if needed) arrive side by side.
        Promise.all([load(tree !== null), languageSettings(this, tree)]).then(
          ([module, language]) => [module, { ...tree, ...language }],
          (error) => {
            // The widget could not load (offline, blocked): the first state stays; say why.
            console.warn(`integration-decision-tree: the widget could not load (${error?.message ?? error})`);
            return null;
          },
        ),
      )
      .then(async (loaded) => {
        if (!current(loaded)) return null;
        // The tree is read in a task of its own (short tasks), then the widget takes over. A
        // file in another language that does not load gives way to the first language's.
        const [module, tree] = loaded;
        if (!module.prepare(tree[BUILT_IN] ?? "")) module.prepare((tree[BUILT_IN] = await builtInTree(LANGUAGES[0])));
        await nextTask();
        return loaded;
      })
      .then((loaded) => {
        if (!current(loaded)) return;
        const [module, tree] = loaded;
        const owner = this.#claimHash();
        const share = owner ? location.href.split("#")[0] : PAGE;
        this.#module = module;
        this.#widget = module.mount(this.#root, { ...this.#settings(SETTINGS, owner), ...tree }, false, share);
      });
  }

  /** Another tree: the live widget (if any) makes way for one built from it. */
  #swapTree() {
    // Whatever is in flight now belongs to the tree before.
    this.#starts++;
    if (!this.#root) return;
    if (this.#widget) this.#module.unmount(this.#widget);
    this.#widget = null;
    this.#showFirstState();
    if (this.#started && this.isConnected) this[START]();
  }

  /** Whether the element shows an author's tree rather than the built-in one. */
  #hasOwnTree() {
    return (this.#tree !== undefined && this.#tree !== null) || Boolean(ownSrc(this)) || ownInline(this) !== null;
  }

  disconnectedCallback() {
    near.unobserve(this);
    this.#starts++;
    if (this.#widget) this.#module.unmount(this.#widget);
    this.#widget = null;
    if (hashOwner === this) hashOwner = null;
  }

  attributeChangedCallback(name, before, after) {
    if (before === after) return;
    // Another tree, or the same in another language: a widget built afresh.
    if (name === SRC || name === LANG) return this.#swapTree();
    if (!this.#widget) return;
    const settings = this.#settings([name], name === PERMALINK && this.#claimHash());
    this.#module.configure(this.#widget, settings);
  }

  /**
   * Shows the tree's first state, inert, so the element has its content and its height before
   * the wasm arrives. When the element will start somewhere else (preset answers, a hidden
   * diagram, a link to follow), the first state only keeps the space: it is not shown.
   */
  #showFirstState() {
    // The first state shown before the wasm is the built-in tree's: not for an author's tree.
    if (this.#hasOwnTree()) return this.#root.replaceChildren();
    const first = build(FIRST_STATE);
    const theme = this.getAttribute("theme")?.trim().toLowerCase();
    if (theme === "light" || theme === "dark") first.setAttribute("data-theme", theme);
    const elsewhere =
      elementLanguage(this) !== LANGUAGES[0] ||
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
